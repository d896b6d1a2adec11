/**
 * The walk-through of a class conference, one class at a time: how the class works as a whole,
 * notes, its focus pupils and the trivselsperson's tasks for the coming period. A review is
 * versioned: two people saving the same class at once do not overwrite each other.
 */
import "server-only";
import { z } from "zod";
import { className } from "@/lib/admin/classes";
import { auditedRead, auditedWrite, recordPupilReads } from "@/lib/audit";
import { assertCan, classConferenceReviewScope, pupilScope, type Actor } from "@/lib/auth/policy";
import { isoDay } from "@/lib/dates";
import { assertVersionedUpdate, nextVersion } from "@/lib/db/versioned";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";
import { id, optionalText, version } from "@/lib/validation";
import { reviewOrder } from "./conferences";
import { REVIEW_INTENTS } from "./intents";

export const saveReviewInput = z.object({
  id: id(),
  version: version(),
  howClassWorks: optionalText(5000),
  notes: optionalText(5000),
  intent: z.enum(REVIEW_INTENTS).catch("save"),
});

export type PupilName = { id: string; firstName: string; lastName: string };

export type ClassLink = { classId: string; className: string };

export type ReviewTask = {
  id: string;
  description: string;
  dueOn: string | null;
  status: ActionStatus;
  responsibleUserId: string | null;
  responsibleName: string | null;
  version: number;
};

export type ReviewDetail = {
  id: string;
  version: number;
  conferenceId: string;
  conferenceTitle: string;
  conferenceHeldOn: string;
  classId: string;
  className: string;
  howClassWorks: string | null;
  notes: string | null;
  reviewedAt: string | null;
  /** 1-based place of the class in the walk-through, and how many classes there are. */
  position: number;
  total: number;
  previous: ClassLink | null;
  next: ClassLink | null;
  /** The class's active pupils who are not focus pupils yet: the choices for a new one. */
  candidates: PupilName[];
  focusPupils: (PupilName & { reason: string | null })[];
  tasks: ReviewTask[];
};

const pupilNameSelect = { id: true, firstName: true, lastName: true } as const;

/**
 * One class of a conference for the walk-through. Audited: one row for the review, and one row
 * per focus pupil named on it.
 */
export async function getReview(
  actor: Actor,
  conferenceId: string,
  classId: string,
): Promise<ReviewDetail> {
  assertCan(actor, "class-conference:manage");
  if (!z.uuid().safeParse(conferenceId).success || !z.uuid().safeParse(classId).success)
    throw new NotFoundError("classConferenceReview");
  return auditedRead(
    actor,
    {
      action: "class-conference.review.read",
      entityType: "ClassConference",
      entityId: conferenceId,
      purpose: "class-conference",
      details: { classId },
    },
    async (tx) => {
      const review = await tx.classConferenceReview.findFirst({
        where: { AND: [{ conferenceId, classId }, classConferenceReviewScope(actor)] },
        select: {
          id: true,
          version: true,
          howClassWorks: true,
          notes: true,
          reviewedAt: true,
          conference: { select: { id: true, title: true, heldOn: true } },
          class: { select: { id: true, grade: true, letter: true } },
          focusPupils: {
            where: { pupil: pupilScope(actor) },
            orderBy: [{ pupil: { lastName: "asc" } }, { pupil: { firstName: "asc" } }],
            select: { reason: true, pupil: { select: pupilNameSelect } },
          },
          tasks: {
            orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
            select: {
              id: true,
              description: true,
              dueOn: true,
              status: true,
              responsibleUserId: true,
              responsibleUser: { select: { name: true } },
              version: true,
            },
          },
        },
      });
      if (!review) throw new NotFoundError("classConferenceReview");

      const order = (
        await tx.classConferenceReview.findMany({
          where: { AND: [{ conferenceId }, classConferenceReviewScope(actor)] },
          orderBy: [...reviewOrder],
          select: { classId: true, class: { select: { grade: true, letter: true } } },
        })
      ).map((row): ClassLink => ({ classId: row.classId, className: className(row.class) }));
      const index = order.findIndex((row) => row.classId === classId);

      const focusPupils = review.focusPupils.map(({ reason, pupil }) => ({ ...pupil, reason }));
      const focusIds = new Set(focusPupils.map((pupil) => pupil.id));
      const classPupils = await tx.pupil.findMany({
        where: { AND: [pupilScope(actor), { classId, active: true }] },
        orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
        select: pupilNameSelect,
      });

      await recordPupilReads(
        tx,
        actor,
        {
          action: "class-conference.focus-pupil.read",
          entityType: "ClassConferenceReview",
          entityId: review.id,
          purpose: "class-conference",
        },
        [...focusIds],
      );

      return {
        id: review.id,
        version: review.version,
        conferenceId: review.conference.id,
        conferenceTitle: review.conference.title,
        conferenceHeldOn: isoDay(review.conference.heldOn),
        classId: review.class.id,
        className: className(review.class),
        howClassWorks: review.howClassWorks,
        notes: review.notes,
        reviewedAt: review.reviewedAt?.toISOString() ?? null,
        position: index + 1,
        total: order.length,
        previous: order[index - 1] ?? null,
        next: order[index + 1] ?? null,
        candidates: classPupils.filter((pupil) => !focusIds.has(pupil.id)),
        focusPupils,
        tasks: review.tasks.map(({ dueOn, responsibleUser, ...task }) => ({
          ...task,
          dueOn: dueOn ? isoDay(dueOn) : null,
          responsibleName: responsibleUser?.name ?? null,
        })),
      };
    },
  );
}

/**
 * Saves how the class works and the notes; "reviewed" also marks the class as gone through (the
 * first time only), "reopen" takes the mark away. Answers where the walk-through goes next.
 */
export async function saveReview(
  actor: Actor,
  input: z.output<typeof saveReviewInput>,
): Promise<{ conferenceId: string; classId: string; nextClassId: string | null }> {
  assertCan(actor, "class-conference:manage");
  const { id: reviewId, version: readVersion, intent, ...data } = input;
  return auditedWrite(
    actor,
    (result) => ({
      action: "class-conference.review.update",
      entityType: "ClassConferenceReview",
      entityId: reviewId,
      details: { conferenceId: result.conferenceId, classId: result.classId, intent },
    }),
    async (tx) => {
      const inScope = { AND: [{ id: reviewId }, classConferenceReviewScope(actor)] };
      const current = await tx.classConferenceReview.findFirst({
        where: inScope,
        select: { conferenceId: true, classId: true, reviewedAt: true },
      });
      if (!current) throw new NotFoundError("classConferenceReview");
      const reviewedAt =
        intent === "reviewed"
          ? (current.reviewedAt ?? new Date())
          : intent === "reopen"
            ? null
            : current.reviewedAt;
      const updated = await tx.classConferenceReview.updateMany({
        where: { AND: [inScope, { version: readVersion }] },
        data: { ...data, reviewedAt, ...nextVersion },
      });
      await assertVersionedUpdate(updated, "classConferenceReview", () =>
        tx.classConferenceReview.findFirst({ where: inScope, select: { id: true } }),
      );
      const order = await tx.classConferenceReview.findMany({
        where: { AND: [{ conferenceId: current.conferenceId }, classConferenceReviewScope(actor)] },
        orderBy: [...reviewOrder],
        select: { classId: true },
      });
      const index = order.findIndex((row) => row.classId === current.classId);
      return {
        conferenceId: current.conferenceId,
        classId: current.classId,
        nextClassId: order[index + 1]?.classId ?? null,
      };
    },
  );
}
