/**
 * The actor's running emergency accesses, read once per request (lib/auth/session.ts puts them
 * on the Actor, where the policy's scopes see them), and the recording of their end.
 *
 * There is no scheduler: an access that has run out is closed — `endedAt` set to its expiry and
 * an "emergency-access.end" audit row written — the first time anything notices it: the
 * holder's next request, the leadership's review list, or `npm run emergency-access:sweep`
 * (for cron). The conditional update makes sure the end is recorded exactly once.
 */
import "server-only";
import { recordAudit } from "@/lib/audit";
import { canRequestEmergencyAccess, type Actor, type EmergencyGrant } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

type OpenGrant = EmergencyGrant & { schoolId: string; userId: string };

const openGrantSelect = {
  id: true,
  pupilId: true,
  expiresAt: true,
  schoolId: true,
  userId: true,
} as const;

/** The user's grants at the school that are still running; run-out ones are closed on the way. */
export async function loadEmergencyGrants(
  userId: string,
  schoolId: string,
  now = new Date(),
): Promise<EmergencyGrant[]> {
  const open = await db.emergencyAccess.findMany({
    where: { userId, schoolId, endedAt: null },
    select: openGrantSelect,
  });
  const expired = open.filter((grant) => grant.expiresAt <= now);
  if (expired.length > 0) await recordExpiries(expired, "request");
  return open
    .filter((grant) => grant.expiresAt > now)
    .map(({ id, pupilId, expiresAt }) => ({ id, pupilId, expiresAt }));
}

/** The actor with their running grants, as getActor builds it (also for tests). */
export async function withEmergencyGrants(actor: Actor, now = new Date()): Promise<Actor> {
  if (!canRequestEmergencyAccess(actor)) return actor;
  return {
    ...actor,
    emergencyAccess: await loadEmergencyGrants(actor.userId, actor.schoolId, now),
  };
}

/**
 * Close every access that has run out (of one school, or all): the sweep behind
 * `npm run emergency-access:sweep` and the review list. Returns how many it closed.
 */
export async function endExpiredEmergencyAccess(
  options: { schoolId?: string; now?: Date; observedBy?: "sweep" | "review-list" } = {},
): Promise<number> {
  const where: Prisma.EmergencyAccessWhereInput = {
    endedAt: null,
    expiresAt: { lte: options.now ?? new Date() },
    ...(options.schoolId ? { schoolId: options.schoolId } : {}),
  };
  const expired = await db.emergencyAccess.findMany({ where, select: openGrantSelect });
  return recordExpiries(expired, options.observedBy ?? "sweep");
}

async function recordExpiries(grants: OpenGrant[], observedBy: string): Promise<number> {
  let closed = 0;
  for (const grant of grants) {
    const ended = await db.$transaction(async (tx) => {
      const updated = await tx.emergencyAccess.updateMany({
        where: { id: grant.id, endedAt: null },
        data: { endedAt: grant.expiresAt, endedHow: "EXPIRED", version: { increment: 1 } },
      });
      if (updated.count === 0) return false; // someone else recorded it first
      await recordAudit(
        tx,
        { userId: grant.userId, schoolId: grant.schoolId },
        {
          action: "emergency-access.end",
          pupilId: grant.pupilId,
          entityType: "EmergencyAccess",
          entityId: grant.id,
          purpose: "emergency-access",
          details: {
            emergencyAccessId: grant.id,
            how: "EXPIRED",
            endedAt: grant.expiresAt.toISOString(),
            observedBy,
          },
        },
      );
      return true;
    });
    if (ended) closed++;
  }
  return closed;
}
