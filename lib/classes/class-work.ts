/**
 * The trivselsperson's class work (klassearbejde): what was done with a class — "Den gode
 * klasse", language, social media, follow-up on the wellbeing survey — and what was observed.
 * One entry per session, on the class's log. Entries are about the class, never a named pupil.
 */
import "server-only";
import { z } from "zod";
import { auditedWrite } from "@/lib/audit";
import { assertCan, classScope, classWorkScope, type Actor } from "@/lib/auth/policy";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { assertVersionedUpdate, nextVersion } from "@/lib/db/versioned";
import { NotFoundError } from "@/lib/errors";
import { day, id, optionalText, text, version } from "@/lib/validation";

function notInFuture(date: Date): boolean {
  return date.getTime() <= todayInDenmark().getTime();
}

const classWorkFields = z.object({
  heldOn: day().refine(notInFuture, { error: "validation.dateInFuture" }),
  title: text(200),
  description: text(5000),
  observations: optionalText(5000),
});

export const logClassWorkInput = classWorkFields.extend({ classId: id() });
export const updateClassWorkInput = classWorkFields.extend({ id: id(), version: version() });

/** Logs class work in one of the school's classes. */
export async function logClassWork(
  actor: Actor,
  input: z.output<typeof logClassWorkInput>,
): Promise<{ id: string }> {
  assertCan(actor, "class-work:manage");
  const { classId, ...data } = input;
  return auditedWrite<{ id: string }>(
    actor,
    (created) => ({
      action: "class-work.create",
      entityType: "ClassWork",
      entityId: created.id,
      details: { classId, heldOn: isoDay(data.heldOn) },
    }),
    async (tx) => {
      // The class id came from the browser: it must be a class of the actor's school.
      const found = await tx.class.findFirst({
        where: { AND: [{ id: classId }, classScope(actor)] },
        select: { id: true },
      });
      if (!found) throw new NotFoundError("class");
      return tx.classWork.create({
        data: { ...data, classId, schoolId: actor.schoolId, authorId: actor.userId },
        select: { id: true },
      });
    },
  );
}

/** Edits an entry of the log; refused when someone else saved it since it was read. */
export async function updateClassWork(
  actor: Actor,
  input: z.output<typeof updateClassWorkInput>,
): Promise<{ classId: string }> {
  assertCan(actor, "class-work:manage");
  const { id: classWorkId, version: readVersion, ...data } = input;
  return auditedWrite<{ classId: string }>(
    actor,
    (result) => ({
      action: "class-work.update",
      entityType: "ClassWork",
      entityId: classWorkId,
      details: { classId: result.classId, heldOn: isoDay(data.heldOn) },
    }),
    async (tx) => {
      const inScope = { AND: [{ id: classWorkId }, classWorkScope(actor)] };
      const updated = await tx.classWork.updateMany({
        where: { AND: [inScope, { version: readVersion }] },
        data: { ...data, ...nextVersion },
      });
      await assertVersionedUpdate(updated, "classWork", () =>
        tx.classWork.findFirst({ where: inScope, select: { id: true } }),
      );
      const { classId } = await tx.classWork.findFirstOrThrow({
        where: inScope,
        select: { classId: true },
      });
      return { classId };
    },
  );
}
