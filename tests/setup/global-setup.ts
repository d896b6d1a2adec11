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

export default async function setup(project: TestProject) {
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
