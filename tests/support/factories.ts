/**
 * Test data, made on the real database of the test file. Every factory takes overrides and
 * fills the rest with plain, unique values.
 */
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/policy";
import { todayInDenmark } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type { Confidentiality, ConsentScope, Role } from "@/lib/generated/prisma/enums";

let counter = 0;
const unique = () => `${++counter}-${randomUUID().slice(0, 8)}`;

export async function createSchool(overrides: { name?: string; municipalityId?: string } = {}) {
  const municipalityId =
    overrides.municipalityId ??
    (await db.municipality.create({ data: { name: `Kommune ${unique()}`, code: unique() } })).id;
  return db.school.create({
    data: {
      name: overrides.name ?? `Skole ${unique()}`,
      municipalityId,
      thresholds: { create: {} },
    },
  });
}

export async function createClass(
  schoolId: string,
  overrides: { grade?: number; letter?: string; schoolYear?: string } = {},
) {
  return db.class.create({
    data: {
      schoolId,
      grade: overrides.grade ?? 5,
      letter: overrides.letter ?? unique().slice(0, 3).toUpperCase(),
      schoolYear: overrides.schoolYear ?? "2026/27",
    },
  });
}

export async function createPupil(
  schoolId: string,
  overrides: {
    classId?: string | null;
    firstName?: string;
    lastName?: string;
    externalId?: string;
  } = {},
) {
  return db.pupil.create({
    data: {
      schoolId,
      classId: overrides.classId ?? null,
      firstName: overrides.firstName ?? "Elev",
      lastName: overrides.lastName ?? `Nr ${unique()}`,
      dateOfBirth: new Date("2015-03-14T00:00:00Z"),
      externalId: overrides.externalId ?? `X${unique()}`,
    },
  });
}

export async function createUser(
  overrides: { email?: string; name?: string; passwordHash?: string | null; active?: boolean } = {},
) {
  return db.user.create({
    data: {
      email: overrides.email ?? `user-${unique()}@test.dk`,
      name: overrides.name ?? `Bruger ${unique()}`,
      passwordHash: overrides.passwordHash ?? null,
      active: overrides.active ?? true,
    },
  });
}

/** A user with `roles` at `school`, as the Actor the app would build for them there. */
export async function createActor(
  school: { id: string; name: string; municipalityId: string },
  roles: Role[],
  overrides: { userId?: string } = {},
): Promise<Actor> {
  const user = overrides.userId
    ? await db.user.findUniqueOrThrow({ where: { id: overrides.userId } })
    : await createUser();
  await db.userSchoolRole.createMany({
    data: roles.map((role) => ({ userId: user.id, schoolId: school.id, role })),
  });
  return actorAt(user, school, roles);
}

export function actorAt(
  user: { id: string; name: string; email: string },
  school: { id: string; name: string; municipalityId: string },
  roles: Role[],
): Actor {
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    schoolId: school.id,
    schoolName: school.name,
    municipalityId: school.municipalityId,
    roles,
    requestId: randomUUID(),
  };
}

/** Row counts of the tables a test expects a refused action to leave alone. */
export async function counts() {
  const [schools, classes, pupils, guardians, users, roles, audit] = await Promise.all([
    db.school.count(),
    db.class.count(),
    db.pupil.count(),
    db.guardian.count(),
    db.user.count(),
    db.userSchoolRole.count(),
    db.auditLog.count(),
  ]);
  return { schools, classes, pupils, guardians, users, roles, audit };
}

// ─── Consent, the timeline and Trivselsforum ─────────────────────────────────────────────────

const DAY_MS = 86_400_000;

/** A consent given by the guardians, valid from a month ago for most of a year unless told otherwise. */
export async function createConsent(
  schoolId: string,
  pupilId: string,
  recordedById: string,
  overrides: {
    scopes?: ConsentScope[];
    validFrom?: Date;
    validUntil?: Date;
    withdrawnOn?: Date | null;
    decision?: "GIVEN" | "REFUSED";
  } = {},
) {
  const validFrom = overrides.validFrom ?? new Date(todayInDenmark().getTime() - 30 * DAY_MS);
  return db.consent.create({
    data: {
      schoolId,
      pupilId,
      recordedById,
      decision: overrides.decision ?? "GIVEN",
      form: "WRITTEN",
      givenOn: validFrom,
      scopes: overrides.scopes ?? ["FORUM"],
      purpose: "Drøftelse i Trivselsforum",
      validFrom,
      validUntil: overrides.validUntil ?? new Date(todayInDenmark().getTime() + 300 * DAY_MS),
      withdrawnOn: overrides.withdrawnOn ?? null,
    },
  });
}

