/**
 * Choosing the pupil a concern is about, without heavy JavaScript: a GET step (a name, or one of
 * the raiser's classes) and then a plain select of the pupils found. Only pupils in the raiser's
 * `pupilScope` are ever offered — a teacher finds the pupils of their own classes and no one
 * else. Each search is audited with its criteria, never the names it found (DESIGN.md §8).
 */
import "server-only";
import { auditedRead } from "@/lib/audit";
import { className } from "@/lib/admin/classes";
import { assertCan, classScope, pupilScope, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PICKER_MIN_QUERY, type PupilPickerCriteria } from "./schemas";
import { CONCERN_PURPOSE, pupilLabelSelect, toPupilLabel, type PupilLabel } from "./shared";

/** At most this many pupils in the select; a longer list needs a narrower search. */
export const PICKER_LIMIT = 100;
/**
 * When the raiser may find no more pupils than this (a teacher with a class or two), the form
 * lists them all at once, so there is nothing to search for.
 */
export const PICKER_LIST_ALL_UP_TO = 80;

export type PickerClass = { id: string; name: string };

export type PickerResult = {
  /** Whether a search ran (or the raiser's few pupils were listed without one). */
  searched: boolean;
  /** The name search had too few letters and did not run. */
  queryTooShort: boolean;
  pupils: PupilLabel[];
  /** More pupils matched than the select shows. */
  truncated: boolean;
};

function assertMayPick(actor: Actor): void {
  assertCan(actor, "concern:create");
  assertCan(actor, "pupil:search");
}

/** The raiser's classes with current pupils they may find: a teacher's own classes. */
export async function listPickerClasses(actor: Actor): Promise<PickerClass[]> {
  assertMayPick(actor);
  const classes = await db.class.findMany({
    where: {
      ...classScope(actor),
      active: true,
      pupils: { some: { AND: [pupilScope(actor), { active: true }] } },
    },
    orderBy: [{ grade: "asc" }, { letter: "asc" }, { schoolYear: "desc" }],
    select: { id: true, grade: true, letter: true },
  });
  return classes.map((row) => ({ id: row.id, name: className(row) }));
}

function nameMatches(query: string): Prisma.PupilWhereInput[] {
  return query
    .split(/\s+/)
    .slice(0, 5)
    .map((word) => ({
      OR: [
        { firstName: { contains: word, mode: "insensitive" } },
        { lastName: { contains: word, mode: "insensitive" } },
      ],
    }));
}

export async function findPupilsForConcern(
  actor: Actor,
  criteria: Partial<PupilPickerCriteria>,
): Promise<PickerResult> {
  assertMayPick(actor);
  const scoped: Prisma.PupilWhereInput[] = [pupilScope(actor), { active: true }];
  const queryTooShort = !!criteria.q && criteria.q.replace(/\s/g, "").length < PICKER_MIN_QUERY;
  const query = queryTooShort ? undefined : criteria.q;

  let where: Prisma.PupilWhereInput | null = null;
  let listedAll = false;
  if (criteria.pupilId) {
    where = { AND: [...scoped, { id: criteria.pupilId }] };
  } else if (query || criteria.classId) {
    const filters = [...scoped];
    if (query) filters.push(...nameMatches(query));
    if (criteria.classId) filters.push({ classId: criteria.classId });
    where = { AND: filters };
  } else if (!queryTooShort) {
    listedAll = (await db.pupil.count({ where: { AND: scoped } })) <= PICKER_LIST_ALL_UP_TO;
    if (listedAll) where = { AND: scoped };
  }
  if (!where) return { searched: false, queryTooShort, pupils: [], truncated: false };

  const found = where;
  return auditedRead(
    actor,
    {
      action: "pupil.search",
      entityType: "Pupil",
      purpose: CONCERN_PURPOSE,
      // The criteria, never who was found.
      details: {
        q: query ?? null,
        classId: criteria.classId ?? null,
        pupilId: criteria.pupilId ?? null,
        listedAll,
      },
    },
    async (tx) => {
      const rows = await tx.pupil.findMany({
        where: found,
        orderBy: [
          { class: { grade: "asc" } },
          { class: { letter: "asc" } },
          { lastName: "asc" },
          { firstName: "asc" },
          { id: "asc" },
        ],
        take: PICKER_LIMIT + 1,
        select: pupilLabelSelect,
      });
      return {
        searched: true,
        queryTooShort,
        pupils: rows.slice(0, PICKER_LIMIT).map(toPupilLabel),
        truncated: rows.length > PICKER_LIMIT,
      };
    },
  );
}
