/**
 * The database the command-line tools work on: DATABASE_URL when it is set, otherwise the
 * embedded PostgreSQL with its data under .data/ (git-ignored), started for as long as needed.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import {
  readOrCreateSecret,
  startEmbeddedPostgres,
  type RunningPostgres,
} from "@/lib/db/embedded-postgres";

export const DATA_DIR = path.resolve(process.env.TRIVSEL_DATA_DIR ?? ".data");
const DATABASE = "trivsel";

export type LocalDatabase = {
  url: string;
  embedded: RunningPostgres | null;
  stop(): Promise<void>;
};

export async function openDatabase(): Promise<LocalDatabase> {
  const given = process.env.DATABASE_URL;
  if (given) return { url: given, embedded: null, stop: async () => {} };

  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, "postgres"),
    port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329),
    verbose: process.env.EMBEDDED_POSTGRES_VERBOSE === "1",
  });
  if (!(await embedded.databaseExists(DATABASE))) await embedded.createDatabase(DATABASE);
  return { url: embedded.urlFor(DATABASE), embedded, stop: () => embedded.stop() };
}

/** The session secret: NEXTAUTH_SECRET when set, otherwise one generated once and kept in .data/. */
export async function sessionSecret(): Promise<string> {
  return process.env.NEXTAUTH_SECRET || readOrCreateSecret(path.join(DATA_DIR, "session-secret"));
}

/** Runs the Prisma CLI (migrations) against `databaseUrl`; rejects when it fails. */
export function runPrisma(
  args: string[],
  databaseUrl: string,
  options: { quiet?: boolean } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve("node_modules/.bin/prisma"), args, {
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) {
        if (!options.quiet) process.stdout.write(output);
        resolve(output);
      } else {
        reject(new Error(`prisma ${args.join(" ")} failed (exit ${code}):\n${output}`));
      }
    });
  });
}
