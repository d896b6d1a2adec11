/**
 * Emergency access (nødadgang) on a real database: refused without a grant, widened with one —
 * CASE and FORUM entries of that pupil only, never others' PROFESSION or PRIVATE notes, never a
 * write — audited with the grant's id, ended by expiry (recorded once) or by the user, refused to
 * non-members and across schools, and reviewed by the leadership.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  canReadEntryOnRecord,
  caseEntryReadScope,
  ForbiddenError,
  type Actor,
} from "@/lib/auth/policy";
import { getEntryHistory } from "@/lib/case-entries/entry";
import { getPupilRecord, type TimelineEntry } from "@/lib/case-entries/timeline";
import { completeFollowUp } from "@/lib/case-entries/write";
import { db } from "@/lib/db/client";
import { getAccessReport } from "@/lib/privacy/access-report";
import { todayInDenmark } from "@/lib/dates";
import {
  endExpiredEmergencyAccess,
  loadEmergencyGrants,
  withEmergencyGrants,
} from "@/lib/emergency-access/grants";
import {
  endEmergencyAccess,
  getEmergencyAccessCandidate,
  requestEmergencyAccess,
  requestEmergencyAccessInput,
} from "@/lib/emergency-access/request";
import {
  countPendingEmergencyReviews,
  listEmergencyAccess,
  reviewEmergencyAccess,
  reviewEmergencyAccessInput,
} from "@/lib/emergency-access/review";
import { DomainValidationError, NotFoundError, StaleVersionError } from "@/lib/errors";
import type { Confidentiality, Role } from "@/lib/generated/prisma/enums";
import {
  counts,
  createActor,
  createCaseEntry,
  createPupil,
  createSchool,
} from "../support/factories";

const REASON = "Eleven har sagt til mig, at hun ikke tør gå hjem i dag.";

function texts(entries: TimelineEntry[]): string[] {
  return entries.flatMap((entry) =>
    entry.readable && entry.content?.kind === "NOTE" ? [entry.content.details.text] : [],
  );
}

async function ask(actor: Actor, pupilId: string) {
  return requestEmergencyAccess(
    actor,
    requestEmergencyAccessInput.parse({ pupilId, category: "CHILD_SAFETY", reason: REASON }),
  );
}

async function auditRows(action: string, entityId?: string) {
  return db.auditLog.findMany({
    where: { action, ...(entityId ? { entityId } : {}) },
    orderBy: { id: "asc" },
  });
}

describe("emergency access", () => {
  let school: Awaited<ReturnType<typeof createSchool>>;
  let cast: Record<
    "trivsel" | "leader" | "nurse" | "ppr" | "teacher" | "admin" | "otherLeader" | "otherNurse",
    Actor
  >;
  let pupilId: string;
  let otherPupilId: string;
  let foreignPupilId: string;
  let followUpEntryId: string;

  beforeAll(async () => {
    school = await createSchool();
    const other = await createSchool();
    const at = (roles: Role[]) => createActor(school, roles);
    cast = {
      trivsel: await at(["TRIVSELSPERSON"]),
      leader: await at(["LEADERSHIP"]),
      nurse: await at(["HEALTH_NURSE"]),
      ppr: await at(["PPR"]),
      teacher: await at(["TEACHER"]),
      admin: await at(["ADMIN"]),
      otherLeader: await createActor(other, ["LEADERSHIP"]),
      otherNurse: await createActor(other, ["HEALTH_NURSE"]),
    };
    pupilId = (await createPupil(school.id)).id;
    otherPupilId = (await createPupil(school.id)).id;
    foreignPupilId = (await createPupil(other.id)).id;
    const entry = (text: string, confidentiality: Confidentiality, author: Actor, role: Role) =>
      createCaseEntry(school.id, pupilId, author, { text, confidentiality, authorRole: role });
    await entry("CASE-1", "CASE", cast.trivsel, "TRIVSELSPERSON");
    await entry("FORUM-1", "FORUM", cast.trivsel, "TRIVSELSPERSON"); // no consent: closed to forum
    await entry("PRIVATE-1", "PRIVATE", cast.trivsel, "TRIVSELSPERSON");
    await entry("PPR-1", "PROFESSION", cast.ppr, "PPR");
    await entry("NURSE-OWN", "PROFESSION", cast.nurse, "HEALTH_NURSE");
    await createCaseEntry(school.id, otherPupilId, cast.trivsel, { text: "OTHER-PUPIL-CASE" });
    await createCaseEntry(other.id, foreignPupilId, cast.otherNurse, { text: "FOREIGN-CASE" });
    const followUp = await entry("CASE-FOLLOW-UP", "CASE", cast.trivsel, "TRIVSELSPERSON");
    await db.caseEntry.update({
      where: { id: followUp.id },
      data: { followUpOn: todayInDenmark(), followUpOwnerId: cast.nurse.userId },
    });
    followUpEntryId = followUp.id;
  });

  it("without a grant, the forum member reads none of the case's entries", async () => {
    const nurse = await withEmergencyGrants(cast.nurse);
    expect(nurse.emergencyAccess).toEqual([]);
    const { entries } = await getPupilRecord(nurse, pupilId);
    expect(texts(entries).sort()).toEqual(["Tekst NURSE-OWN"]);
    expect(entries.filter((entry) => !entry.readable)).toHaveLength(5);
  });

  it("refuses a reason that is too short, and changes nothing", async () => {
    const before = await counts();
    const grants = await db.emergencyAccess.count();
    const short = requestEmergencyAccessInput.safeParse({
      pupilId,
      category: "CHILD_SAFETY",
      reason: "akut",
    });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toBe("validation.tooShort");
    const noCategory = requestEmergencyAccessInput.safeParse({ pupilId, reason: REASON });
    expect(noCategory.success).toBe(false);
    expect(await counts()).toEqual(before);
    expect(await db.emergencyAccess.count()).toBe(grants);
  });

  it("refuses anyone who is not a forum member, and the trivselsperson (nothing to gain)", async () => {
    for (const actor of [cast.teacher, cast.admin, cast.trivsel]) {
      await expect(ask(actor, pupilId)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getEmergencyAccessCandidate(actor, pupilId)).rejects.toBeInstanceOf(
        NotFoundError,
      );
    }
    // A grant smuggled onto a teacher's actor widens nothing.
    const forged: Actor = {
      ...cast.teacher,
      emergencyAccess: [{ id: "x", pupilId, expiresAt: new Date(Date.now() + 3_600_000) }],
    };
    expect(caseEntryReadScope(forged, todayInDenmark())).toEqual({ id: { in: [] } });
    expect(await db.emergencyAccess.count({ where: { pupilId } })).toBe(0);
  });

  it("refuses another school's pupil, and a grant never reaches across schools", async () => {
    await expect(ask(cast.nurse, foreignPupilId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getEmergencyAccessCandidate(cast.nurse, foreignPupilId)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await db.emergencyAccess.count({ where: { pupilId: foreignPupilId } })).toBe(0);
    const forged: Actor = {
      ...cast.nurse,
      emergencyAccess: [
        { id: "x", pupilId: foreignPupilId, expiresAt: new Date(Date.now() + 3_600_000) },
      ],
    };
    const leaked = await db.caseEntry.findMany({
      where: caseEntryReadScope(forged, todayInDenmark()),
      select: { pupilId: true },
    });
    expect(leaked.filter((entry) => entry.pupilId === foreignPupilId)).toEqual([]);
  });

  describe("with a grant", () => {
    let grantId: string;
    let nurse: Actor;

    beforeAll(async () => {
      const candidate = await getEmergencyAccessCandidate(cast.nurse, pupilId);
      expect(candidate.id).toBe(pupilId);
      const grant = await ask(cast.nurse, pupilId);
      grantId = grant.id;
      const hours = (grant.expiresAt.getTime() - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(23.9);
      expect(hours).toBeLessThanOrEqual(24);
      nurse = await withEmergencyGrants(cast.nurse);
    });

    it("records the start with the grant's id and the reason in the grant", async () => {
      const row = await db.emergencyAccess.findUniqueOrThrow({ where: { id: grantId } });
      expect(row).toMatchObject({
        userId: cast.nurse.userId,
        pupilId,
        schoolId: school.id,
        reason: REASON,
        category: "CHILD_SAFETY",
        endedAt: null,
      });
      const [start] = await auditRows("emergency-access.start", grantId);
      expect(start).toMatchObject({ actorId: cast.nurse.userId, pupilId, outcome: "ALLOWED" });
      expect(JSON.stringify(start?.details)).not.toContain(REASON);
      // Asking again while it runs gives the same grant, not a second one.
      expect((await ask(nurse, pupilId)).id).toBe(grantId);
    });

    it("reads CASE and FORUM entries of that pupil, audited with the grant's id", async () => {
      const { entries } = await getPupilRecord(nurse, pupilId);
      expect(texts(entries).sort()).toEqual([
        "Tekst CASE-1",
        "Tekst CASE-FOLLOW-UP",
        "Tekst FORUM-1",
        "Tekst NURSE-OWN",
      ]);
      // Read-only: the UI offers no follow-up or receipt controls on what the grant opened.
      const flags = entries.flatMap((entry) =>
        entry.readable && entry.content?.kind === "NOTE"
          ? [[entry.content.details.text, entry.throughEmergency]]
          : [],
      );
      expect(Object.fromEntries(flags)).toEqual({
        "Tekst CASE-1": true,
        "Tekst CASE-FOLLOW-UP": true,
        "Tekst FORUM-1": true,
        "Tekst NURSE-OWN": false,
      });
      const reads = await db.auditLog.findMany({
        where: { action: "pupil.read", actorId: cast.nurse.userId, pupilId },
        orderBy: { id: "desc" },
        take: 1,
      });
      expect(reads[0]?.details).toMatchObject({ emergencyAccessId: grantId });
      expect(reads[0]?.purpose).toBe("emergency-access");
      // The access log says why: the emergency access, with the reason the nurse gave for it.
      const report = await getAccessReport(cast.leader, pupilId);
      expect(
        report.rows.find(
          (row) => row.action === "pupil.read" && row.purpose === "emergency-access",
        ),
      ).toMatchObject({ statedReason: REASON });
      const caseEntry = entries.find((entry) => entry.readable && entry.confidentiality === "CASE");
      await getEntryHistory(nurse, pupilId, caseEntry!.id);
      const [history] = await auditRows("case-entry.history", caseEntry!.id);
      expect(history?.details).toMatchObject({ emergencyAccessId: grantId });
    });

    it("never exposes another profession's or someone's private notes", async () => {
      const { entries } = await getPupilRecord(nurse, pupilId);
      const all = JSON.stringify(entries);
      expect(all).not.toContain("PPR-1");
      expect(all).not.toContain("PRIVATE-1");
      const closed = entries.filter((entry) => !entry.readable).map((e) => e.confidentiality);
      expect(closed.sort()).toEqual(["PRIVATE", "PROFESSION"]);
    });

    it("covers that pupil only", async () => {
      const { entries } = await getPupilRecord(nurse, otherPupilId);
      expect(texts(entries)).toEqual([]);
    });

    it("agrees with its predicate form over every entry of the school", async () => {
      const day = todayInDenmark();
      const all = await db.caseEntry.findMany({ where: { schoolId: school.id } });
      const viaQuery = await db.caseEntry.findMany({
        where: { AND: [{ schoolId: school.id }, caseEntryReadScope(nurse, day)] },
        select: { id: true },
      });
      const viaPredicate = all.filter((entry) =>
        canReadEntryOnRecord(nurse, entry, { forumConsentActive: false }),
      );
      expect(viaQuery.map((e) => e.id).sort()).toEqual(viaPredicate.map((e) => e.id).sort());
    });

    it("widens no write: a follow-up on a CASE entry stays closed", async () => {
      await expect(
        completeFollowUp(nurse, { id: followUpEntryId, version: 1 }),
      ).rejects.toBeInstanceOf(NotFoundError);
      const entry = await db.caseEntry.findUniqueOrThrow({ where: { id: followUpEntryId } });
      expect(entry.followUpDoneAt).toBeNull();
    });

    it("tells the leadership, whose review list shows it until reviewed", async () => {
      expect(await countPendingEmergencyReviews(cast.leader)).toBe(1);
      const rows = await listEmergencyAccess(cast.leader);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        id: grantId,
        userName: expect.any(String),
        pupilId,
        reason: REASON,
        reviewedAt: null,
      });
      const listed = await db.auditLog.findMany({
        where: { action: "emergency-access.review-list", actorId: cast.leader.userId },
      });
      expect(listed.map((row) => row.pupilId)).toEqual([pupilId]);
      // Other schools' leaders and the forum members themselves see nothing of it.
      expect(await listEmergencyAccess(cast.otherLeader)).toEqual([]);
      expect(await countPendingEmergencyReviews(cast.otherLeader)).toBe(0);
      await expect(listEmergencyAccess(cast.nurse)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listEmergencyAccess(cast.trivsel)).rejects.toBeInstanceOf(ForbiddenError);
    });
  });

  it("ends when it runs out: refused again, and the end audited once", async () => {
    const nurse = await createActor(school, ["HEALTH_NURSE"]);
    const grant = await ask(nurse, otherPupilId);
    const withGrant = await withEmergencyGrants(nurse);
    expect(texts((await getPupilRecord(withGrant, otherPupilId)).entries)).toEqual([
      "Tekst OTHER-PUPIL-CASE",
    ]);
    const past = new Date(Date.now() - 60_000);
    await db.emergencyAccess.update({ where: { id: grant.id }, data: { expiresAt: past } });

    // The stale actor of a request that began before the expiry reads nothing more either.
    const stale: Actor = {
      ...withGrant,
      emergencyAccess: [{ id: grant.id, pupilId: otherPupilId, expiresAt: past }],
    };
    expect(texts((await getPupilRecord(stale, otherPupilId)).entries)).toEqual([]);

    // The next request notices: the end is recorded, with the expiry as its time.
    const after = await withEmergencyGrants(nurse);
    expect(after.emergencyAccess).toEqual([]);
    expect(texts((await getPupilRecord(after, otherPupilId)).entries)).toEqual([]);
    await loadEmergencyGrants(nurse.userId, school.id); // noticed twice …
    await endExpiredEmergencyAccess(); // … and by the sweep
    const row = await db.emergencyAccess.findUniqueOrThrow({ where: { id: grant.id } });
    expect(row.endedHow).toBe("EXPIRED");
    expect(row.endedAt?.getTime()).toBe(past.getTime());
    const ends = await auditRows("emergency-access.end", grant.id);
    expect(ends).toHaveLength(1);
    expect(ends[0]?.details).toMatchObject({ how: "EXPIRED", observedBy: "request" });
  });

  it("the sweep records run-out accesses nobody noticed", async () => {
    const ssp = await createActor(school, ["SSP"]);
    const grant = await ask(ssp, otherPupilId);
    await db.emergencyAccess.update({
      where: { id: grant.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await endExpiredEmergencyAccess()).toBeGreaterThanOrEqual(1);
    expect(await endExpiredEmergencyAccess()).toBe(0);
    const ends = await auditRows("emergency-access.end", grant.id);
    expect(ends.map((row) => row.details)).toEqual([
      expect.objectContaining({ how: "EXPIRED", observedBy: "sweep" }),
    ]);
  });

  it("can be ended early by its holder, and by nobody else", async () => {
    const ppr = await createActor(school, ["PPR"]);
    const grant = await ask(ppr, otherPupilId);
    await expect(endEmergencyAccess(cast.nurse, { id: grant.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(endEmergencyAccess(cast.teacher, { id: grant.id })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await endEmergencyAccess(ppr, { id: grant.id });
    const row = await db.emergencyAccess.findUniqueOrThrow({ where: { id: grant.id } });
    expect(row.endedHow).toBe("ENDED_BY_USER");
    expect(await auditRows("emergency-access.end", grant.id)).toHaveLength(1);
    expect((await withEmergencyGrants(ppr)).emergencyAccess).toEqual([]);
    await expect(endEmergencyAccess(ppr, { id: grant.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("is reviewed by a leader with a comment, once, never by the holder", async () => {
    const rows = await listEmergencyAccess(cast.leader);
    const pending = rows.filter((row) => row.reviewedAt === null);
    expect(pending.length).toBeGreaterThanOrEqual(1);
    const target = pending[0]!;

    expect(reviewEmergencyAccessInput.safeParse({ id: target.id, version: 1 }).success).toBe(false);
    await expect(
      reviewEmergencyAccess(cast.otherLeader, {
        id: target.id,
        version: target.version,
        comment: "Ikke min skole",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      reviewEmergencyAccess(cast.nurse, { id: target.id, version: target.version, comment: "x" }),
    ).rejects.toBeInstanceOf(ForbiddenError);

    await reviewEmergencyAccess(cast.leader, {
      id: target.id,
      version: target.version,
      comment: "Begrundet. Trivselspersonen er orienteret.",
    });
    const row = await db.emergencyAccess.findUniqueOrThrow({ where: { id: target.id } });
    expect(row.reviewedById).toBe(cast.leader.userId);
    expect(row.reviewComment).toBe("Begrundet. Trivselspersonen er orienteret.");
    expect(await auditRows("emergency-access.review", target.id)).toHaveLength(1);
    await expect(
      reviewEmergencyAccess(cast.leader, { id: target.id, version: row.version, comment: "igen" }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(await countPendingEmergencyReviews(cast.leader)).toBe(pending.length - 1);

    // A leader's own emergency access is for another leader to review.
    const own = await ask(cast.leader, otherPupilId);
    await expect(
      reviewEmergencyAccess(cast.leader, { id: own.id, version: 1, comment: "Selvgodkendt" }),
    ).rejects.toBeInstanceOf(DomainValidationError);
  });
});
