/**
 * Administration of the active school's staff: users with at least one role here, their roles
 * and classes here, and their accounts. ADMIN only; no case content.
 *
 * A user can work at several schools (a PPR psychologist covers five). An admin manages what
 * belongs to their school — roles and class links here — and never touches the user's roles
 * elsewhere. What reaches every school the account works at (email, password, active) is changed
 * only by someone who is ADMIN at all of them: otherwise an admin at one school could take over a
 * colleague's account and read, say, PPR notes at another school.
 */
import "server-only";
import { z } from "zod";
import { auditedWrite, type AuditEvent } from "@/lib/audit";
import { normaliseEmail } from "@/lib/auth/credentials";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import {
  administeredSchoolScope,
  ALL_ROLES,
  assertCan,
  classScope,
  schoolScope,
  staffScope,
  type Actor,
} from "@/lib/auth/policy";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { assertVersionedUpdate, nextVersion } from "@/lib/db/versioned";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n";
import { checkbox, email, id, many, text, version } from "@/lib/validation";
import { className } from "./classes";

/** Long enough for any passphrase, short enough that hashing it cannot be used to stall us. */
const MAX_PASSWORD_LENGTH = 256;

// ─── Input ───────────────────────────────────────────────────────────────────────────────────

/** A zod error naming a message of the catalogue; typed, so a misspelt key fails the build. */
function says(key: MessageKey) {
  return { error: key };
}

/** The roles at the active school: at least one, each from the Role enum, no repeats. */
function roleSet() {
  return many(z.enum(ALL_ROLES, says("validation.choose")))
    .refine((roles) => roles.length > 0, says("adminStaff.chooseRole"))
    .transform((roles) => ALL_ROLES.filter((role) => roles.includes(role)));
}

function newPassword() {
  return z
    .string(says("validation.required"))
    .min(MIN_PASSWORD_LENGTH, says("adminStaff.passwordTooShort"))
    .max(MAX_PASSWORD_LENGTH, says("validation.tooLong"));
}

/** The typed-twice check of a password form; the repeat is dropped once it has done its job. */
function passwordsMatch(value: { password: string | null; passwordRepeat?: string }): boolean {
  return value.password === null || value.password === value.passwordRepeat;
}
const passwordMismatch = { path: ["passwordRepeat"], ...says("adminStaff.passwordMismatch") };

function withoutRepeat<T extends { passwordRepeat?: string }>({
  passwordRepeat: _repeat,
  ...rest
}: T): Omit<T, "passwordRepeat"> {
  return rest;
}

/** A destructive step is confirmed with a checkbox: no accidental clicks, no script needed. */
function confirmed() {
  return checkbox().refine((value) => value, says("adminStaff.confirmRequired"));
}

export const createStaffInput = z
  .object({
    name: text(200),
    email: email(),
    roles: roleSet(),
    // Blank for users who sign in through the municipality's identity provider.
    password: z
      .string()
      .optional()
      .transform((value) => value || null)
      .pipe(newPassword().nullable()),
    passwordRepeat: z.string().optional(),
  })
  .refine(passwordsMatch, passwordMismatch)
  .transform(withoutRepeat);

export const updateStaffInput = z.object({
  id: id(),
  version: version(),
  name: text(200),
  email: email(),
});

export const setStaffRolesInput = z.object({ id: id(), version: version(), roles: roleSet() });

export const setStaffClassesInput = z.object({
  id: id(),
  version: version(),
  classIds: many(id()).transform((ids) => [...new Set(ids)]),
});

export const setStaffPasswordInput = z
  .object({ id: id(), password: newPassword(), passwordRepeat: z.string().optional() })
  .refine(passwordsMatch, passwordMismatch)
  .transform(withoutRepeat);

export const removeStaffInput = z.object({ id: id(), confirm: confirmed() });
export const deactivateStaffInput = z.object({ id: id(), confirm: confirmed() });
export const reactivateStaffInput = z.object({ id: id(), confirm: confirmed() });

