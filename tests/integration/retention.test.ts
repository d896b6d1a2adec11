/**
 * The retention job: deletes the data of pupils who left long enough ago, keeps those on legal
 * hold and those who left recently, purges old audit rows through the one door the audit table
 * has, and logs every run.
 */
import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { retentionSettings, runRetention } from "@/lib/retention";
import { setLegalHold } from "@/lib/privacy/legal-hold";
import { createActor, createCaseEntry, createPupil, createSchool } from "../support/factories";

const NOW = new Date("2026-11-22T02:00:00Z");
const settings = retentionSettings({
  RETENTION_MONTHS_AFTER_LEAVING: "60",
  AUDIT_RETENTION_MONTHS: "24",
});

async function leftPupil(schoolId: string, leftOn: string, name: string) {
  const pupil = await createPupil(schoolId, { firstName: name });
  return db.pupil.update({
    where: { id: pupil.id },
    data: { active: false, leftOn: new Date(`${leftOn}T00:00:00Z`) },
  });
}

describe("the retention job", () => {
  it("deletes pupils past the limit with their case data, skips legal holds, and logs the run", async () => {
    const school = await createSchool();
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const admin = await createActor(school, ["ADMIN"]);
    const due = await leftPupil(school.id, "2021-06-20", "Gammel");
    const held = await leftPupil(school.id, "2020-06-20", "Holdt");
    const recent = await leftPupil(school.id, "2024-06-20", "Nylig");
    const active = await createPupil(school.id, { firstName: "Aktiv" });
    await setLegalHold(admin, { id: held.id, version: 1, legalHold: "on", reason: "Klagesag" });
    for (const pupil of [due, held, recent, active]) {
      await createCaseEntry(school.id, pupil.id, trivsel, { text: pupil.firstName });
      await db.guardian.create({
        data: { pupilId: pupil.id, name: `Forælder ${pupil.firstName}` },
      });
    }
    await db.concern.create({
      data: {
        schoolId: school.id,
        pupilId: due.id,
        raisedById: trivsel.userId,
        source: "TEACHER",
        categories: ["SOCIAL"],
        level: "GREEN",
        description: "Bekymring",
      },
    });

    const result = await runRetention(settings, { now: NOW });

    expect(result).toMatchObject({
      leftOnOrBefore: "2021-11-22",
      dryRun: false,
      pupilsDeleted: 1,
      pupilsOnLegalHold: 1,
      caseEntriesDeleted: 1,
      concernsDeleted: 1,
    });
    expect(await db.pupil.findUnique({ where: { id: due.id } })).toBeNull();
    expect(await db.caseEntry.count({ where: { pupilId: due.id } })).toBe(0);
    expect(await db.guardian.count({ where: { pupilId: due.id } })).toBe(0);
    expect(await db.concern.count({ where: { pupilId: due.id } })).toBe(0);
    for (const kept of [held, recent, active]) {
      expect(await db.caseEntry.count({ where: { pupilId: kept.id } })).toBe(1);
    }

    const run = await db.retentionRun.findUniqueOrThrow({ where: { id: result.runId } });
    expect(run).toMatchObject({
      status: "SUCCEEDED",
      pupilsDeleted: 1,
      pupilsOnLegalHold: 1,
      caseEntriesDeleted: 1,
      error: null,
    });
    expect(run.finishedAt).not.toBeNull();
    // The deletion is in the pupil's audit trail, which outlives the pupil.
    expect(
      await db.auditLog.findFirstOrThrow({
        where: { pupilId: due.id, action: "retention.pupil.delete" },
      }),
    ).toMatchObject({ actorId: null, schoolId: school.id, details: { caseEntries: 1 } });
  });

  it("counts without deleting on a dry run", async () => {
    const school = await createSchool();
    const due = await leftPupil(school.id, "2019-01-10", "Tør");
    const result = await runRetention(settings, { now: NOW, dryRun: true });
    expect(result.pupilsDeleted).toBeGreaterThanOrEqual(1);
    expect(await db.pupil.findUnique({ where: { id: due.id } })).not.toBeNull();
    expect(await db.retentionRun.findUniqueOrThrow({ where: { id: result.runId } })).toMatchObject({
      dryRun: true,
      status: "SUCCEEDED",
    });
  });

  it("purges audit rows older than the audit retention and keeps the rest; a plain DELETE still fails", async () => {
    const old = await db.auditLog.create({
      data: {
        at: new Date("2023-01-01T00:00:00Z"),
        action: "pupil.read",
        roles: [],
        purpose: "case-work",
      },
    });
    const young = await db.auditLog.create({
      data: {
        at: new Date("2025-06-01T00:00:00Z"),
        action: "pupil.read",
        roles: [],
        purpose: "case-work",
      },
    });
    await recordAudit(db, { userId: null }, { action: "auth.sign-in" });

    const result = await runRetention(settings, { now: NOW });
    expect(result.auditRowsPurged).toBeGreaterThanOrEqual(1);
    expect(await db.auditLog.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.auditLog.findUnique({ where: { id: young.id } })).not.toBeNull();
    await expect(
      db.$executeRawUnsafe(`DELETE FROM "AuditLog" WHERE id = ${young.id}`),
    ).rejects.toThrow(/append-only/);
  });

  it("logs a failed run with its error, and refuses settings below the minimum", async () => {
    expect(() => retentionSettings({ AUDIT_RETENTION_MONTHS: "3" })).toThrow(
      /AUDIT_RETENTION_MONTHS/,
    );
    expect(() => retentionSettings({ RETENTION_MONTHS_AFTER_LEAVING: "soon" })).toThrow(
      /RETENTION_MONTHS_AFTER_LEAVING/,
    );
    // Settings that get past the app's check meet the database's: under six months is refused.
    await expect(
      runRetention({ RETENTION_MONTHS_AFTER_LEAVING: 60, AUDIT_RETENTION_MONTHS: 1 }, { now: NOW }),
    ).rejects.toThrow(/younger than six months/);
    const failed = await db.retentionRun.findFirstOrThrow({ where: { status: "FAILED" } });
    expect(failed.error).toMatch(/younger than six months/);
  });
});
