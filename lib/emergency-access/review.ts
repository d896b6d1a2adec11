/**
 * The leadership's review of emergency accesses: every access of the school lands in a list,
 * newest unreviewed first, and stays "waiting for review" (the notice on the dashboard) until a
 * leader marks it reviewed with a comment. Nobody reviews their own access. Reading the list is
 * audited per pupil (it names pupils and the reasons given about them).
 */
import "server-only";
import { z } from "zod";
import { auditedRead, auditedWrite, recordPupilReads } from "@/lib/audit";
import { assertCan, emergencyAccessReviewScope, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { DomainValidationError, NotFoundError, StaleVersionError } from "@/lib/errors";
import type {
  EmergencyAccessCategory,
  EmergencyAccessEnd,
  Role,
} from "@/lib/generated/prisma/enums";
import { id, version } from "@/lib/validation";
import { endExpiredEmergencyAccess } from "./grants";

export const reviewEmergencyAccessInput = z.object({
  id: id(),
  version: version(),
  comment: z
    .string({ error: "validation.required" })
    .trim()
    .min(1, { error: "validation.required" })
    .max(2000, { error: "validation.tooLong" }),
});

export type EmergencyAccessRow = {
  id: string;
  userName: string;
  userId: string;
  roles: Role[];
  pupilId: string;
  pupilName: string;
  className: string | null;
  category: EmergencyAccessCategory;
  reason: string;
  startedAt: string;
  expiresAt: string;
  endedAt: string | null;
  endedHow: EmergencyAccessEnd | null;
  reviewedAt: string | null;
  reviewerName: string | null;
  reviewComment: string | null;
  version: number;
};

/** Emergency accesses waiting for review: the leadership's notice (no pupil named). */
export async function countPendingEmergencyReviews(actor: Actor): Promise<number> {
  assertCan(actor, "emergency-access:review");
  return db.emergencyAccess.count({
    where: { AND: [emergencyAccessReviewScope(actor), { reviewedAt: null }] },
  });
}

/** Every emergency access of the school: waiting ones first, then the reviewed, newest first. */
export async function listEmergencyAccess(actor: Actor): Promise<EmergencyAccessRow[]> {
  assertCan(actor, "emergency-access:review");
  // The list shows when each access ended: record the ones that ran out unnoticed first.
  await endExpiredEmergencyAccess({ schoolId: actor.schoolId, observedBy: "review-list" });
  const where = emergencyAccessReviewScope(actor);
  const pupilIds = (
    await db.emergencyAccess.findMany({ where, select: { pupilId: true }, distinct: ["pupilId"] })
  ).map((row) => row.pupilId);
  const rows = await auditedRead(
    actor,
    {
      action: "emergency-access.list",
      purpose: "emergency-access-review",
      details: { count: pupilIds.length },
    },
    async (tx) => {
      await recordPupilReads(
        tx,
        actor,
        { action: "emergency-access.review-list", purpose: "emergency-access-review" },
        pupilIds,
      );
      return tx.emergencyAccess.findMany({
        where,
        orderBy: [{ reviewedAt: { sort: "desc", nulls: "first" } }, { startedAt: "desc" }],
        take: 200,
        select: {
          id: true,
          userId: true,
          roles: true,
          user: { select: { name: true } },
          pupil: { select: { id: true, firstName: true, lastName: true, class: true } },
          category: true,
          reason: true,
          startedAt: true,
          expiresAt: true,
          endedAt: true,
          endedHow: true,
          reviewedAt: true,
          reviewedBy: { select: { name: true } },
          reviewComment: true,
          version: true,
        },
      });
    },
  );
  return rows.map((row) => ({
    id: row.id,
    userId: row.userId,
    userName: row.user.name,
    roles: row.roles,
    pupilId: row.pupil.id,
    pupilName: `${row.pupil.firstName} ${row.pupil.lastName}`,
    className: row.pupil.class ? `${row.pupil.class.grade}.${row.pupil.class.letter}` : null,
    category: row.category,
    reason: row.reason,
    startedAt: row.startedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    endedHow: row.endedHow,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewerName: row.reviewedBy?.name ?? null,
    reviewComment: row.reviewComment,
    version: row.version,
  }));
}

/** Mark an access reviewed, with the leader's comment. Once only; never one's own. */
export async function reviewEmergencyAccess(
  actor: Actor,
  input: z.output<typeof reviewEmergencyAccessInput>,
): Promise<{ id: string; pupilId: string }> {
  assertCan(actor, "emergency-access:review");
  return auditedWrite(
    actor,
    (grant) => ({
      action: "emergency-access.review",
      pupilId: grant.pupilId,
      entityType: "EmergencyAccess",
      entityId: input.id,
      purpose: "emergency-access-review",
      details: { emergencyAccessId: input.id },
    }),
    async (tx) => {
      const scope = { AND: [{ id: input.id }, emergencyAccessReviewScope(actor)] };
      const grant = await tx.emergencyAccess.findFirst({
        where: scope,
        select: { id: true, pupilId: true, userId: true, reviewedAt: true },
      });
      if (!grant) throw new NotFoundError("emergency access");
      if (grant.userId === actor.userId)
        throw new DomainValidationError("comment", "emergencyAccess.errors.ownAccess");
      if (grant.reviewedAt) throw new StaleVersionError("emergency access");
      const updated = await tx.emergencyAccess.updateMany({
        where: { AND: [scope, { reviewedAt: null, version: input.version }] },
        data: {
          reviewedAt: new Date(),
          reviewedById: actor.userId,
          reviewComment: input.comment,
          version: { increment: 1 },
        },
      });
      if (updated.count !== 1) throw new StaleVersionError("emergency access");
      return grant;
    },
  );
}