// ─── Output ──────────────────────────────────────────────────────────────────────────────────

export type StaffClass = { id: string; name: string; active: boolean };

export type StaffRow = {
  id: string;
  name: string;
  email: string;
  active: boolean;
  /** Roles at the active school only. */
  roles: Role[];
  /** Classes of the active school the user teaches. */
  classes: StaffClass[];
};

export type StaffDetail = StaffRow & {
  version: number;
  deactivatedAt: Date | null;
  /** Signs in with a password set here (otherwise through the identity provider). */
  hasPassword: boolean;
  /** How many other schools the user has roles at. */
  otherSchoolCount: number;
  /** Whether the actor is ADMIN at every school of the user: email, password and status. */
  canManageAccount: boolean;
  isSelf: boolean;
};

/** Users with at least one role at the actor's active school. */
function staffRowSelect(actor: Actor) {
  return {
    id: true,
    name: true,
    email: true,
    active: true,
    version: true,
    deactivatedAt: true,
    roles: { where: schoolScope(actor), select: { role: true } },
    classes: {
      where: { class: classScope(actor) },
      select: { class: { select: { id: true, grade: true, letter: true, active: true } } },
    },
  } as const satisfies Prisma.UserSelect;
}

type StaffRecord = Prisma.UserGetPayload<{ select: ReturnType<typeof staffRowSelect> }>;

function toStaffRow(record: StaffRecord): StaffRow {
  const held = new Set(record.roles.map(({ role }) => role));
  return {
    id: record.id,
    name: record.name,
    email: record.email,
    active: record.active,
    roles: ALL_ROLES.filter((role) => held.has(role)),
    classes: record.classes
      .map(({ class: taught }) => taught)
      .sort((a, b) => a.grade - b.grade || a.letter.localeCompare(b.letter, "da"))
      .map((taught) => ({ id: taught.id, name: className(taught), active: taught.active })),
  };
}

// ─── Reads ───────────────────────────────────────────────────────────────────────────────────

export async function listStaff(actor: Actor): Promise<StaffRow[]> {
  assertCan(actor, "admin:staff");
  const records = await db.user.findMany({
    where: staffScope(actor),
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: staffRowSelect(actor),
  });
  return records.map(toStaffRow);
}

export async function getStaff(actor: Actor, userId: string): Promise<StaffDetail> {
  assertCan(actor, "admin:staff");
  const record = z.uuid().safeParse(userId).success
    ? await db.user.findFirst({
        where: { id: userId, ...staffScope(actor) },
        select: staffRowSelect(actor),
      })
    : null;
  if (!record) throw new NotFoundError("user");

  const [withPassword, otherSchools, beyondActor] = await Promise.all([
    // Asks whether a hash is there without reading it.
    db.user.count({ where: { id: userId, passwordHash: { not: null } } }),
    db.userSchoolRole.findMany({
      where: { userId, schoolId: { not: actor.schoolId } },
      distinct: ["schoolId"],
      select: { schoolId: true },
    }),
    db.userSchoolRole.count({ where: rolesBeyondActorAdmin(actor, userId) }),
  ]);
  return {
    ...toStaffRow(record),
    version: record.version,
    deactivatedAt: record.deactivatedAt,
    hasPassword: withPassword > 0,
    otherSchoolCount: otherSchools.length,
    canManageAccount: beyondActor === 0,
    isSelf: record.id === actor.userId,
  };
}

/** The active school's active classes, to choose the classes a teacher teaches from. */
export async function listActiveClasses(actor: Actor): Promise<StaffClass[]> {
  assertCan(actor, "admin:staff");
  const classes = await db.class.findMany({
    where: { ...classScope(actor), active: true },
    orderBy: [{ grade: "asc" }, { letter: "asc" }],
    select: { id: true, grade: true, letter: true, active: true },
  });
  return classes.map((row) => ({ id: row.id, name: className(row), active: row.active }));
}

