/**
 * Finding a pupil to open their record: by name (every word must match the first or last name)
 * and/or class, within the actor's scope. The search is audited with its criteria, never with
 * the names it found.
 */
import "server-only";
import { z } from "zod";
import { auditedRead } from "@/lib/audit";
import {
  assertCan,
  classScope,
  pupilRecordScope,
  validForumConsentWhere,
  type Actor,
} from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { todayInDenmark } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";

export const pupilSearchInput = z.object({
  q: z.string().trim().max(100).optional().default(""),
  classId: z.uuid().optional().catch(undefined),
});

export type PupilSearch = z.output<typeof pupilSearchInput>;

export type PupilHit = {
  id: string;
  name: string;
  className: string | null;
  openConcerns: number;
  forumConsent: boolean;
};

export const PUPIL_SEARCH_LIMIT = 60;

export async function searchPupilRecords(actor: Actor, search: PupilSearch): Promise<PupilHit[]> {
  assertCan(actor, "pupil:open-record");
  const words = search.q.split(/\s+/).filter(Boolean);
  if (words.length === 0 && !search.classId) return [];
  const where: Prisma.PupilWhereInput = {
    ...pupilRecordScope(actor),
    active: true,
    ...(search.classId ? { classId: search.classId } : {}),
    AND: words.map((word) => ({
      OR: [
        { firstName: { contains: word, mode: "insensitive" as const } },
        { lastName: { contains: word, mode: "insensitive" as const } },
      ],
    })),
  };
  const today = todayInDenmark();
  const pupils = await auditedRead(
    actor,
    {
      action: "pupil.search",
      purpose: "pupil-search",
      details: { q: search.q, classId: search.classId ?? null },
    },
    (tx) =>
      tx.pupil.findMany({
        where,
        take: PUPIL_SEARCH_LIMIT,
        orderBy: [
          { class: { grade: "asc" } },
          { class: { letter: "asc" } },
          { lastName: "asc" },
          { firstName: "asc" },
        ],
        select: {
          id: true,
          firstName: true,
          lastName: true,
          class: { select: { grade: true, letter: true } },
          _count: { select: { concerns: { where: { status: { not: "CLOSED" } } } } },
          consents: { where: validForumConsentWhere(today), select: { id: true }, take: 1 },
        },
      }),
  );
  return pupils.map((pupil) => ({
    id: pupil.id,
    name: `${pupil.firstName} ${pupil.lastName}`,
    className: pupil.class ? `${pupil.class.grade}.${pupil.class.letter}` : null,
    openConcerns: pupil._count.concerns,
    forumConsent: pupil.consents.length > 0,
  }));
}

/** The school's active classes, for the class filter. */
export async function listClassChoices(actor: Actor): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "pupil:open-record");
  const classes = await db.class.findMany({
    where: { ...classScope(actor), active: true },
    orderBy: [{ grade: "asc" }, { letter: "asc" }],
    select: { id: true, grade: true, letter: true },
  });
  return classes.map((row) => ({ id: row.id, name: `${row.grade}.${row.letter}` }));
}

/** Staff of the school who can own a follow-up: everyone but teachers-only and admins-only. */
export async function listFollowUpOwners(actor: Actor): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "pupil:open-record");
  return db.user.findMany({
    where: {
      active: true,
      roles: {
        some: {
          schoolId: actor.schoolId,
          role: {
            in: ["TRIVSELSPERSON", "LEADERSHIP", "PPR", "HEALTH_NURSE", "FAMILY_COUNSELLOR", "SSP"],
          },
        },
      },
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
