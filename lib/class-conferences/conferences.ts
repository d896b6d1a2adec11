/**
 * Class conferences (klassekonferencer): the trivselsperson walks through every class of the
 * school year — how the class works as a whole, its focus pupils, and her tasks for the coming
 * period. Creating a conference creates one review per active class, in grade and letter order.
 */
import "server-only";
import { z } from "zod";
import { className, currentSchoolYear } from "@/lib/admin/classes";
import { auditedWrite } from "@/lib/audit";
import { assertCan, classConferenceScope, classScope, type Actor } from "@/lib/auth/policy";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import { createTranslator, messagesFor } from "@/lib/i18n";
import { day, optionalText } from "@/lib/validation";
import { defaultConferenceTitle } from "./title";

export const createConferenceInput = z.object({
  /** Blank: "Klassekonference <efterår/forår> <year>". */
  title: optionalText(200),
  heldOn: day(),
});

export type ConferenceRow = {
  id: string;
  title: string;
  heldOn: string;
  schoolYear: string;
  classCount: number;
  reviewedCount: number;
  focusPupilCount: number;
  openTaskCount: number;
};

export type ReviewSummary = {
  id: string;
  classId: string;
  className: string;
  /** ISO timestamp of "Marker som gennemgået", or null while not reviewed. */
  reviewedAt: string | null;
  /** Something has been written about the class, even if not marked as reviewed. */
  started: boolean;
  focusPupilCount: number;
  taskCount: number;
};

export type ConferenceOverview = {
  id: string;
  title: string;
  heldOn: string;
  schoolYear: string;
  createdByName: string;
  reviews: ReviewSummary[];
};

/** Reviews in the order the conference walks through them. */
export const reviewOrder = [{ class: { grade: "asc" } }, { class: { letter: "asc" } }] as const;

/** Tasks that still count: open or done, not cancelled. */
const liveTasks = { status: { not: "CANCELLED" } } as const;

/** The school's class conferences, the latest first, with how far each has come. */
export async function listConferences(actor: Actor): Promise<ConferenceRow[]> {
  assertCan(actor, "class-conference:manage");
  const conferences = await db.classConference.findMany({
    where: classConferenceScope(actor),
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      title: true,
      heldOn: true,
      schoolYear: true,
      reviews: {
        select: {
          reviewedAt: true,
          _count: {
            select: { focusPupils: true, tasks: { where: { status: "OPEN" } } },
          },
        },
      },
    },
  });
  return conferences.map(({ reviews, heldOn, ...conference }) => ({
    ...conference,
    heldOn: isoDay(heldOn),
    classCount: reviews.length,
    reviewedCount: reviews.filter((review) => review.reviewedAt).length,
    focusPupilCount: reviews.reduce((sum, review) => sum + review._count.focusPupils, 0),
    openTaskCount: reviews.reduce((sum, review) => sum + review._count.tasks, 0),
  }));
}

/**
 * A new conference for the school year of `heldOn`, with one review for each of that year's
 * active classes. Refused when the school has no such classes.
 */
export async function createConference(
  actor: Actor,
  input: z.output<typeof createConferenceInput>,
): Promise<{ id: string }> {
  assertCan(actor, "class-conference:manage");
  const schoolYear = currentSchoolYear(input.heldOn);
  // Stored in the school's language, whatever the language of the one who created it.
  const title =
    input.title ?? defaultConferenceTitle(input.heldOn, createTranslator(messagesFor("da")));
  return auditedWrite<{ id: string; classCount: number }>(
    actor,
    (created) => ({
      action: "class-conference.create",
      entityType: "ClassConference",
      entityId: created.id,
      details: { schoolYear, heldOn: isoDay(input.heldOn), classCount: created.classCount },
    }),
    async (tx) => {
      const classes = await tx.class.findMany({
        where: { AND: [classScope(actor), { active: true, schoolYear }] },
        orderBy: [{ grade: "asc" }, { letter: "asc" }],
        select: { id: true },
      });
      if (classes.length === 0)
        throw new DomainValidationError("heldOn", "conferences.errors.noClasses", { schoolYear });
      const conference = await tx.classConference.create({
        data: {
          schoolId: actor.schoolId,
          schoolYear,
          heldOn: input.heldOn,
          title,
          createdById: actor.userId,
        },
        select: { id: true },
      });
      await tx.classConferenceReview.createMany({
        data: classes.map((row) => ({ conferenceId: conference.id, classId: row.id })),
      });
      return { id: conference.id, classCount: classes.length };
    },
  ).then(({ id }) => ({ id }));
}

/** The conference's overview: every class with its review status, focus pupils and tasks. */
export async function getConference(
  actor: Actor,
  conferenceId: string,
): Promise<ConferenceOverview> {
  assertCan(actor, "class-conference:manage");
  const conference = z.uuid().safeParse(conferenceId).success
    ? await db.classConference.findFirst({
        where: { AND: [{ id: conferenceId }, classConferenceScope(actor)] },
        select: {
          id: true,
          title: true,
          heldOn: true,
          schoolYear: true,
          createdBy: { select: { name: true } },
          reviews: {
            orderBy: [...reviewOrder],
            select: {
              id: true,
              classId: true,
              class: { select: { grade: true, letter: true } },
              howClassWorks: true,
              notes: true,
              reviewedAt: true,
              _count: { select: { focusPupils: true, tasks: { where: liveTasks } } },
            },
          },
        },
      })
    : null;
  if (!conference) throw new NotFoundError("classConference");
  const { createdBy, heldOn, reviews, ...rest } = conference;
  return {
    ...rest,
    heldOn: isoDay(heldOn),
    createdByName: createdBy.name,
    reviews: reviews.map((review) => ({
      id: review.id,
      classId: review.classId,
      className: className(review.class),
      reviewedAt: review.reviewedAt?.toISOString() ?? null,
      started:
        !!review.howClassWorks ||
        !!review.notes ||
        review._count.focusPupils > 0 ||
        review._count.tasks > 0,
      focusPupilCount: review._count.focusPupils,
      taskCount: review._count.tasks,
    })),
  };
}
