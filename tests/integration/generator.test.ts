/**
 * The benchmark data generator (prisma/generator) on a tiny municipality — 2 schools, 120 pupils —
 * in this file's fresh database: the counts, the invariants the app relies on (every pupil-data
 * row at its pupil's school, the consent gate on every agenda item, details its kind's schema
 * accepts), what the benchmark looks for (the 200-entry timeline pupil, the planned meeting, the
 * users by email), and determinism: the same seed into another fresh database gives the same
 * checksum, another seed a different one.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { validForumConsentWhere } from "@/lib/auth/policy";
import { verifyPassword } from "@/lib/auth/password";
import { readDetails } from "@/lib/case-entries/kinds";
import { db } from "@/lib/db/client";
import type { CaseEntryKind } from "@/lib/generated/prisma/enums";
import { DEMO_PASSWORD } from "@/prisma/demo";
import { generateInto, type GeneratorOptions } from "@/prisma/generator/generate";
import { staffEmail } from "@/prisma/generator/organisation";

const TODAY = new Date("2026-11-18T00:00:00Z");
const OPTIONS: GeneratorOptions = {
  schools: 2,
  pupils: 120,
  seed: 7,
  absenceRateMultiplier: 1,
  today: TODAY,
};
const url = process.env.DATABASE_URL!;

async function query<T extends pg.QueryResultRow>(
  databaseUrl: string,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function one<T extends pg.QueryResultRow>(
  databaseUrl: string,
  sql: string,
  values: unknown[] = [],
): Promise<T> {
  return (await query<T>(databaseUrl, sql, values))[0]!;
}

/** One hash over names, dates, ids and timestamps of the main tables, in a fixed order. */
async function checksum(databaseUrl: string): Promise<string> {
  const row = await one<{ sum: string }>(
    databaseUrl,
    `SELECT md5(
       (SELECT string_agg(concat_ws('|', id, "firstName", "lastName", "dateOfBirth", "externalId", "createdAt"), ',' ORDER BY id) FROM "Pupil") ||
       (SELECT string_agg(concat_ws('|', id, "pupilId", "occurredOn", kind, confidentiality, "createdAt", details::text), ',' ORDER BY id) FROM "CaseEntry") ||
       (SELECT string_agg(concat_ws('|', id, "pupilId", date, kind, lessons, "createdAt"), ',' ORDER BY id) FROM "AbsenceRecord") ||
       (SELECT string_agg(concat_ws('|', id, at, action, "pupilId", "entityId"), ',' ORDER BY id) FROM "AuditLog") ||
       (SELECT string_agg(concat_ws('|', id, "startsAt", status), ',' ORDER BY id) FROM "ForumMeeting")
     ) AS sum`,
  );
  return row.sum;
}

