/**
 * Administration of the active school's pupils: search, the pupil with guardians, create, edit,
 * mark as left and reactivate. ADMIN only; no case content. Pupil data is sensitive, so reads
 * are audited as well as writes: a search writes one entry with its criteria (never the names it
 * found), opening a pupil writes one entry naming the pupil.
 */
import "server-only";
import { z } from "zod";
import { auditedRead, auditedWrite } from "@/lib/audit";
import { assertCan, classScope, pupilScope, type Actor } from "@/lib/auth/policy";
import { db, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { assertVersionedUpdate, nextVersion } from "@/lib/db/versioned";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { day, id, text, version } from "@/lib/validation";
import { className } from "./classes";

export const PUPILS_PER_PAGE = 50;

/** Nobody in a Danish folkeskole is older than this; an earlier birth date is a typing error. */
const MAX_PUPIL_AGE_YEARS = 30;

// ─── Days ─────────────────────────────────────────────────────────────────────────────────────

function notInFuture(date: Date): boolean {
  return date.getTime() <= todayInDenmark().getTime();
}

function plausibleBirthDate(date: Date): boolean {
  const earliest = todayInDenmark();
  earliest.setUTCFullYear(earliest.getUTCFullYear() - MAX_PUPIL_AGE_YEARS);
  return date.getTime() >= earliest.getTime();
}

// ─── Input ────────────────────────────────────────────────────────────────────────────────────

/** A class chosen in a select: blank means "no class". */
function optionalClassId() {
  return z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .pipe(z.uuid({ error: "validation.choose" }).nullable());
}

const pupilFields = z.object({
  firstName: text(100),
  lastName: text(100),
  dateOfBirth: day()
    .refine(notInFuture, { error: "validation.dateInFuture" })
    .refine(plausibleBirthDate, { error: "adminPupils.errors.dateOfBirthTooEarly" }),
  externalId: text(50),
  classId: optionalClassId(),
});

export const createPupilInput = pupilFields;
export const updatePupilInput = pupilFields.extend({ id: id(), version: version() });

export const markPupilLeftInput = z.object({
  id: id(),
  version: version(),
  leftOn: day().refine(notInFuture, { error: "validation.dateInFuture" }),
});

export const reactivatePupilInput = z.object({ id: id(), version: version() });

export const PUPIL_STATUSES = ["active", "left", "all"] as const;
export type PupilStatus = (typeof PUPIL_STATUSES)[number];

/**
 * The search form's query string. It is typed by hand into an address bar as often as sent by
 * the form, so anything odd falls back to the default instead of failing the page.
 */
export const pupilSearchInput = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
  classId: z
    .union([z.uuid(), z.literal("none")])
    .optional()
    .catch(undefined),
  status: z.enum(PUPIL_STATUSES).catch("active"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type PupilSearch = z.output<typeof pupilSearchInput>;

// ─── DTOs ─────────────────────────────────────────────────────────────────────────────────────

export type PupilRow = {
  id: string;
  firstName: string;
  lastName: string;
  /** "YYYY-MM-DD" */
  dateOfBirth: string;
  externalId: string;
  classId: string | null;
  className: string | null;
  active: boolean;
  leftOn: string | null;
};

export type PupilPage = {
  rows: PupilRow[];
  total: number;
  page: number;
  pageSize: number;
};

export type GuardianRow = {
  id: string;
  name: string;
  relation: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  hasParentalAuthority: boolean;
  version: number;
};

export type PupilDetail = PupilRow & {
  legalHold: boolean;
  version: number;
  guardians: GuardianRow[];
};

export type ClassOption = { id: string; name: string; schoolYear: string; active: boolean };

const pupilRowSelect = {
  id: true,
  firstName: true,
  lastName: true,
  dateOfBirth: true,
  externalId: true,
  classId: true,
  class: { select: { grade: true, letter: true } },
  active: true,
  leftOn: true,
} as const satisfies Prisma.PupilSelect;

const guardianRowSelect = {
  id: true,
  name: true,
  relation: true,
  email: true,
  phone: true,
  address: true,
  hasParentalAuthority: true,
  version: true,
} as const satisfies Prisma.GuardianSelect;

function toPupilRow({
  class: pupilClass,
  dateOfBirth,
  leftOn,
  ...row
}: Prisma.PupilGetPayload<{ select: typeof pupilRowSelect }>): PupilRow {
  return {
    ...row,
    dateOfBirth: isoDay(dateOfBirth),
    leftOn: leftOn ? isoDay(leftOn) : null,
    className: pupilClass ? className(pupilClass) : null,
  };
}

// ─── Reads ────────────────────────────────────────────────────────────────────────────────────

/** Every word must match a first name, a last name or the pupil number ("anna jen" finds Anna Jensen). */
function nameOrNumberMatches(query: string): Prisma.PupilWhereInput[] {
  return query
    .split(/\s+/)
    .slice(0, 5)
    .map((word) => ({
      OR: [
        { firstName: { contains: word, mode: "insensitive" } },
        { lastName: { contains: word, mode: "insensitive" } },
        { externalId: { equals: word, mode: "insensitive" } },
      ],
    }));
}

function searchWhere(actor: Actor, search: PupilSearch): Prisma.PupilWhereInput {
  const filters: Prisma.PupilWhereInput[] = [pupilScope(actor)];
  if (search.q) filters.push(...nameOrNumberMatches(search.q));
  if (search.classId) filters.push({ classId: search.classId === "none" ? null : search.classId });
  if (search.status !== "all") filters.push({ active: search.status === "active" });
  return { AND: filters };
}

/** One page of the school's pupils, ordered by class and then name; pupils without a class last. */
export async function searchPupils(actor: Actor, search: PupilSearch): Promise<PupilPage> {
  assertCan(actor, "admin:pupils");
  const where = searchWhere(actor, search);
  return auditedRead(
    actor,
    {
      action: "admin.pupil.search",
      entityType: "Pupil",
      purpose: "administration",
      // The criteria, as DESIGN.md §8 asks; never who was found.
      details: {
        q: search.q ?? null,
        classId: search.classId ?? null,
        status: search.status,
        page: search.page,
      },
    },
    async (tx) => {
      const total = await tx.pupil.count({ where });
      const lastPage = Math.max(1, Math.ceil(total / PUPILS_PER_PAGE));
      const page = Math.min(search.page, lastPage);
      const pupils = await tx.pupil.findMany({
        where,
        orderBy: [
          { class: { grade: "asc" } },
          { class: { letter: "asc" } },
          // Last year's 3.A and this year's 3.A are different classes; the newest comes first.
          { class: { schoolYear: "desc" } },
          { lastName: "asc" },
          { firstName: "asc" },
          { id: "asc" },
        ],
        skip: (page - 1) * PUPILS_PER_PAGE,
        take: PUPILS_PER_PAGE,
        select: pupilRowSelect,
      });
      return { rows: pupils.map(toPupilRow), total, page, pageSize: PUPILS_PER_PAGE };
    },
  );
}

/** One pupil of the school with their guardians, those with parental authority first. */
export async function getPupil(actor: Actor, pupilId: string): Promise<PupilDetail> {
  assertCan(actor, "admin:pupils");
  if (!z.uuid().safeParse(pupilId).success) throw new NotFoundError("pupil");
  // The audit entry is written first; a pupil out of scope throws inside the transaction, which
  // rolls the entry back, so looking for another school's pupil leaves no trace of that pupil.
  return auditedRead(
    actor,
    {
      action: "admin.pupil.read",
      pupilId,
      entityType: "Pupil",
      entityId: pupilId,
      purpose: "administration",
    },
    async (tx) => {
      const pupil = await tx.pupil.findFirst({
        where: { AND: [{ id: pupilId }, pupilScope(actor)] },
        select: {
          ...pupilRowSelect,
          legalHold: true,
          version: true,
          guardians: {
            select: guardianRowSelect,
            orderBy: [{ hasParentalAuthority: "desc" }, { name: "asc" }, { id: "asc" }],
          },
        },
      });
      if (!pupil) throw new NotFoundError("pupil");
      const { legalHold, version: pupilVersion, guardians, ...row } = pupil;
      return { ...toPupilRow(row), legalHold, version: pupilVersion, guardians };
    },
  );
}

/** The school's classes for the class filter and the pupil form: active ones first, newest year first. */
export async function listClassOptions(actor: Actor): Promise<ClassOption[]> {
  assertCan(actor, "admin:pupils");
  const classes = await db.class.findMany({
    where: classScope(actor),
    orderBy: [{ active: "desc" }, { schoolYear: "desc" }, { grade: "asc" }, { letter: "asc" }],
    select: { id: true, grade: true, letter: true, schoolYear: true, active: true },
  });
  return classes.map(({ id: classId, schoolYear, active, ...rest }) => ({
    id: classId,
    name: className(rest),
    schoolYear,
    active,
  }));
}

// ─── Writes ───────────────────────────────────────────────────────────────────────────────────

/**
 * The class id came from the browser: it must be a class of the actor's school (otherwise it is
 * "not found", as if it did not exist), and an inactive class takes no new pupils — a pupil may
 * stay in the inactive class they are already in.
 */
async function assertAssignableClass(
  tx: Tx,
  actor: Actor,
  classId: string | null,
  currentClassId: string | null = null,
): Promise<void> {
  if (!classId) return;
  const found = await tx.class.findFirst({
    where: { id: classId, ...classScope(actor) },
    select: { active: true },
  });
  if (!found) throw new NotFoundError("class");
  if (!found.active && classId !== currentClassId)
    throw new DomainValidationError("classId", "adminPupils.errors.classInactive");
}

function duplicateExternalId(error: unknown): never {
  if (isUniqueViolation(error))
    throw new DomainValidationError("externalId", "adminPupils.errors.duplicateExternalId");
  throw error;
}

/** The names of the fields whose value differs: what the audit entry of an edit records. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): string[] {
  const same = (a: unknown, b: unknown) =>
    a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
  return Object.keys(after).filter((key) => !same(before[key], after[key]));
}

export async function createPupil(
  actor: Actor,
  input: z.output<typeof createPupilInput>,
): Promise<{ id: string }> {
  assertCan(actor, "admin:pupils");
  return auditedWrite<{ id: string }>(
    actor,
    (created) => ({
      action: "admin.pupil.create",
      pupilId: created.id,
      entityType: "Pupil",
      entityId: created.id,
      details: { classId: input.classId },
    }),
    async (tx) => {
      await assertAssignableClass(tx, actor, input.classId);
      // schoolId is the actor's, never the input's.
      return tx.pupil.create({
        data: { ...input, schoolId: actor.schoolId },
        select: { id: true },
      });
    },
  ).catch(duplicateExternalId);
}

export async function updatePupil(
  actor: Actor,
  input: z.output<typeof updatePupilInput>,
): Promise<void> {
  assertCan(actor, "admin:pupils");
  const { id: pupilId, version: readVersion, ...data } = input;
  await auditedWrite<string[]>(
    actor,
    (changed) => ({
      action: "admin.pupil.update",
      pupilId,
      entityType: "Pupil",
      entityId: pupilId,
      details: { changed },
    }),
    async (tx) => {
      const current = await findPupilForWrite(tx, actor, pupilId, {
        firstName: true,
        lastName: true,
        dateOfBirth: true,
        externalId: true,
        classId: true,
      });
      await assertAssignableClass(tx, actor, data.classId, current.classId);
      await versionedPupilUpdate(tx, actor, pupilId, readVersion, data);
      return changedFields(current, data);
    },
  ).catch(duplicateExternalId);
}

/** The pupil has left the school: no longer active, and the retention clock starts at `leftOn`. */
export async function markPupilLeft(
  actor: Actor,
  input: z.output<typeof markPupilLeftInput>,
): Promise<void> {
  assertCan(actor, "admin:pupils");
  await auditedWrite(
    actor,
    {
      action: "admin.pupil.leave",
      pupilId: input.id,
      entityType: "Pupil",
      entityId: input.id,
      details: { leftOn: isoDay(input.leftOn) },
    },
    (tx) =>
      versionedPupilUpdate(tx, actor, input.id, input.version, {
        active: false,
        leftOn: input.leftOn,
      }),
  );
}

/** The pupil is back (or was marked as left by mistake): active again, no leaving date. */
export async function reactivatePupil(
  actor: Actor,
  input: z.output<typeof reactivatePupilInput>,
): Promise<void> {
  assertCan(actor, "admin:pupils");
  await auditedWrite(
    actor,
    {
      action: "admin.pupil.reactivate",
      pupilId: input.id,
      entityType: "Pupil",
      entityId: input.id,
    },
    (tx) =>
      versionedPupilUpdate(tx, actor, input.id, input.version, { active: true, leftOn: null }),
  );
}

async function findPupilForWrite<S extends Prisma.PupilSelect>(
  tx: Tx,
  actor: Actor,
  pupilId: string,
  select: S,
): Promise<Prisma.PupilGetPayload<{ select: S }>> {
  const pupil = await tx.pupil.findFirst({
    where: { AND: [{ id: pupilId }, pupilScope(actor)] },
    select,
  });
  if (!pupil) throw new NotFoundError("pupil");
  return pupil;
}

async function versionedPupilUpdate(
  tx: Tx,
  actor: Actor,
  pupilId: string,
  readVersion: number,
  data: Prisma.PupilUncheckedUpdateManyInput,
): Promise<void> {
  const updated = await tx.pupil.updateMany({
    where: { AND: [{ id: pupilId, version: readVersion }, pupilScope(actor)] },
    data: { ...data, ...nextVersion },
  });
  await assertVersionedUpdate(updated, "pupil", () =>
    tx.pupil.findFirst({
      where: { AND: [{ id: pupilId }, pupilScope(actor)] },
      select: { id: true },
    }),
  );
}
