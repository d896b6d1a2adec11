/**
 * Database chores, on DATABASE_URL or the embedded PostgreSQL:
 *   npm run db:migrate                 apply the committed migrations
 *   npm run db:seed [-- --allow-demo-users]
 *                                      create the demo school (refused in production unless allowed)
 *   npm run db:migration:new -- <name> write a migration from the change to prisma/schema.prisma
 *   npm run db:check-migrations        fail if the migrations do not produce schema.prisma
 *   npm run db:serve                   keep the embedded PostgreSQL running until Ctrl-C, and print
 *                                      its URL (a generated database for npm run bench, psql …)
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { openDatabase, runPrisma } from "./local-database";

const MIGRATIONS = path.join("prisma", "migrations");
const DIFF = [
  "migrate",
  "diff",
  "--from-migrations",
  MIGRATIONS,
  "--to-schema-datamodel",
  path.join("prisma", "schema.prisma"),
];

async function main(command: string | undefined, args: string[]) {
  const database = await openDatabase();
  try {
    switch (command) {
      case "migrate":
        await runPrisma(["migrate", "deploy"], database.url);
        break;
      case "seed": {
        process.env.DATABASE_URL = database.url;
        const { db } = await import("@/lib/db/client");
        const { seedDemo } = await import("@/prisma/seed");
        await seedDemo(db, {
          allowDemoUsersInProduction: args.includes("--allow-demo-users"),
          log: console.log,
        });
        await db.$disconnect();
        break;
      }
      case "new-migration":
        await newMigration(args[0], database.url);
        break;
      case "serve":
        console.log(`The embedded PostgreSQL is running (Ctrl-C stops it): ${database.url}`);
        await new Promise<void>((resolve) => {
          const alive = setInterval(() => {}, 1 << 30); // nothing else keeps the process up
          const stop = () => {
            clearInterval(alive);
            resolve();
          };
          process.once("SIGINT", stop);
          process.once("SIGTERM", stop);
        });
        break;
      case "check-migrations":
        // Prisma's own diff from a shadow database built from the migrations to the schema.
        await runPrisma([...DIFF, "--exit-code"], database.url).catch(() => {
          throw new Error(
            "prisma/migrations does not match prisma/schema.prisma: run npm run db:migration:new -- <name>",
          );
        });
        break;
      default:
        throw new Error(
          "Usage: tsx lib/cli/db.ts migrate | seed | new-migration <name> | check-migrations | serve",
        );
    }
  } finally {
    await database.stop();
  }
}

/**
 * Prisma 6.19's `migrate dev --create-only` crashes on exit with the JS engine (docs/decisions/0002),
 * so the migration is written from `migrate diff`, which is what `migrate dev` runs anyway.
 */
async function newMigration(name: string | undefined, databaseUrl: string) {
  if (!name || !/^[a-z0-9_]+$/.test(name))
    throw new Error("Name the migration in snake_case: npm run db:migration:new -- add_something");
  const sql = await runPrisma([...DIFF, "--script"], databaseUrl, { quiet: true });
  const script = sql
    .split("\n")
    .filter(
      (line) =>
        !line.startsWith("Loaded Prisma config") && !line.startsWith("Prisma config detected"),
    )
    .join("\n")
    .trim();
  if (!script || script === "-- This is an empty migration.") {
    console.log("schema.prisma matches the migrations: nothing to write.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS, `${stamp}_${name}`);
  if (existsSync(dir)) throw new Error(`${dir} exists`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), `${script}\n`);
  console.log(`Wrote ${dir}/migration.sql — read it, then apply it with npm run db:migrate.`);
}

main(process.argv[2], process.argv.slice(3)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