/** A fresh, migrated database beside this file's own (cloned from the template), dropped after. */
const extraDatabases: string[] = [];
async function freshDatabase(): Promise<string> {
  const adminUrl = inject("postgresAdminUrl");
  const name = `generator_${randomBytes(5).toString("hex")}`;
  await query(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${inject("templateDatabase")}"`);
  extraDatabases.push(name);
  const target = new URL(adminUrl);
  target.pathname = `/${name}`;
  return target.toString();
}

beforeAll(async () => {
  await generateInto(url, OPTIONS, () => {});
}, 60_000);

afterAll(async () => {
  for (const name of extraDatabases)
    await query(inject("postgresAdminUrl"), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe("the data generator", () => {
  it("builds the municipality it was asked for", async () => {
    expect(await db.municipality.count()).toBe(1);
    expect(await db.school.count()).toBe(2);
    expect(await db.pupil.count()).toBe(120);
    expect(await db.thresholdSettings.count()).toBe(2);
    expect(await db.school.count({ where: { requireTotp: true } })).toBe(0);
    const grades = await db.class.groupBy({ by: ["grade"], _count: true });
    expect(grades.map((row) => row.grade).sort((a, b) => a - b)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    for (const table of [
      db.guardian,
      db.concern,
      db.caseEntry,
      db.caseEntryRevision,
      db.notification,
      db.consent,
      db.forumMeeting,
      db.agendaItem,
      db.actionPlan,
      db.action,
      db.parentFeedback,
      db.absenceRecord,
      db.absenceImport,
      db.classWork,
      db.group,
      db.groupSession,
      db.classConferenceReview,
      db.auditLog,
    ] as { count(): Promise<number> }[])
      expect(await table.count()).toBeGreaterThan(0);
    // Absence: a few per cent of the pupil-days of the year.
    const { share } = await one<{ share: number }>(
      url,
      `SELECT count(*)::float / (SELECT count(*) FROM "Pupil" WHERE active) / 200 AS share FROM "AbsenceRecord"`,
    );
    expect(share).toBeGreaterThan(0.03);
    expect(share).toBeLessThan(0.1);
    // Nothing happens after the day the data is built around, except what is planned.
    expect(await db.caseEntry.count({ where: { occurredOn: { gt: TODAY } } })).toBe(0);
    const { future } = await one<{ future: number }>(
      url,
      `SELECT (SELECT count(*) FROM "CaseEntry" WHERE "createdAt" > $1 OR "updatedAt" > $1)
            + (SELECT count(*) FROM "Concern" WHERE "createdAt" > $1 OR "updatedAt" > $1)
            + (SELECT count(*) FROM "Consent" WHERE "createdAt" > $1 OR "givenOn" > $1)
            + (SELECT count(*) FROM "AbsenceRecord" WHERE "createdAt" > $1)
            + (SELECT count(*) FROM "AuditLog" WHERE at > $1) AS future`,
      [TODAY],
    );
    expect(Number(future)).toBe(0);
    expect(
      await db.forumMeeting.count({
        where: { startsAt: { gt: TODAY }, status: { not: "PLANNED" } },
      }),
    ).toBe(0);
  });

  it("keeps every row of pupil data at its pupil's school", async () => {
    const mismatches = await query<{ table: string; count: number }>(
      url,
      `SELECT t, count(*)::int AS count FROM (
         SELECT 'Concern' AS t, x."schoolId", x."pupilId" FROM "Concern" x UNION ALL
         SELECT 'CaseEntry', x."schoolId", x."pupilId" FROM "CaseEntry" x UNION ALL
         SELECT 'Notification', x."schoolId", x."pupilId" FROM "Notification" x UNION ALL
         SELECT 'Consent', x."schoolId", x."pupilId" FROM "Consent" x UNION ALL
         SELECT 'ActionPlan', x."schoolId", x."pupilId" FROM "ActionPlan" x WHERE x."pupilId" IS NOT NULL UNION ALL
         SELECT 'AbsenceRecord', x."schoolId", x."pupilId" FROM "AbsenceRecord" x UNION ALL
         SELECT 'AuditLog', x."schoolId", x."pupilId" FROM "AuditLog" x WHERE x."pupilId" IS NOT NULL UNION ALL
         SELECT 'AgendaItem', m."schoolId", x."pupilId" FROM "AgendaItem" x JOIN "ForumMeeting" m ON m.id = x."meetingId" WHERE x."pupilId" IS NOT NULL UNION ALL
         SELECT 'GroupParticipant', g."schoolId", x."pupilId" FROM "GroupParticipant" x JOIN "Group" g ON g.id = x."groupId" UNION ALL
         SELECT 'FocusPupil', c."schoolId", x."pupilId" FROM "ClassConferenceFocusPupil" x
           JOIN "ClassConferenceReview" r ON r.id = x."reviewId" JOIN "ClassConference" c ON c.id = r."conferenceId"
       ) rows JOIN "Pupil" p ON p.id = rows."pupilId"
       WHERE rows."schoolId" <> p."schoolId" GROUP BY t`,
    );
    expect(mismatches).toEqual([]);
    const { entries, actions, revisions } = await one<Record<string, number>>(
      url,
      `SELECT
         (SELECT count(*)::int FROM "CaseEntry" e JOIN "Concern" c ON c.id = e."concernId" WHERE c."pupilId" <> e."pupilId") AS entries,
         (SELECT count(*)::int FROM "Action" a JOIN "ActionPlan" p ON p.id = a."planId" WHERE p."schoolId" <> a."schoolId") AS actions,
         (SELECT count(*)::int FROM "CaseEntry" e WHERE e.version <> 1 + (SELECT count(*) FROM "CaseEntryRevision" r WHERE r."caseEntryId" = e.id)) AS revisions`,
    );
    expect({ entries, actions, revisions }).toEqual({ entries: 0, actions: 0, revisions: 0 });
  });

  it("has the benchmark's timeline pupil: 200 entries of every kind and level, forum consent today", async () => {
    const found = await query<{ pupilId: string }>(
      url,
      `SELECT "pupilId" FROM "CaseEntry" GROUP BY "pupilId" HAVING count(*) = 200`,
    );
    expect(found).toHaveLength(1);
    const pupilId = found[0]!.pupilId;
    const first = await db.userSchoolRole.findFirstOrThrow({
      where: { user: { email: staffEmail.school("trivselsperson", "s01") } },
    });
    expect((await db.pupil.findUniqueOrThrow({ where: { id: pupilId } })).schoolId).toBe(
      first.schoolId,
    );
    const kinds = await db.caseEntry.groupBy({ by: ["kind"], where: { pupilId }, _count: true });
    const levels = await db.caseEntry.groupBy({
      by: ["confidentiality"],
      where: { pupilId },
      _count: true,
    });
    expect(kinds).toHaveLength(7);
    expect(levels).toHaveLength(4);
    expect(await db.consent.count({ where: { pupilId, ...validForumConsentWhere(TODAY) } })).toBe(
      1,
    );
    const planned = await db.agendaItem.count({
      where: { pupilId, meeting: { status: "PLANNED" } },
    });
    expect(planned).toBe(1);
  });

  it("lets a named pupil onto an agenda only through the consent gate", async () => {
    const { ungated } = await one<{ ungated: number }>(
      url,
      `SELECT count(*)::int AS ungated FROM "AgendaItem" i JOIN "ForumMeeting" m ON m.id = i."meetingId"
        WHERE i.kind = 'PUPIL' AND NOT i."guardiansAttending" AND NOT EXISTS (
          SELECT 1 FROM "Consent" c
           WHERE c."pupilId" = i."pupilId" AND c.decision = 'GIVEN' AND c."withdrawnOn" IS NULL
             AND 'FORUM' = ANY(c.scopes) AND c."createdAt" <= i."createdAt"
             AND c."validFrom" <= m."startsAt"::date AND c."validUntil" >= m."startsAt"::date
             AND NOT EXISTS (SELECT 1 FROM "Consent" n WHERE n."supersedesId" = c.id AND n."createdAt" <= i."createdAt"))`,
    );
    expect(ungated).toBe(0);
    // Every school has its next meeting planned, and its named pupils pass the app's own check.
    const plannedMeetings = await db.forumMeeting.findMany({
      where: { status: "PLANNED" },
      include: { agendaItems: true },
    });
    expect(plannedMeetings).toHaveLength(2);
    for (const meeting of plannedMeetings) {
      expect(meeting.startsAt.getTime()).toBeGreaterThan(TODAY.getTime());
      const day = new Date(meeting.startsAt.toISOString().slice(0, 10));
      for (const item of meeting.agendaItems.filter(
        (row) => row.kind === "PUPIL" && !row.guardiansAttending,
      ))
        expect(
          await db.consent.count({
            where: { pupilId: item.pupilId!, ...validForumConsentWhere(day) },
          }),
        ).toBe(1);
    }
    const kinds = new Set(
      plannedMeetings.flatMap((meeting) => meeting.agendaItems.map((item) => item.kind)),
    );
    expect([...kinds].sort()).toEqual(["ANONYMOUS_CASE", "PUPIL", "THEME"]);
  });

  it("gives every user a predictable email and the demo password", async () => {
    const emails = [
      staffEmail.school("trivselsperson", "s01"),
      staffEmail.school("leder", "s02"),
      staffEmail.school("admin", "s01"),
      staffEmail.teacher("s02", 1),
      staffEmail.shared("PPR", 1),
      staffEmail.shared("HEALTH_NURSE", 1),
      staffEmail.shared("FAMILY_COUNSELLOR", 1),
      staffEmail.shared("SSP", 1),
      staffEmail.municipality(),
    ];
    const users = await db.user.findMany({
      where: { email: { in: emails } },
      include: { roles: true },
    });
    expect(users.map((user) => user.email).sort()).toEqual([...emails].sort());
    expect(users.find((user) => user.email === "ppr.1@bench.trivsel.dk")!.roles).toHaveLength(2);
    const hashes = await query<{ passwordHash: string }>(
      url,
      `SELECT DISTINCT "passwordHash" FROM "User"`,
    );
    expect(hashes).toHaveLength(1);
    expect(await verifyPassword(hashes[0]!.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it("stores details that every kind's schema accepts", async () => {
    const entries = await db.caseEntry.findMany({ select: { kind: true, details: true } });
    const rejected = entries.filter(
      (entry) => readDetails(entry.kind as CaseEntryKind, entry.details) === null,
    );
    expect(rejected).toEqual([]);
  });

  it("splits the schools into municipalities, each with its consultant", async () => {
    const split = await freshDatabase();
    await generateInto(split, { ...OPTIONS, schools: 4, pupils: 240, municipalities: 2 }, () => {});
    const schools = await query<{ municipality: string; schools: number }>(
      split,
      `SELECT m.name AS municipality, count(s.id)::int AS schools
         FROM "Municipality" m JOIN "School" s ON s."municipalityId" = m.id
        GROUP BY m.name ORDER BY m.name`,
    );
    expect(schools.map((row) => row.schools)).toEqual([2, 2]);
    const consultants = await query<{ email: string; municipality: string }>(
      split,
      `SELECT u.email, s."municipalityId" AS municipality
         FROM "User" u JOIN "UserSchoolRole" r ON r."userId" = u.id AND r.role = 'MUNICIPALITY'
         JOIN "School" s ON s.id = r."schoolId" ORDER BY u.email`,
    );
    expect(consultants.map((row) => row.email).sort()).toEqual(
      [staffEmail.municipality(0), staffEmail.municipality(1)].sort(),
    );
    expect(new Set(consultants.map((row) => row.municipality)).size).toBe(2);
  }, 60_000);

  it("gives the same data for the same seed and other data for another seed", async () => {
    const [same, other] = [await freshDatabase(), await freshDatabase()];
    await generateInto(same, OPTIONS, () => {});
    await generateInto(other, { ...OPTIONS, seed: OPTIONS.seed + 1 }, () => {});
    const expected = await checksum(url);
    expect(await checksum(same)).toBe(expected);
    expect(await checksum(other)).not.toBe(expected);
  }, 60_000);
});
