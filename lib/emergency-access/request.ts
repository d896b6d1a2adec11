/**
 * Asking for emergency access (nødadgang) to one pupil's record, and ending it early. Only a
 * fixed forum member of the school may ask, only for a pupil of that school, and only with a
 * reason; the access runs for EMERGENCY_ACCESS_HOURS and widens reading only
 * (policy.caseEntryReadScope). Start and end are audited with the access's id.
 */
import "server-only";
import { z } from "zod";
import { auditedWrite } from "@/lib/audit";
import {
  assertCan,
  canRequestEmergencyAccess,
  emergencyAccessRequestScope,
  emergencyGrantFor,
  ForbiddenError,
  ownEmergencyAccessScope,
  type Actor,
} from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { emergencyAccessHours } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { id } from "@/lib/validation";

export const EMERGENCY_CATEGORIES = [
  "CHILD_SAFETY",
  "SELF_HARM",
  "VIOLENCE_OR_ABUSE",
  "OTHER",
] as const;

export const REASON_MIN = 20;
export const REASON_MAX = 2000;

export const requestEmergencyAccessInput = z.object({
  pupilId: id(),
  category: z.enum(EMERGENCY_CATEGORIES, { error: "validation.choose" }),
  reason: z
    .string({ error: "validation.required" })
    .trim()
    .min(1, { error: "validation.required" })
    .min(REASON_MIN, { error: "validation.tooShort" })
    .max(REASON_MAX, { error: "validation.tooLong" }),
});

export const endEmergencyAccessInput = z.object({ id: id() });

/** How long a new emergency access runs, from EMERGENCY_ACCESS_HOURS (default 24). */
export function emergencyAccessDurationHours(): number {
  return emergencyAccessHours.parse(process.env.EMERGENCY_ACCESS_HOURS || undefined);
}

export type EmergencyAccessCandidate = { id: string; name: string; className: string | null };

/**
 * The pupil the form is about, as the actor could already find them in the pupil search —
 * nothing more. "Not found" for anyone who may not ask, and for pupils of other schools.
 */
export async function getEmergencyAccessCandidate(
  actor: Actor,
  pupilId: string,
): Promise<EmergencyAccessCandidate> {
  if (!canRequestEmergencyAccess(actor) || !z.uuid().safeParse(pupilId).success)
    throw new NotFoundError("pupil");
  const pupil = await db.pupil.findFirst({
    where: { AND: [{ id: pupilId }, emergencyAccessRequestScope(actor)] },
    select: { id: true, firstName: true, lastName: true, class: true },
  });
  if (!pupil) throw new NotFoundError("pupil");
  return {
    id: pupil.id,
    name: `${pupil.firstName} ${pupil.lastName}`,
    className: pupil.class ? `${pupil.class.grade}.${pupil.class.letter}` : null,
  };
}

/**
 * Start an emergency access. A running one for the same pupil is returned as it is (the form is
 * not offered while one runs). The grant and its audit row land together or not at all.
 */
export async function requestEmergencyAccess(
  actor: Actor,
  input: z.output<typeof requestEmergencyAccessInput>,
  now = new Date(),
): Promise<{ id: string; expiresAt: Date }> {
  assertCan(actor, "emergency-access:request");
  if (!canRequestEmergencyAccess(actor)) throw new ForbiddenError("emergency-access:request");
  const running = emergencyGrantFor(actor, input.pupilId, now);
  if (running) return { id: running.id, expiresAt: running.expiresAt };
  const expiresAt = new Date(now.getTime() + emergencyAccessDurationHours() * 3_600_000);
  return auditedWrite(
    actor,
    (grant) => ({
      action: "emergency-access.start",
      pupilId: input.pupilId,
      entityType: "EmergencyAccess",
      entityId: grant.id,
      purpose: "emergency-access",
      // The reason stays in the grant (shown to leadership); the trail holds ids and the category.
      details: {
        emergencyAccessId: grant.id,
        category: input.category,
        expiresAt: expiresAt.toISOString(),
      },
    }),
    async (tx) => {
      const pupil = await tx.pupil.findFirst({
        where: { AND: [{ id: input.pupilId }, emergencyAccessRequestScope(actor)] },
        select: { id: true },
      });
      if (!pupil) throw new NotFoundError("pupil");
      return tx.emergencyAccess.create({
        data: {
          schoolId: actor.schoolId,
          pupilId: pupil.id,
          userId: actor.userId,
          roles: [...actor.roles],
          category: input.category,
          reason: input.reason,
          startedAt: now,
          expiresAt,
        },
        select: { id: true, expiresAt: true },
      });
    },
  );
}

/** End one's own running emergency access before it runs out. */
export async function endEmergencyAccess(
  actor: Actor,
  input: z.output<typeof endEmergencyAccessInput>,
  now = new Date(),
): Promise<{ pupilId: string }> {
  assertCan(actor, "emergency-access:request");
  return auditedWrite(
    actor,
    (grant) => ({
      action: "emergency-access.end",
      pupilId: grant.pupilId,
      entityType: "EmergencyAccess",
      entityId: input.id,
      purpose: "emergency-access",
      details: { emergencyAccessId: input.id, how: "ENDED_BY_USER", endedAt: now.toISOString() },
    }),
    async (tx) => {
      const where = {
        AND: [
          { id: input.id, endedAt: null, expiresAt: { gt: now } },
          ownEmergencyAccessScope(actor),
        ],
      };
      const grant = await tx.emergencyAccess.findFirst({ where, select: { pupilId: true } });
      if (!grant) throw new NotFoundError("emergency access");
      const updated = await tx.emergencyAccess.updateMany({
        where,
        data: { endedAt: now, endedHow: "ENDED_BY_USER", version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new NotFoundError("emergency access");
      return grant;
    },
  );
}
