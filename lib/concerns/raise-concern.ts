/**
 * Raising a concern (melde en bekymring): the teacher's main screen. The pupil must be one the
 * raiser may find (a teacher: the pupils of their own classes); anything else is "not found" and
 * nothing is written. The concern lands as NEW on the trivselsperson's worklist.
 */
import "server-only";
import { sentAgainSince, takeTurn } from "@/lib/actions/sent-again";
import { auditedWrite } from "@/lib/audit";
import { assertCan, pupilScope, type Actor } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import type { ConcernSource } from "@/lib/generated/prisma/enums";
import type { RaiseConcernInput } from "./schemas";
import { CONCERN_PURPOSE } from "./shared";

/** Where a concern comes from when the raiser does not say: their own role. */
export function defaultSourceFor(actor: Pick<Actor, "roles">): ConcernSource {
  if (actor.roles.includes("TRIVSELSPERSON")) return "TRIVSELSPERSON";
  if (actor.roles.includes("TEACHER")) return "TEACHER";
  return "OTHER";
}

export async function raiseConcern(
  actor: Actor,
  input: RaiseConcernInput,
): Promise<{ id: string }> {
  assertCan(actor, "concern:create");
  const { id } = await auditedWrite<{ id: string; sentAgain: boolean }>(
    actor,
    (created) => ({
      // The same concern sent again creates nothing; the attempt is in the trail all the same.
      action: created.sentAgain ? "concern.create.sent-again" : "concern.create",
      pupilId: input.pupilId,
      entityType: "Concern",
      entityId: created.id,
      purpose: CONCERN_PURPOSE,
    }),
    async (tx) => {
      // The pupil id came from the browser: it must be a current pupil the raiser may find.
      const pupil = await tx.pupil.findFirst({
        where: { AND: [{ id: input.pupilId, active: true }, pupilScope(actor)] },
        select: { id: true },
      });
      if (!pupil) throw new NotFoundError("pupil");
      await takeTurn(tx, "concern", actor, pupil.id);
      const source = input.source ?? defaultSourceFor(actor);
      const earlier = await tx.concern.findFirst({
        where: {
          schoolId: actor.schoolId,
          pupilId: pupil.id,
          raisedById: actor.userId,
          createdAt: { gte: sentAgainSince() },
          source,
          noticedBy: input.noticedBy,
          categories: { equals: input.categories },
          level: input.level,
          description: input.description,
        },
        select: { id: true },
      });
      if (earlier) return { id: earlier.id, sentAgain: true };
      const created = await tx.concern.create({
        data: {
          schoolId: actor.schoolId,
          pupilId: pupil.id,
          raisedById: actor.userId,
          source,
          noticedBy: input.noticedBy,
          categories: input.categories,
          level: input.level,
          description: input.description,
        },
        select: { id: true },
      });
      return { id: created.id, sentAgain: false };
    },
  );
  return { id };
}