// ─── Guards ──────────────────────────────────────────────────────────────────────────────────

/** The user's roles at schools where the actor is not ADMIN. */
function rolesBeyondActorAdmin(actor: Actor, userId: string): Prisma.UserSchoolRoleWhereInput {
  return { userId, school: { NOT: administeredSchoolScope(actor) } };
}

/** Email, password and status reach every school of the account (see the top of the file). */
async function assertManagesAccount(
  tx: Tx,
  actor: Actor,
  userId: string,
  field: string,
): Promise<void> {
  const beyond = await tx.userSchoolRole.count({ where: rolesBeyondActorAdmin(actor, userId) });
  if (beyond > 0) throw new DomainValidationError(field, "adminStaff.managedElsewhere");
}

/**
 * Claims the version the form was read at: stale → refused, out of scope → not found. Role and
 * class changes claim it too, so two admins editing one person's access cannot both win.
 */
async function claimVersion(
  tx: Tx,
  actor: Actor,
  userId: string,
  readVersion: number,
): Promise<void> {
  const updated = await tx.user.updateMany({
    where: { id: userId, version: readVersion, ...staffScope(actor) },
    data: nextVersion,
  });
  await assertVersionedUpdate(updated, "user", () =>
    tx.user.findFirst({ where: { id: userId, ...staffScope(actor) }, select: { id: true } }),
  );
}

// ─── Writes ──────────────────────────────────────────────────────────────────────────────────

/** The audit entry of a write on a user, with what changed (never a password) as details. */
function userEvent(action: string, userId: string) {
  return (details: Prisma.InputJsonObject): AuditEvent => ({
    action,
    entityType: "User",
    entityId: userId,
    details,
  });
}

export type CreateStaffResult = {
  id: string;
  /** "existing": the email belonged to a user already, who got the roles here instead. */
  outcome: "created" | "existing";
  active: boolean;
};

type CreateStaffWrite = CreateStaffResult & { rolesAdded: Role[] };

/**
 * A new staff user with roles here — or, when the email is already a user's (a PPR psychologist
 * from another school), those roles added to that user, whose name and password stay as they are.
 */
export async function createStaff(
  actor: Actor,
  input: z.output<typeof createStaffInput>,
): Promise<CreateStaffResult> {
  assertCan(actor, "admin:staff");
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const write = async (): Promise<CreateStaffResult> => {
    const { rolesAdded: _, ...result } = await auditedWrite(
      actor,
      (written: CreateStaffWrite) => creationEvent(written, passwordHash !== null),
      (tx) => createOrAddRoles(tx, actor, input, passwordHash),
    );
    return result;
  };
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Someone created the same email a moment ago: run again, which now finds that user.
    return write();
  }
}

async function createOrAddRoles(
  tx: Tx,
  actor: Actor,
  input: z.output<typeof createStaffInput>,
  passwordHash: string | null,
): Promise<CreateStaffWrite> {
  const existing = await tx.user.findUnique({
    where: { email: normaliseEmail(input.email) },
    select: { id: true, active: true },
  });
  if (existing) {
    const rolesAdded = await addRolesHere(tx, actor, existing.id, input.roles);
    return { id: existing.id, outcome: "existing", active: existing.active, rolesAdded };
  }
  const created = await tx.user.create({
    data: {
      name: input.name,
      email: normaliseEmail(input.email),
      passwordHash,
      roles: { create: input.roles.map((role) => ({ role, schoolId: actor.schoolId })) },
    },
    select: { id: true, active: true },
  });
  return { ...created, outcome: "created", rolesAdded: input.roles };
}

async function addRolesHere(tx: Tx, actor: Actor, userId: string, roles: Role[]) {
  const held = await rolesHere(tx, actor, userId);
  const added = roles.filter((role) => !held.includes(role));
  await tx.userSchoolRole.createMany({
    data: added.map((role) => ({ userId, schoolId: actor.schoolId, role })),
    skipDuplicates: true,
  });
  return added;
}

