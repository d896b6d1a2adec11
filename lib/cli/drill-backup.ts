/**
 * `npm run drill:backup`: back up and restore (docs/decisions/0018). Without DATABASE_URL it
 * starts a PostgreSQL of its own in tests/.tmp with the demo schools; with DATABASE_URL it dumps
 * that database (read-only, one snapshot) and restores into a new scratch database on the same
 * server, which it drops afterwards. It checks that the restored copy has every migration applied
 * and none pending, and per table the same rows (count and checksum), prints the comparison and
 * exits 1 on any difference.
 */
import { randomBytes } from "node:crypto";
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded-postgres";
import {
  dumpDatabase,
  migrationStatusClean,
  restoreDatabase,
  summarise,
  type TableSummary,
} from "./backup";
import { runPrisma } from "./local-database";

async function admin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function main() {
  const workDir = path.resolve("tests/.tmp", `drill-backup-${process.pid}`);
  await mkdir(workDir, { recursive: true });
  let embedded: RunningPostgres | null = null;
  let sourceUrl = process.env.DATABASE_URL;
  if (!sourceUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(workDir, "postgres") });
    await embedded.createDatabase("trivsel");
    sourceUrl = embedded.urlFor("trivsel");
    process.env.DATABASE_URL = sourceUrl;
    await runPrisma(["migrate", "deploy"], sourceUrl, { quiet: true });
    const { db } = await import("@/lib/db/client");
    const { seedDemo } = await import("@/prisma/seed");
    console.log("Seeding the demo schools …");
    await seedDemo(db, { allowDemoUsersInProduction: true });
    await db.$disconnect();
  }
  const scratch = `trivsel_restore_${randomBytes(4).toString("hex")}`;
  const restoredUrl = new URL(sourceUrl);
  restoredUrl.pathname = `/${scratch}`;
  const adminUrl = new URL(sourceUrl);
  adminUrl.pathname = "/postgres";
  const file = path.join(workDir, "trivsel.dump.jsonl.gz");
  let ok = false;
  try {
    const dumped = await dumpDatabase(sourceUrl, file);
    console.log(
      `Dumped ${dumped.rows} rows of ${dumped.tables} tables (${(await stat(file)).size} bytes).`,
    );
    await admin(adminUrl.toString(), `CREATE DATABASE "${scratch}"`);
    await restoreDatabase(restoredUrl.toString(), file);
    const [source, restored] = [
      await summarise(sourceUrl),
      await summarise(restoredUrl.toString()),
    ];
    const clean = await migrationStatusClean(restoredUrl.toString());
    const differences = compare(source.tables, restored.tables);
    const sameMigrations =
      JSON.stringify(source.migrations) === JSON.stringify(restored.migrations);
    console.log(
      [
        "",
        "Drill: backup and restore",
        `  migrations                  ${restored.migrations.length}, status ${clean ? "clean" : "NOT CLEAN"}${sameMigrations ? "" : ", DIFFERENT from the source"}`,
        `  tables compared             ${source.tables.length}`,
        `  rows                        ${sum(source.tables)} → ${sum(restored.tables)}`,
        `  tables that differ          ${differences.length}${differences.length ? `: ${differences.join(", ")}` : ""}`,
        "",
      ].join("\n"),
    );
    ok = clean && sameMigrations && differences.length === 0;
  } finally {
    await admin(adminUrl.toString(), `DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
    await embedded?.stop();
    await rm(workDir, { recursive: true, force: true });
  }
  console.log(ok ? "Passed." : "FAILED");
  process.exit(ok ? 0 : 1);
}

function sum(tables: TableSummary[]): number {
  return tables.reduce((total, table) => total + table.rows, 0);
}

/** Tables whose rows differ (count or content), or that one side lacks. */
export function compare(source: TableSummary[], restored: TableSummary[]): string[] {
  const restoredByName = new Map(restored.map((table) => [table.table, table]));
  const names = new Set([...source, ...restored].map((table) => table.table));
  return [...names].filter((name) => {
    const a = source.find((table) => table.table === name);
    const b = restoredByName.get(name);
    return !a || !b || a.rows !== b.rows || a.checksum !== b.checksum;
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
