/**
 * The backup drill as a test (lib/cli/backup.ts): the demo schools dumped, restored into an empty
 * database, every migration applied there and none pending, and every table's rows the same —
 * count and content. A restore must also refuse a dump made at other migrations.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dumpDatabase, migrationStatusClean, restoreDatabase, summarise } from "@/lib/cli/backup";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";

const sourceUrl = process.env.DATABASE_URL!;
const scratch = `restore_${randomBytes(6).toString("hex")}`;
const restoredUrl = Object.assign(new URL(sourceUrl), { pathname: `/${scratch}` }).toString();
const adminUrl = Object.assign(new URL(sourceUrl), { pathname: "/postgres" }).toString();
let dir: string;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "trivsel-backup-"));
  await seedDemo(db, { today: new Date("2026-11-21T00:00:00Z") });
}, 300_000);

afterAll(async () => {
  await admin(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
  await rm(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("restores the demo schools into an empty database, row for row", async () => {
    const file = path.join(dir, "dump.jsonl.gz");
    const dumped = await dumpDatabase(sourceUrl, file);
    expect(dumped.rows).toBeGreaterThan(1000);

    await admin(`CREATE DATABASE "${scratch}"`);
    await restoreDatabase(restoredUrl, file);

    expect(await migrationStatusClean(restoredUrl)).toBe(true);
    const [source, restored] = [await summarise(sourceUrl), await summarise(restoredUrl)];
    expect(restored.migrations).toEqual(source.migrations);
    expect(restored.tables).toEqual(source.tables);
    expect(source.tables.find((table) => table.table === "Pupil")!.rows).toBe(550);

    // The restored database takes new rows where the old one left off (serial ids).
    const client = new pg.Client({ connectionString: restoredUrl });
    await client.connect();
    try {
      await client.query(`INSERT INTO "AuditLog" (action) VALUES ('backup.restored')`);
    } finally {
      await client.end();
    }
  }, 300_000);

  it("refuses a dump made at other migrations, and leaves the database empty", async () => {
    const file = path.join(dir, "dump2.jsonl.gz");
    const other = `${scratch}_b`;
    await db.$executeRawUnsafe(
      `UPDATE "_prisma_migrations" SET checksum = 'changed' WHERE migration_name =
        (SELECT max(migration_name) FROM "_prisma_migrations")`,
    );
    try {
      await dumpDatabase(sourceUrl, file);
      await admin(`CREATE DATABASE "${other}"`);
      const url = Object.assign(new URL(sourceUrl), { pathname: `/${other}` }).toString();
      await expect(restoreDatabase(url, file)).rejects.toThrow(/other migrations/);
      expect((await summarise(url)).tables.every((table) => table.rows === 0)).toBe(true);
    } finally {
      await admin(`DROP DATABASE IF EXISTS "${other}" WITH (FORCE)`);
    }
  }, 300_000);
});
