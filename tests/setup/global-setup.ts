/**
 * Once per integration run: a real PostgreSQL (embedded, in a temporary folder, on a free port)
 * and a template database with every migration applied. Each test file clones the template
 * (tests/setup/database.ts), which takes milliseconds.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { runPrisma } from "@/lib/cli/local-database";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

export const TEMPLATE_DATABASE = "trivsel_template";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    templateDatabase: string;
  }
}

/**
 * embedded-postgres installs async-exit-hook, whose "beforeExit" handler calls process.exit(0):
 * vitest ends a failed run by setting process.exitCode = 1 and letting the process drain, so the
 * hook turned every failed integration run into exit code 0 (and `npm test` went on as if it had
 * passed). The code vitest set is kept: read before the hook runs, put back as the process exits.
 */
function keepVitestExitCode() {
  let intended: typeof process.exitCode;
  process.prependListener("beforeExit", () => {
    intended = process.exitCode;
  });
  process.on("exit", () => {
    if (intended !== undefined && intended !== 0) process.exitCode = intended;
  });
}

export default async function setup(project: TestProject) {
  keepVitestExitCode();
  const dataDir = path.resolve("tests/.tmp", `postgres-${process.pid}`);
  const postgres = await startEmbeddedPostgres({ dataDir });
  await postgres.createDatabase(TEMPLATE_DATABASE);
  await runPrisma(["migrate", "deploy"], postgres.urlFor(TEMPLATE_DATABASE), { quiet: true });

  project.provide("postgresAdminUrl", postgres.adminUrl);
  project.provide("templateDatabase", TEMPLATE_DATABASE);

  return async () => {
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
