/**
 * The audit trail cannot be changed or removed — by the app's own database role, and by the
 * least-privileged role docs/sql/app-role.sql sets up for production — except through the
 * retention job's purge of rows older than six months.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { createActor, createSchool } from "../support/factories";

const YEAR_MS = 365 * 86_400_000;

async function auditRow(at: Date, action = "pupil.read") {
  return db.auditLog.create({ data: { at, action, roles: [], purpose: "case-work" } });
}

describe("who the app is in PostgreSQL", () => {
  it("connects as the cluster's owner in the embedded setup, so the triggers are what stops it", async () => {
    const [me] = await db.$queryRaw<{ user: string; superuser: boolean }[]>`
      SELECT current_user::text AS "user", rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`;
    // Recorded in docs/decisions/0016-retention.md: a superuser could switch triggers off with
    // DDL the app never issues; production should use docs/sql/app-role.sql (tested below).
    expect(me).toEqual({ user: "trivsel", superuser: true });

    const school = await createSchool();
    await recordAudit(db, await createActor(school, ["LEADERSHIP"]), {
      action: "pupil.read",
      purpose: "case-work",
    });
    for (const sql of [
      `UPDATE "AuditLog" SET action = 'tampered'`,
      `DELETE FROM "AuditLog"`,
      `TRUNCATE "AuditLog"`,
    ]) {
      await expect(db.$executeRawUnsafe(sql)).rejects.toThrow(/append-only/);
    }
    expect(await db.auditLog.count({ where: { action: "tampered" } })).toBe(0);
  });
});

describe("the least-privileged app role of docs/sql/app-role.sql", () => {
  const role = `trivsel_app_${randomBytes(4).toString("hex")}`;
  const password = randomBytes(12).toString("hex");
  let client: pg.Client | undefined;

  afterAll(async () => {
    await client?.end();
    await db.$executeRawUnsafe(`DROP OWNED BY ${role}`);
    await db.$executeRawUnsafe(`DROP ROLE ${role}`);
  });

  it("may insert and read audit rows but not update, delete, truncate or switch the trigger off", async () => {
    const url = new URL(process.env.DATABASE_URL!);
    const database = url.pathname.slice(1);
    const script = (await readFile("docs/sql/app-role.sql", "utf8"))
      .replaceAll("trivsel_app", role)
      .replace("'change-me'", `'${password}'`)
      .replace("DATABASE trivsel ", `DATABASE "${database}" `);
    for (const statement of script
      .split("\n")
      .filter((line) => !line.startsWith("--"))
      .join("\n")
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean)) {
      await db.$executeRawUnsafe(statement);
    }
    await auditRow(new Date(Date.now() - 3 * YEAR_MS));

    url.username = role;
    url.password = password;
    client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const count = async () =>
      (await client!.query(`SELECT count(*)::int AS n FROM "AuditLog"`)).rows[0].n as number;
    const before = await count();
    await client.query(
      `INSERT INTO "AuditLog" (action, roles, purpose) VALUES ('pupil.read', '{}', 'case-work')`,
    );
    expect(await count()).toBe(before + 1);

    const refused = [
      `UPDATE "AuditLog" SET action = 'tampered'`,
      `DELETE FROM "AuditLog"`,
      `TRUNCATE "AuditLog"`,
      `ALTER TABLE "AuditLog" DISABLE TRIGGER "audit_log_append_only"`,
      `SET session_replication_role = replica`,
      `SELECT "audit_log_purge"(now() - interval '2 years')`,
      `SET ROLE "trivsel_audit_purger"`,
    ];
    for (const sql of refused) {
      await expect(client.query(sql), sql).rejects.toThrow(/permission denied|must be owner/);
    }
    // The rest of the schema is the app's to write.
    await client.query(`UPDATE "Municipality" SET name = name`);
    expect(await count()).toBe(before + 1);
  });
});

describe("the retention job's purge", () => {
  it("deletes only rows older than the cutoff, and only through audit_log_purge()", async () => {
    const old = await auditRow(new Date(Date.now() - 6 * YEAR_MS), "old.read");
    const young = await auditRow(new Date(Date.now() - 30 * 86_400_000), "young.read");

    // A plain DELETE still fails, old rows or not.
    await expect(
      db.$executeRawUnsafe(`DELETE FROM "AuditLog" WHERE id = ${old.id}`),
    ).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({ where: { id: old.id } })).rejects.toThrow();

    // Asking for rows younger than six months is refused by the function itself.
    await expect(
      db.$queryRawUnsafe(`SELECT "audit_log_purge"(now() - interval '1 month')`),
    ).rejects.toThrow(/younger than six months/);

    const [row] = await db.$queryRaw<{ purged: bigint }[]>`
      SELECT "audit_log_purge"(now() - interval '5 years') AS purged`;
    expect(Number(row?.purged)).toBeGreaterThanOrEqual(1);
    expect(await db.auditLog.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.auditLog.findUnique({ where: { id: young.id } })).not.toBeNull();

    // Still append-only afterwards: the purge opened nothing for the session.
    await expect(
      db.$executeRawUnsafe(`DELETE FROM "AuditLog" WHERE id = ${young.id}`),
    ).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`UPDATE "AuditLog" SET action = 'x'`)).rejects.toThrow(
      /append-only/,
    );
  });
});
