/**
 * The two lists of concerns. The raiser's own ("mine bekymringer") shows each concern's status
 * and nothing behind it. The school's list, for those who handle concerns or oversee them
 * (`concern:read:all`), filters by status, level, category and class, newest first. Both write
 * one audit row per pupil shown, in the read's transaction.
 */
import "server-only";
import { recordPupilReads } from "@/lib/audit";
import { className } from "@/lib/admin/classes";
import { assertCan, classScope, concernScope, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConcernFilter } from "./schemas";
import {
  CONCERN_PURPOSE,
  concernRowSelect,
  concernStatusSelect,
  toConcernRow,
  toConcernStatusRow,
  type ConcernRow,
  type ConcernStatusRow,
} from "./shared";

export const CONCERNS_PER_PAGE = 50;

export type ConcernPage = {
  rows: ConcernRow[];
  total: number;
  page: number;
  pageSize: number;
};

const newestFirst = [
  { createdAt: "desc" },
  { id: "desc" },
] as const satisfies Prisma.ConcernOrderByWithRelationInput[];

/** The concerns the actor raised at the active school, newest first: status only. */
export async function listMyConcerns(actor: Actor): Promise<ConcernStatusRow[]> {
  assertCan(actor, "concern:read:own");
  return db.$transaction(async (tx) => {
    const rows = await tx.concern.findMany({
      // Raised by the actor, whatever else they may read: this is their own list.
      where: { AND: [concernScope(actor), { raisedById: actor.userId }] },
      orderBy: newestFirst,
      select: concernStatusSelect,
    });
    await recordPupilReads(
      tx,
      actor,
      { action: "concern.list-own", entityType: "Concern", purpose: CONCERN_PURPOSE },
      rows.map((row) => row.pupil.id),
    );
    return rows.map(toConcernStatusRow);
  });
}

function filterWhere(actor: Actor, filter: ConcernFilter): Prisma.ConcernWhereInput {
  const filters: Prisma.ConcernWhereInput[] = [concernScope(actor)];
  if (filter.status) filters.push({ status: filter.status });
  if (filter.level) filters.push({ level: filter.level });
  if (filter.category) filters.push({ categories: { has: filter.category } });
  if (filter.classId) filters.push({ pupil: { classId: filter.classId } });
  return { AND: filters };
}

/** One page of the school's concerns, filtered, newest first. */
export async function listSchoolConcerns(
  actor: Actor,
  filter: ConcernFilter,
): Promise<ConcernPage> {
  assertCan(actor, "concern:read:all");
  const where = filterWhere(actor, filter);
  return db.$transaction(async (tx) => {
    const total = await tx.concern.count({ where });
    const lastPage = Math.max(1, Math.ceil(total / CONCERNS_PER_PAGE));
    const page = Math.min(filter.page, lastPage);
    const rows = await tx.concern.findMany({
      where,
      orderBy: newestFirst,
      skip: (page - 1) * CONCERNS_PER_PAGE,
      take: CONCERNS_PER_PAGE,
      select: concernRowSelect,
    });
    await recordPupilReads(
      tx,
      actor,
      {
        action: "concern.list",
        entityType: "Concern",
        purpose: CONCERN_PURPOSE,
        details: {
          status: filter.status ?? null,
          level: filter.level ?? null,
          category: filter.category ?? null,
          classId: filter.classId ?? null,
          page,
        },
      },
      rows.map((row) => row.pupil.id),
    );
    return { rows: rows.map(toConcernRow), total, page, pageSize: CONCERNS_PER_PAGE };
  });
}

export type ClassFilterOption = { id: string; name: string };

/** The school's current classes for the class filter (names only, no pupil data). */
export async function listConcernClassFilter(actor: Actor): Promise<ClassFilterOption[]> {
  assertCan(actor, "concern:read:all");
  const classes = await db.class.findMany({
    where: { ...classScope(actor), active: true },
    orderBy: [{ grade: "asc" }, { letter: "asc" }, { schoolYear: "desc" }],
    select: { id: true, grade: true, letter: true },
  });
  return classes.map((row) => ({ id: row.id, name: className(row) }));
}
