/**
 * The trivselsperson's view of the school's classes: this school year's classes at a glance, and
 * one class with its class work log, its pupils, its focus pupils from the latest class
 * conference and the groups its pupils take part in.
 */
import "server-only";
import { z } from "zod";
import { className, currentSchoolYear } from "@/lib/admin/classes";
import { auditedRead, recordPupilReads } from "@/lib/audit";
import {
  assertCan,
  classConferenceReviewScope,
  classScope,
  classWorkScope,
  groupScope,
  pupilScope,
  type Actor,
} from "@/lib/auth/policy";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type { GroupKind } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";

export type PupilName = { id: string; firstName: string; lastName: string };

export type ClassOverviewRow = {
  id: string;
  name: string;
  pupilCount: number;
  teachers: string[];
  /** "YYYY-MM-DD" of the latest class work, if any. */
  latestClassWorkOn: string | null;
  /** Focus pupils of the class in the latest class conference that reviewed it. */
  focusPupilCount: number;
};

export type ClassWorkRow = {
  id: string;
  heldOn: string;
  title: string;
  description: string;
  observations: string | null;
  authorName: string;
  version: number;
};

export type FocusPupil = PupilName & { reason: string | null };

export type ClassFocus = {
  conferenceId: string;
  conferenceTitle: string;
  heldOn: string;
  pupils: FocusPupil[];
};

export type ClassGroup = {
  id: string;
  name: string;
  kind: GroupKind;
  /** How many of the class's pupils take part now. */
  pupilCount: number;
};

export type ClassDetail = {
  id: string;
  name: string;
  schoolYear: string;
  active: boolean;
  teachers: string[];
  pupils: PupilName[];
  classWork: ClassWorkRow[];
  focus: ClassFocus | null;
  groups: ClassGroup[];
};

const pupilNameSelect = { id: true, firstName: true, lastName: true } as const;
const byName = [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }] as const;
const latestConferenceFirst = [
  { conference: { heldOn: "desc" } },
  { conference: { createdAt: "desc" } },
] as const;

/** The school's active classes of the current school year, in grade and letter order. */
export async function listClassOverview(actor: Actor): Promise<ClassOverviewRow[]> {
  assertCan(actor, "class-work:manage");
  const classes = await db.class.findMany({
    where: {
      AND: [classScope(actor), { active: true, schoolYear: currentSchoolYear(todayInDenmark()) }],
    },
    orderBy: [{ grade: "asc" }, { letter: "asc" }],
    select: {
      id: true,
      grade: true,
      letter: true,
      _count: { select: { pupils: { where: { active: true } } } },
      teachers: {
        select: { user: { select: { name: true } } },
        orderBy: { user: { name: "asc" } },
      },
      classWork: {
        where: classWorkScope(actor),
        orderBy: { heldOn: "desc" },
        take: 1,
        select: { heldOn: true },
      },
      reviews: {
        where: classConferenceReviewScope(actor),
        orderBy: [...latestConferenceFirst],
        take: 1,
        select: { _count: { select: { focusPupils: true } } },
      },
    },
  });
  return classes.map((row) => ({
    id: row.id,
    name: className(row),
    pupilCount: row._count.pupils,
    teachers: row.teachers.map((teacher) => teacher.user.name),
    latestClassWorkOn: row.classWork[0] ? isoDay(row.classWork[0].heldOn) : null,
    focusPupilCount: row.reviews[0]?._count.focusPupils ?? 0,
  }));
}

/**
 * One class of the school. Opening it is logged; the focus pupils it names are logged one row per
 * pupil, so each pupil's access report shows who saw them named as a focus pupil.
 */
export async function getClassDetail(actor: Actor, classId: string): Promise<ClassDetail> {
  assertCan(actor, "class-work:manage");
  if (!z.uuid().safeParse(classId).success) throw new NotFoundError("class");
  return auditedRead(
    actor,
    { action: "class.read", entityType: "Class", entityId: classId, purpose: "class-work" },
    async (tx) => {
      const found = await tx.class.findFirst({
        where: { AND: [{ id: classId }, classScope(actor)] },
        select: {
          id: true,
          grade: true,
          letter: true,
          schoolYear: true,
          active: true,
          teachers: {
            select: { user: { select: { name: true } } },
            orderBy: { user: { name: "asc" } },
          },
        },
      });
      if (!found) throw new NotFoundError("class");

      // One after the other: the queries share the transaction's single connection.
      const pupils = await tx.pupil.findMany({
        where: { AND: [pupilScope(actor), { classId, active: true }] },
        orderBy: [...byName],
        select: pupilNameSelect,
      });
      const classWork = await tx.classWork.findMany({
        where: { AND: [classWorkScope(actor), { classId }] },
        orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          heldOn: true,
          title: true,
          description: true,
          observations: true,
          version: true,
          author: { select: { name: true } },
        },
      });
      const review = await tx.classConferenceReview.findFirst({
        where: { AND: [classConferenceReviewScope(actor), { classId }] },
        orderBy: [...latestConferenceFirst],
        select: {
          conference: { select: { id: true, title: true, heldOn: true } },
          focusPupils: {
            where: { pupil: pupilScope(actor) },
            orderBy: [{ pupil: { lastName: "asc" } }, { pupil: { firstName: "asc" } }],
            select: { reason: true, pupil: { select: pupilNameSelect } },
          },
        },
      });
      const groups = await tx.group.findMany({
        where: {
          AND: [
            groupScope(actor),
            { active: true, participants: { some: { leftOn: null, pupil: { classId } } } },
          ],
        },
        orderBy: [{ startsOn: "desc" }, { name: "asc" }],
        select: {
          id: true,
          name: true,
          kind: true,
          _count: {
            select: { participants: { where: { leftOn: null, pupil: { classId } } } },
          },
        },
      });

      const focusPupils = review?.focusPupils.map(({ reason, pupil }) => ({ ...pupil, reason }));
      if (focusPupils?.length) {
        await recordPupilReads(
          tx,
          actor,
          {
            action: "class-conference.focus-pupil.read",
            entityType: "Class",
            entityId: classId,
            purpose: "class-work",
          },
          focusPupils.map((pupil) => pupil.id),
        );
      }

      return {
        id: found.id,
        name: className(found),
        schoolYear: found.schoolYear,
        active: found.active,
        teachers: found.teachers.map((teacher) => teacher.user.name),
        pupils,
        classWork: classWork.map(({ heldOn, author, ...row }) => ({
          ...row,
          heldOn: isoDay(heldOn),
          authorName: author.name,
        })),
        focus: review
          ? {
              conferenceId: review.conference.id,
              conferenceTitle: review.conference.title,
              heldOn: isoDay(review.conference.heldOn),
              pupils: focusPupils ?? [],
            }
          : null,
        groups: groups.map(({ _count, ...group }) => ({
          ...group,
          pupilCount: _count.participants,
        })),
      };
    },
  );
}
