/**
 * Focus pupils (fokuselever) of a class in a class conference: pupils of that class the
 * trivselsperson keeps an eye on in the coming period, each with a short reason.
 */
import "server-only";
import { z } from "zod";
import { auditedWrite } from "@/lib/audit";
import { assertCan, classConferenceReviewScope, pupilScope, type Actor } from "@/lib/auth/policy";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import { id, text } from "@/lib/validation";

export const addFocusPupilInput = z.object({
  reviewId: id(),
  pupilId: z.uuid({ error: "validation.choose" }),
  reason: text(500),
});

export const removeFocusPupilInput = z.object({ reviewId: id(), pupilId: id() });

/** Adds a pupil of the reviewed class as a focus pupil. A pupil of any other class is not found. */
export async function addFocusPupil(
  actor: Actor,
  input: z.output<typeof addFocusPupilInput>,
): Promise<void> {
  assertCan(actor, "class-conference:manage");
  const { reviewId, pupilId, reason } = input;
  await auditedWrite(
    actor,
    {
      action: "class-conference.focus-pupil.add",
      pupilId,
      entityType: "ClassConferenceReview",
      entityId: reviewId,
    },
    async (tx) => {
      const review = await tx.classConferenceReview.findFirst({
        where: { AND: [{ id: reviewId }, classConferenceReviewScope(actor)] },
        select: { classId: true },
      });
      if (!review) throw new NotFoundError("classConferenceReview");
      // The pupil id came from the browser: an active pupil of this very class, at this school.
      const pupil = await tx.pupil.findFirst({
        where: { AND: [{ id: pupilId, classId: review.classId, active: true }, pupilScope(actor)] },
        select: { id: true },
      });
      if (!pupil) throw new NotFoundError("pupil");
      const existing = await tx.classConferenceFocusPupil.findUnique({
        where: { reviewId_pupilId: { reviewId, pupilId } },
        select: { pupilId: true },
      });
      if (existing) throw new DomainValidationError("pupilId", "conferences.errors.alreadyFocus");
      await tx.classConferenceFocusPupil.create({ data: { reviewId, pupilId, reason } });
    },
  );
}

export async function removeFocusPupil(
  actor: Actor,
  input: z.output<typeof removeFocusPupilInput>,
): Promise<void> {
  assertCan(actor, "class-conference:manage");
  const { reviewId, pupilId } = input;
  await auditedWrite(
    actor,
    {
      action: "class-conference.focus-pupil.remove",
      pupilId,
      entityType: "ClassConferenceReview",
      entityId: reviewId,
    },
    async (tx) => {
      const removed = await tx.classConferenceFocusPupil.deleteMany({
        where: { reviewId, pupilId, review: classConferenceReviewScope(actor) },
      });
      if (removed.count === 0) throw new NotFoundError("focusPupil");
    },
  );
}
