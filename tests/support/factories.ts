/**
 * Test data, made on the real database of the test file. Every factory takes overrides and
 * fills the rest with plain, unique values.
 */
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

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