/** A new version of a consent that withdraws it today (consent is never edited in place). */
export async function withdrawConsent(consent: Awaited<ReturnType<typeof createConsent>>) {
  const { id, createdAt, ...rest } = consent;
  void createdAt;
  return db.consent.create({
    data: { ...rest, scopes: [...rest.scopes], supersedesId: id, withdrawnOn: todayInDenmark() },
  });
}

/** A note on a pupil's timeline whose title and text carry `text`, so a test can look for it. */
export async function createCaseEntry(
  schoolId: string,
  pupilId: string,
  author: { userId: string },
  overrides: {
    text: string;
    confidentiality?: Confidentiality;
    authorRole?: Role;
    occurredOn?: Date;
  },
) {
  return db.caseEntry.create({
    data: {
      schoolId,
      pupilId,
      authorId: author.userId,
      authorRole: overrides.authorRole ?? "TRIVSELSPERSON",
      kind: "NOTE",
      confidentiality: overrides.confidentiality ?? "CASE",
      occurredOn: overrides.occurredOn ?? todayInDenmark(),
      title: `Titel ${overrides.text}`,
      details: { text: `Tekst ${overrides.text}` },
    },
  });
}

/**
 * A forum meeting written straight to the database (for tests that fix "today"); `participants`
 * are invited as fixed members unless listed in `adHoc`.
 */
export async function createForumMeeting(
  schoolId: string,
  createdById: string,
  overrides: {
    startsAt?: Date;
    status?: "PLANNED" | "HELD" | "CANCELLED";
    participants?: string[];
    adHoc?: string[];
  } = {},
) {
  return db.forumMeeting.create({
    data: {
      schoolId,
      createdById,
      startsAt: overrides.startsAt ?? new Date(Date.now() + 7 * DAY_MS),
      place: "Mødelokalet",
      status: overrides.status ?? "PLANNED",
      participants: {
        create: [
          ...(overrides.participants ?? []).map((userId) => ({ userId })),
          ...(overrides.adHoc ?? []).map((userId) => ({ userId, adHoc: true })),
        ],
      },
    },
  });
}

/** An agenda item with its action plan, as a meeting ends one. */
export async function createItemWithPlan(
  meeting: { id: string; schoolId: string; createdById: string },
  overrides: {
    position: number;
    kind?: "PUPIL" | "ANONYMOUS_CASE" | "THEME";
    pupilId?: string | null;
    title?: string;
    guardiansAttending?: boolean;
  },
) {
  const item = await db.agendaItem.create({
    data: {
      meetingId: meeting.id,
      position: overrides.position,
      kind: overrides.kind ?? (overrides.pupilId ? "PUPIL" : "THEME"),
      pupilId: overrides.pupilId ?? null,
      title: overrides.title ?? "Punkt",
      guardiansAttending: overrides.guardiansAttending ?? false,
    },
  });
  const plan = await db.actionPlan.create({
    data: {
      schoolId: meeting.schoolId,
      agendaItemId: item.id,
      pupilId: item.pupilId,
      createdById: meeting.createdById,
    },
  });
  return { item, plan };
}

/** Feedback to the parents on a plan, owned by `responsibleUserId`. */
export async function createParentFeedback(
  plan: { id: string; schoolId: string },
  responsibleUserId: string,
  overrides: { dueOn: Date; givenOn?: Date | null; summary?: string | null },
) {
  return db.parentFeedback.create({
    data: {
      schoolId: plan.schoolId,
      planId: plan.id,
      responsibleUserId,
      dueOn: overrides.dueOn,
      givenOn: overrides.givenOn ?? null,
      summary: overrides.summary ?? null,
    },
  });
}