function creationEvent(written: CreateStaffWrite, withPassword: boolean): AuditEvent {
  return written.outcome === "created"
    ? userEvent("admin.staff.create", written.id)({ roles: written.rolesAdded, withPassword })
    : userEvent(
        "admin.staff.roles",
        written.id,
      )({
        added: written.rolesAdded,
        removed: [],
        existingUser: true,
      });
}

async function rolesHere(tx: Tx, actor: Actor, userId: string): Promise<Role[]> {
  const rows = await tx.userSchoolRole.findMany({
    where: { userId, ...schoolScope(actor) },
    orderBy: { role: "asc" },
    select: { role: true },
  });
  return rows.map(({ role }) => role);
}

/** Name and email. The email is the sign-in of every school, so it follows the account rule. */
export async function updateStaff(
  actor: Actor,
  input: z.output<typeof updateStaffInput>,
): Promise<void> {
  assertCan(actor, "admin:staff");
  const { id: userId, version: readVersion, name } = input;
  const newEmail = normaliseEmail(input.email);
  try {
    await auditedWrite(actor, userEvent("admin.staff.update", userId), async (tx) => {
      const before = await tx.user.findFirst({
        where: { id: userId, ...staffScope(actor) },
        select: { name: true, email: true },
      });
      if (!before) throw new NotFoundError("user");
      const updated = await tx.user.updateMany({
        where: { id: userId, version: readVersion, ...staffScope(actor) },
        data: { name, email: newEmail, ...nextVersion },
      });
      await assertVersionedUpdate(updated, "user", async () => before);
      const emailChanged = before.email !== newEmail;
      if (emailChanged) await assertManagesAccount(tx, actor, userId, "email");
      return { nameChanged: before.name !== name, emailChanged };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainValidationError("email", "adminStaff.emailTaken");
    throw error;
  }
}

/**
 * The user's roles at the active school, as a whole set; roles at other schools are never read
 * or written. Taking TEACHER away also ends their class links here.
 */
export async function setStaffRoles(
  actor: Actor,
  input: z.output<typeof setStaffRolesInput>,
): Promise<void> {
  assertCan(actor, "admin:staff");
  const { id: userId, roles } = input;
  // Lock-out guard: nobody else may be left to give the role back.
  if (userId === actor.userId && !roles.includes("ADMIN"))
    throw new DomainValidationError("roles", "adminStaff.cannotRemoveOwnAdmin");

  await auditedWrite(actor, userEvent("admin.staff.roles", userId), async (tx) => {
    await claimVersion(tx, actor, userId, input.version);
    const held = await rolesHere(tx, actor, userId);
    const removed = held.filter((role) => !roles.includes(role));
    await tx.userSchoolRole.deleteMany({
      where: { userId, ...schoolScope(actor), role: { in: removed } },
    });
    const added = await addRolesHere(tx, actor, userId, roles);
    const classLinksRemoved = removed.includes("TEACHER")
      ? (await tx.classTeacher.deleteMany({ where: { userId, class: classScope(actor) } })).count
      : 0;
    return { added, removed, classLinksRemoved };
  });
}

/** The classes of the active school a teacher teaches, as a whole set. */
export async function setStaffClasses(
  actor: Actor,
  input: z.output<typeof setStaffClassesInput>,
): Promise<void> {
  assertCan(actor, "admin:staff");
  const { id: userId, classIds } = input;
  await auditedWrite(actor, userEvent("admin.staff.classes", userId), async (tx) => {
    await claimVersion(tx, actor, userId, input.version);
    if (classIds.length > 0) await assertTeachesHere(tx, actor, userId, classIds);
    const links = await tx.classTeacher.findMany({
      where: { userId, class: classScope(actor) },
      select: { classId: true },
    });
    const held = links.map(({ classId }) => classId);
    const removed = held.filter((classId) => !classIds.includes(classId));
    const added = classIds.filter((classId) => !held.includes(classId));
    await tx.classTeacher.deleteMany({ where: { userId, classId: { in: removed } } });
    await tx.classTeacher.createMany({
      data: added.map((classId) => ({ userId, classId })),
      skipDuplicates: true,
    });
    return { added, removed };
  });
}

/** Every class is the active school's (else: not found), and the user is a teacher here. */
async function assertTeachesHere(tx: Tx, actor: Actor, userId: string, classIds: string[]) {
  const found = await tx.class.count({ where: { id: { in: classIds }, ...classScope(actor) } });
  if (found !== classIds.length) throw new NotFoundError("class");
  const teacher = await tx.userSchoolRole.count({
    where: { userId, ...schoolScope(actor), role: "TEACHER" },
  });
  if (teacher === 0) throw new DomainValidationError("classIds", "adminStaff.classesNeedTeacher");
}

export async function setStaffPassword(
  actor: Actor,
  input: z.output<typeof setStaffPasswordInput>,
): Promise<void> {
  assertCan(actor, "admin:staff");
  const { id: userId } = input;
  const passwordHash = await hashPassword(input.password);
  await auditedWrite(
    actor,
    { action: "admin.staff.password", entityType: "User", entityId: userId },
    async (tx) => {
      const updated = await tx.user.updateMany({
        where: { id: userId, ...staffScope(actor) },
        data: { passwordHash },
      });
      if (updated.count !== 1) throw new NotFoundError("user");
      await assertManagesAccount(tx, actor, userId, "password");
    },
  );
}

/**
 * Ends the user's work at the active school: their roles and class links here. The account and
 * its roles at other schools stay; what they wrote here stays too (it is the school's record).
 */
export async function removeStaffFromSchool(
  actor: Actor,
  input: z.output<typeof removeStaffInput>,
): Promise<void> {
  assertCan(actor, "admin:staff");
  const { id: userId } = input;
  if (userId === actor.userId)
    throw new DomainValidationError("confirm", "adminStaff.cannotRemoveSelf");
  await auditedWrite(actor, userEvent("admin.staff.remove", userId), async (tx) => {
    const roles = await rolesHere(tx, actor, userId);
    if (roles.length === 0) throw new NotFoundError("user");
    await tx.userSchoolRole.deleteMany({ where: { userId, ...schoolScope(actor) } });
    const classLinks = await tx.classTeacher.deleteMany({
      where: { userId, class: classScope(actor) },
    });
    return { roles, classLinks: classLinks.count };
  });
}

/** Closes the account everywhere; sign-in and open sessions stop at the next request. */
export async function deactivateStaff(
  actor: Actor,
  input: z.output<typeof deactivateStaffInput>,
): Promise<void> {
  assertCan(actor, "admin:staff");
  if (input.id === actor.userId)
    throw new DomainValidationError("confirm", "adminStaff.cannotDeactivateSelf");
  await setAccountActive(actor, input.id, false);
}

export async function reactivateStaff(
  actor: Actor,
  input: z.output<typeof reactivateStaffInput>,
): Promise<void> {
  assertCan(actor, "admin:staff");
  await setAccountActive(actor, input.id, true);
}

async function setAccountActive(actor: Actor, userId: string, active: boolean): Promise<void> {
  await auditedWrite(
    actor,
    {
      action: active ? "admin.staff.reactivate" : "admin.staff.deactivate",
      entityType: "User",
      entityId: userId,
    },
    async (tx) => {
      const updated = await tx.user.updateMany({
        where: { id: userId, ...staffScope(actor) },
        data: { active, deactivatedAt: active ? null : new Date(), ...nextVersion },
      });
      if (updated.count !== 1) throw new NotFoundError("user");
      await assertManagesAccount(tx, actor, userId, "confirm");
    },
  );
}
