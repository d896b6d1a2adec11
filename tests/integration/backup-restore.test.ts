/**
 * The backup drill as a test (lib/cli/backup.ts, docs/decisions/0025): the demo schools dumped
 * with pg_dump, restored with pg_restore into an empty database; there every migration applied
 * and none pending, the same schema, and every table's rows the same — count and content. A copy
 * of a database that lacks a migration must not pass, and a restore over existing tables is
 * refused.
 *
 * It needs a pg_dump at least as new as the test server (`npm run tools:pg` builds one). Without
 * one the tests are skipped with a note saying so, unless TRIVSEL_REQUIRE_PG_TOOLS=1 (set by
 * .ci/run), where the missing tools fail them.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, type TestContext } from "vitest";
import {
  compareRestore,
  dumpDatabase,
  restoreDatabase,
  summarise,
  withClient,
} from "@/lib/cli/backup";
import { findPgToolsFor, PgToolsMissingError, type PgTools } from "@/lib/cli/pg-tools";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";

const sourceUrl = process.env.DATABASE_URL!;
const scratch = `restore_${randomBytes(6).toString("hex")}`;
const urlOf = (database: string) =>
  Object.assign(new URL(sourceUrl), { pathname: `/${database}` }).toString();
const adminUrl = urlOf("postgres");
let dir: string;
let tools: PgTools | null = null;
let missing = "";

const admin = (sql: string) => withClient(adminUrl, (client) => client.query(sql));

function needTools(context: TestContext): PgTools {
  if (tools) return tools;
  if (process.env.TRIVSEL_REQUIRE_PG_TOOLS === "1")
    throw new Error(`TRIVSEL_REQUIRE_PG_TOOLS=1, but:\n${missing}`);
  return context.skip(`no pg_dump for this server: npm run tools:pg builds one`);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "trivsel-backup-"));
  try {
    tools = await findPgToolsFor(sourceUrl);
    console.log(`backup-restore: pg_dump ${tools.version} from ${tools.dir} (${tools.origin})`);
  } catch (error) {
    if (!(error instanceof PgToolsMissingError)) throw error;
    missing = error.message;
    console.log(`backup-restore: the pg_dump tests do not run here.\n${missing}`);
    return;
  }
  await seedDemo(db, { today: new Date("2026-11-21T00:00:00Z") });
}, 300_000);

afterAll(async () => {
  await admin(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
  await rm(dir, { recursive: true, force: true });
});

describe("backup with pg_dump, restore with pg_restore", () => {
  it("restores the demo schools into an empty database, row for row", async (context) => {
    const pgTools = needTools(context);
    const file = path.join(dir, "trivsel.dump");
    // Audit rows, so that the restored serial id has a position to continue from.
    await withClient(sourceUrl, (client) =>
      client.query(
        `INSERT INTO "AuditLog" (action) SELECT 'backup.test' FROM generate_series(1, 25)`,
      ),
    );
    await dumpDatabase(pgTools, sourceUrl, file);
    await admin(`CREATE DATABASE "${scratch}" TEMPLATE template0`);
    await restoreDatabase(pgTools, urlOf(scratch), file);

    const report = await compareRestore(pgTools, sourceUrl, urlOf(scratch));
    expect(report.migrationStatusClean).toBe(true);
    expect(report.sameMigrations).toBe(true);
    expect(report.sameSchema).toBe(true);
    expect(report.restored).toEqual(report.source);
    expect(report.differing).toEqual([]);
    expect(report.ok).toBe(true);
    const rows = report.source.reduce((sum, table) => sum + table.rows, 0);
    expect(rows).toBeGreaterThan(1000);
    expect(report.source.find((table) => table.table === "Pupil")!.rows).toBe(550);
    console.log(
      `backup-restore: ${report.source.length} tables, ${rows} rows and ${report.migrations} migrations restored and equal`,
    );

    await withClient(urlOf(scratch), async (client) => {
      // New rows continue after the restored serial ids, and the audit trail is append-only again.
      const { rows: inserted } = await client.query<{ id: string }>(
        `INSERT INTO "AuditLog" (action) VALUES ('backup.restored') RETURNING id::text`,
      );
      const { rows: last } = await withClient(sourceUrl, (source) =>
        source.query<{ id: string }>(`SELECT max(id)::text AS id FROM "AuditLog"`),
      );
      expect(Number(inserted[0]!.id)).toBe(Number(last[0]!.id) + 1);
      await expect(client.query(`DELETE FROM "AuditLog"`)).rejects.toThrow();
    });
  }, 300_000);

  it("refuses to restore over existing tables, and changes nothing there", async (context) => {
    const pgTools = needTools(context);
    const file = path.join(dir, "again.dump");
    await dumpDatabase(pgTools, sourceUrl, file);
    const before = await summarise(sourceUrl);
    await expect(restoreDatabase(pgTools, sourceUrl, file)).rejects.toThrow(/not empty/);
    expect(await summarise(sourceUrl)).toEqual(before);
  }, 300_000);

  it("does not pass a copy of a database that lacks the newest migration", async (context) => {
    const pgTools = needTools(context);
    const file = path.join(dir, "older.dump");
    const other = `${scratch}_older`;
    const client = new pg.Client({ connectionString: sourceUrl });
    await client.connect();
    try {
      // As if the backup were made before the newest migration was deployed.
      await client.query(
        `DELETE FROM "_prisma_migrations" WHERE migration_name =
          (SELECT max(migration_name) FROM "_prisma_migrations")`,
      );
    } finally {
      await client.end();
    }
    try {
      await dumpDatabase(pgTools, sourceUrl, file);
      await admin(`CREATE DATABASE "${other}" TEMPLATE template0`);
      await restoreDatabase(pgTools, urlOf(other), file);
      const report = await compareRestore(pgTools, sourceUrl, urlOf(other));
      expect(report.differing).toEqual([]);
      expect(report.migrationStatusClean).toBe(false);
      expect(report.ok).toBe(false);
    } finally {
      await admin(`DROP DATABASE IF EXISTS "${other}" WITH (FORCE)`);
    }
  }, 300_000);
});
