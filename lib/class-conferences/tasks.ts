/**
 * The trivselsperson's tasks for the coming period, decided class by class at a class
 * conference. Each is an `Action` with the review it came from and a responsible member of staff
 * (by default whoever writes it), so it appears on their worklist and under "Mine opgaver".
 */
import "server-only";
import { z } from "zod";
import { auditedWrite } from "@/lib/audit";
import {
  assertCan,
  assignableStaffScope,
  classConferenceReviewScope,
  classConferenceTaskScope,
  schoolScope,
  type Actor,
} from "@/lib/auth/policy";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { assertVersionedUpdate, nextVersion } from "@/lib/db/versioned";
import type { Role } from "@/lib/generated/prisma/enums";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import { day, id, text, version } from "@/lib/validation";

function notInPast(date: Date): boolean {
  return date.getTime() >= todayInDenmark().getTime();
}

export const addConferenceTaskInput = z.object({
  reviewId: id(),
  description: text(1000),
  dueOn: day().refine(notInPast, { error: "conferences.errors.dueInPast" }),
  /** Blank: the one writing the task. */
  responsibleUserId: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .pipe(z.uuid({ error: "validation.choose" }).nullable()),
});

export const cancelConferenceTaskInput = z.object({ id: id(), version: version() });

export type ResponsibleOption = { id: string; name: string; roles: Role[] };

/** Who can own a task: the school's active staff other than administrators, by name. */
export async function listResponsibleOptions(actor: Actor): Promise<ResponsibleOption[]> {
  assertCan(actor, "class-conference:manage");
  const users = await db.user.findMany({
    where: assignableStaffScope(actor),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      roles: { where: schoolScope(actor), select: { role: true }, orderBy: { role: "asc" } },
    },
  });
  return users.map((user) => ({ ...user, roles: user.roles.map(({ role }) => role) }));
}

export async function addConferenceTask(
  actor: Actor,
  input: z.output<typeof addConferenceTaskInput>,
): Promise<{ id: string }> {
  assertCan(actor, "class-conference:manage");
  const responsibleUserId = input.responsibleUserId ?? actor.userId;
  return auditedWrite<{ id: string }>(
    actor,
    (created) => ({
      action: "class-conference.task.create",
      entityType: "Action",
      entityId: created.id,
      details: { reviewId: input.reviewId, responsibleUserId, dueOn: isoDay(input.dueOn) },
    }),
    async (tx) => {
      const review = await tx.classConferenceReview.findFirst({
        where: { AND: [{ id: input.reviewId }, classConferenceReviewScope(actor)] },
        select: { id: true },
      });
      if (!review) throw new NotFoundError("classConferenceReview");
      // The responsible user id came from the browser: staff of this school who can be given work.
      const responsible = await tx.user.findFirst({
        where: { AND: [{ id: responsibleUserId }, assignableStaffScope(actor)] },
        select: { id: true },
      });
      if (!responsible)
        throw new DomainValidationError(
          "responsibleUserId",
          "conferences.errors.responsibleNotStaff",
        );
      return tx.action.create({
        data: {
          schoolId: actor.schoolId,
          reviewId: review.id,
          description: input.description,
          responsibleKind: "USER",
          responsibleUserId,
          dueOn: input.dueOn,
          status: "OPEN",
        },
        select: { id: true },
      });
    },
  );
}

/** An open task that is no longer needed is cancelled, not deleted: the trail stays readable. */
export async function cancelConferenceTask(
  actor: Actor,
  input: z.output<typeof cancelConferenceTaskInput>,
): Promise<void> {
  assertCan(actor, "class-conference:manage");
  await auditedWrite(
    actor,
    { action: "class-conference.task.cancel", entityType: "Action", entityId: input.id },
    async (tx) => {
      const inScope = { AND: [{ id: input.id }, classConferenceTaskScope(actor)] };
      const updated = await tx.action.updateMany({
        where: { AND: [inScope, { version: input.version, status: "OPEN" }] },
        data: { status: "CANCELLED", ...nextVersion },
      });
      await assertVersionedUpdate(updated, "action", () =>
        tx.action.findFirst({ where: inScope, select: { id: true } }),
      );
    },
  );
}
