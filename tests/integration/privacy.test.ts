/**
 * Issue #6 items 3 and 7: reads, searches, exports and refused attempts land in the audit trail;
 * a failing audit insert fails the read and rolls the write back (a real trigger, not a mock);
 * the per-pupil access report; the indsigt export without other children or private notes.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/policy";
import { getPupilRecord } from "@/lib/case-entries/timeline";
import { todayInDenmark } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { searchPupilRecords } from "@/lib/pupils/search";
import { getAccessReport, searchPupilsForPrivacy } from "@/lib/privacy/access-report";
import { getAccessRequest } from "@/lib/privacy/access-request";
import { setLegalHold } from "@/lib/privacy/legal-hold";
import {
  createActor,
  createCaseEntry,
  createClass,
  createConsent,
  createForumMeeting,
  createItemWithPlan,
  createPupil,
  createSchool,
} from "../support/factories";

async function world() {
  const school = await createSchool({ name: "Demoskolen" });
  const klass = await createClass(school.id, { grade: 4, letter: "A" });
  const pupil = await createPupil(school.id, {
    classId: klass.id,
    firstName: "Freja",
    lastName: "Holm",
  });
  const classmate = await createPupil(school.id, {
    classId: klass.id,
    firstName: "Otto",
    lastName: "Klassekammerat",
  });
  const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
  const leader = await createActor(school, ["LEADERSHIP"]);
  const admin = await createActor(school, ["ADMIN"]);
  const teacher = await createActor(school, ["TEACHER"]);
  const other = await createSchool();
  const stranger = await createActor(other, ["TRIVSELSPERSON"]);
  return { school, klass, pupil, classmate, trivsel, leader, admin, teacher, stranger };
}

describe("the audit trail of reads, searches and refused attempts", () => {
  it("writes one row per read of the record, with actor, roles, school, pupil and request id", async () => {
    const { school, pupil, trivsel } = await world();
    await getPupilRecord(trivsel, pupil.id);
    const rows = await db.auditLog.findMany({ where: { pupilId: pupil.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: trivsel.userId,
      roles: ["TRIVSELSPERSON"],
      schoolId: school.id,
      action: "pupil.read",
      outcome: "ALLOWED",
      requestId: trivsel.requestId,
    });
    // UTC in the database: timestamptz, compared as an instant.
    expect(Math.abs(rows[0]!.at.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("records a search with its criterion and not the pupils it found", async () => {
    const { pupil, trivsel } = await world();
    await searchPupilRecords(trivsel, { q: "Freja" } as never);
    const row = await db.auditLog.findFirstOrThrow({
      where: { actorId: trivsel.userId, action: "pupil.search" },
    });
    expect(row.details).toMatchObject({ q: "Freja" });
    expect(row.pupilId).toBeNull();
    expect(JSON.stringify(row.details)).not.toContain(pupil.id);
  });

  it("records an attempt on another school's pupil as DENIED on that pupil, not as a read", async () => {
    const { pupil, stranger } = await world();
    await expect(getPupilRecord(stranger, pupil.id)).rejects.toBeInstanceOf(NotFoundError);
    const rows = await db.auditLog.findMany({ where: { pupilId: pupil.id } });
    expect(rows.map((row) => [row.action, row.outcome, row.actorId])).toEqual([
      ["pupil.read", "DENIED", stranger.userId],
    ]);
  });
});

describe("when the audit insert fails", () => {
  afterEach(async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "test_audit_broken" ON "AuditLog"`);
    await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS "test_audit_broken"()`);
  });

  async function breakAuditInserts() {
    await db.$executeRawUnsafe(`
      CREATE FUNCTION "test_audit_broken"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit storage unavailable (test)'; END; $$`);
    await db.$executeRawUnsafe(`
      CREATE TRIGGER "test_audit_broken" BEFORE INSERT ON "AuditLog"
      FOR EACH ROW EXECUTE FUNCTION "test_audit_broken"()`);
  }

  it("fails the pupil's record, the access report and the indsigt closed", async () => {
    const { pupil, trivsel, leader } = await world();
    await breakAuditInserts();
    await expect(getPupilRecord(trivsel, pupil.id)).rejects.toThrow(/audit storage unavailable/);
    await expect(getAccessReport(leader, pupil.id)).rejects.toThrow(/audit storage unavailable/);
    await expect(getAccessRequest(leader, pupil.id, "json")).rejects.toThrow(
      /audit storage unavailable/,
    );
  });

  it("rolls the write back (a legal hold stays as it was)", async () => {
    const { pupil, admin } = await world();
    await breakAuditInserts();
    await expect(
      setLegalHold(admin, { id: pupil.id, version: 1, legalHold: "on", reason: "Klagesag" }),
    ).rejects.toThrow(/audit storage unavailable/);
    expect(await db.pupil.findUniqueOrThrow({ where: { id: pupil.id } })).toMatchObject({
      legalHold: false,
      version: 1,
    });
  });
});

describe("the access report (adgangslog)", () => {
  it("lists who looked, when, why and through which role, refused attempts included", async () => {
    const { school, pupil, trivsel, leader, stranger } = await world();
    await getPupilRecord(trivsel, pupil.id);
    await getPupilRecord(stranger, pupil.id).catch(() => null);

    const report = await getAccessReport(leader, pupil.id);
    expect(report.pupil).toMatchObject({ firstName: "Freja", lastName: "Holm", className: "4.A" });
    const trivselName = (await db.user.findUniqueOrThrow({ where: { id: trivsel.userId } })).name;
    expect(report.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorName: trivselName,
          roles: ["TRIVSELSPERSON"],
          action: "pupil.read",
          denied: false,
          otherSchool: false,
        }),
        expect.objectContaining({ action: "pupil.read", denied: true, otherSchool: true }),
        // Opening the report is itself in the report.
        expect.objectContaining({ action: "privacy.access-report.read", purpose: "access-report" }),
      ]),
    );
    expect(report.rows.every((row) => row.at instanceof Date)).toBe(true);
    expect(
      await db.auditLog.count({
        where: { pupilId: pupil.id, actorId: leader.userId, schoolId: school.id },
      }),
    ).toBe(1);
  });

  it("opens for leadership and administrators, and for nobody else", async () => {
    const { pupil, admin, trivsel, teacher } = await world();
    await expect(getAccessReport(admin, pupil.id)).resolves.toMatchObject({
      pupil: { id: pupil.id },
    });
    for (const actor of [trivsel, teacher]) {
      await expect(getAccessReport(actor, pupil.id)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("does not open another school's pupil, and records the attempt as DENIED", async () => {
    const { pupil } = await world();
    const other = await createSchool();
    const otherLeader = await createActor(other, ["LEADERSHIP"]);
    await expect(getAccessReport(otherLeader, pupil.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(
      await db.auditLog.findMany({
        where: { pupilId: pupil.id },
        select: { action: true, outcome: true },
      }),
    ).toEqual([{ action: "privacy.access-report.read", outcome: "DENIED" }]);
  });

  it("finds pupils who have left too, and records the search criterion", async () => {
    const { school, leader } = await world();
    const gone = await createPupil(school.id, { firstName: "Frida", lastName: "Udmeldt" });
    await db.pupil.update({
      where: { id: gone.id },
      data: { active: false, leftOn: new Date("2025-06-20T00:00:00Z") },
    });
    const hits = await searchPupilsForPrivacy(leader, "udmeldt");
    expect(hits.map((hit) => hit.id)).toEqual([gone.id]);
    expect(
      await db.auditLog.findFirstOrThrow({ where: { action: "privacy.pupil.search" } }),
    ).toMatchObject({ details: { q: "udmeldt" }, pupilId: null });
  });
});

describe("the indsigt (access request)", () => {
  it("holds the pupil's data, leaves out other children and private notes, and is audited as an export", async () => {
    const { school, klass, pupil, classmate, trivsel, leader } = await world();
    await db.guardian.create({
      data: { pupilId: pupil.id, name: "Mette Holm", relation: "mor", email: "mette@holm.dk" },
    });
    await db.concern.create({
      data: {
        schoolId: school.id,
        pupilId: pupil.id,
        raisedById: trivsel.userId,
        source: "TEACHER",
        categories: ["SOCIAL"],
        level: "YELLOW",
        description: "Freja sidder alene i frikvartererne",
      },
    });
    await createCaseEntry(school.id, pupil.id, trivsel, { text: "samtale-med-freja" });
    await createCaseEntry(school.id, pupil.id, trivsel, {
      text: "privat-arbejdsnote",
      confidentiality: "PRIVATE",
    });
    await createCaseEntry(school.id, classmate.id, trivsel, { text: "ottos-egen-sag" });
    await createConsent(school.id, pupil.id, trivsel.userId);
    const group = await db.group.create({
      data: {
        schoolId: school.id,
        kind: "QUIET_YOUTH",
        name: "De stille",
        leaderId: trivsel.userId,
        startsOn: todayInDenmark(),
        participants: {
          create: [
            { pupilId: pupil.id, joinedOn: todayInDenmark() },
            { pupilId: classmate.id, joinedOn: todayInDenmark() },
          ],
        },
        sessions: {
          create: {
            heldOn: todayInDenmark(),
            authorId: trivsel.userId,
            notes: "Otto Klassekammerat græd",
          },
        },
      },
    });
    await db.classWork.create({
      data: {
        schoolId: school.id,
        classId: klass.id,
        authorId: trivsel.userId,
        heldOn: todayInDenmark(),
        title: "Klassens trivsel",
        description: "Otto Klassekammerat og Freja drillede hinanden",
      },
    });
    await db.absenceRecord.create({
      data: {
        schoolId: school.id,
        pupilId: pupil.id,
        date: todayInDenmark(),
        kind: "ILLNESS",
        source: "MANUAL",
        parentsReason: "Feber",
      },
    });
    const meeting = await createForumMeeting(school.id, trivsel.userId, { status: "HELD" });
    await createItemWithPlan(meeting, { position: 1, pupilId: pupil.id, title: "Freja" });
    await createItemWithPlan(meeting, { position: 2, pupilId: classmate.id, title: "Otto" });

    const result = await getAccessRequest(leader, pupil.id, "json");
    const json = JSON.stringify(result);
    expect(result.pupil).toMatchObject({ firstName: "Freja", lastName: "Holm", className: "4.A" });
    expect(result.guardians).toEqual([expect.objectContaining({ name: "Mette Holm" })]);
    expect(result.concerns).toEqual([
      expect.objectContaining({ description: "Freja sidder alene i frikvartererne" }),
    ]);
    expect(result.caseEntries).toHaveLength(1);
    expect(json).toContain("samtale-med-freja");
    expect(result.consents).toHaveLength(1);
    expect(result.groups).toEqual([expect.objectContaining({ name: group.name })]);
    expect(result.absence).toEqual([expect.objectContaining({ parentsReason: "Feber" })]);
    expect(result.forumItems.map((item) => item.title)).toEqual(["Freja"]);

    // Never another child, never a private working note.
    expect(json).not.toContain("Otto");
    expect(json).not.toContain("Klassekammerat");
    expect(json).not.toContain(classmate.id);
    expect(json).not.toContain("privat-arbejdsnote");
    expect(json).not.toContain("ottos-egen-sag");

    expect(
      await db.auditLog.findFirstOrThrow({
        where: { pupilId: pupil.id, action: "privacy.access-request.export" },
      }),
    ).toMatchObject({
      actorId: leader.userId,
      roles: ["LEADERSHIP"],
      outcome: "ALLOWED",
      purpose: "access-request",
      details: { format: "json" },
      requestId: leader.requestId,
    });
  });

  it("is leadership's alone: administrators and the trivselsperson are refused", async () => {
    const { pupil, admin, trivsel } = await world();
    for (const actor of [admin, trivsel]) {
      await expect(getAccessRequest(actor, pupil.id, "html")).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
  });
});

describe("the legal hold", () => {
  it("is set and lifted by the administrator, with the reason in the audit trail", async () => {
    const { pupil, admin, leader } = await world();
    await setLegalHold(admin, { id: pupil.id, version: 1, legalHold: "on", reason: "Klagesag" });
    expect((await db.pupil.findUniqueOrThrow({ where: { id: pupil.id } })).legalHold).toBe(true);
    await setLegalHold(admin, { id: pupil.id, version: 2, legalHold: "off", reason: "Afsluttet" });
    expect((await db.pupil.findUniqueOrThrow({ where: { id: pupil.id } })).legalHold).toBe(false);
    expect(
      await db.auditLog.findMany({
        where: { pupilId: pupil.id },
        orderBy: { id: "asc" },
        select: { action: true, purpose: true, details: true, actorId: true },
      }),
    ).toEqual([
      {
        action: "privacy.legal-hold.set",
        purpose: "legal-hold",
        details: { reason: "Klagesag" },
        actorId: admin.userId,
      },
      {
        action: "privacy.legal-hold.lift",
        purpose: "legal-hold",
        details: { reason: "Afsluttet" },
        actorId: admin.userId,
      },
    ]);
    await expect(
      setLegalHold(leader, { id: pupil.id, version: 3, legalHold: "on", reason: "x" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    // The access log gives the purpose and, beside it, the reason the administrator stated.
    const report = await getAccessReport(leader, pupil.id);
    expect(
      report.rows
        .filter((row) => row.action.startsWith("privacy.legal-hold"))
        .map((row) => [row.purpose, row.statedReason]),
    ).toEqual([
      ["legal-hold", "Afsluttet"],
      ["legal-hold", "Klagesag"],
    ]);
  });
});
