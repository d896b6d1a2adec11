/**
 * The trivselsperson's handling of a concern (`concern:manage`): its status and its tovholder,
 * as one versioned edit. A concern moves NEW → IN_PROGRESS → ON_FORUM → CLOSED; steps may be
 * skipped and a closed concern reopened, but once handled it never goes back to NEW. The first
 * move away from NEW stamps `firstActionAt` (the dashboard's "time from concern to first
 * action"), once; closing stamps `closedAt`, reopening clears it.
 */
import "server-only";
import { auditedWrite } from "@/lib/audit";
import { assertCan, concernCoordinatorScope, concernScope, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { assertVersionedUpdate, nextVersion } from "@/lib/db/versioned";
import { DomainValidationError, NotFoundError, StaleVersionError } from "@/lib/errors";
import type { ConcernStatus } from "@/lib/generated/prisma/enums";
import type { ManageConcernInput } from "./schemas";
import { CONCERN_PURPOSE } from "./shared";

export type CoordinatorOption = { id: string; name: string };

/** The school's trivselspersons, who may be a concern's tovholder. */
export async function listCoordinatorOptions(actor: Actor): Promise<CoordinatorOption[]> {
  assertCan(actor, "concern:manage");
  return db.user.findMany({
    where: concernCoordinatorScope(actor),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}

type Change = { pupilId: string; from: ConcernStatus; to: ConcernStatus; coordinator: boolean };

export async function manageConcern(actor: Actor, input: ManageConcernInput): Promise<void> {
  assertCan(actor, "concern:manage");
  await auditedWrite<Change>(
    actor,
    (change) => ({
      action: "concern.update",
      pupilId: change.pupilId,
      entityType: "Concern",
      entityId: input.id,
      purpose: CONCERN_PURPOSE,
      details: { from: change.from, to: change.to, coordinatorChanged: change.coordinator },
    }),
    async (tx) => {
      const where = { AND: [{ id: input.id }, concernScope(actor)] };
      const current = await tx.concern.findFirst({
        where,
        select: {
          pupilId: true,
          status: true,
          coordinatorId: true,
          firstActionAt: true,
          closedAt: true,
          version: true,
        },
      });
      if (!current) throw new NotFoundError("concern");
      if (current.version !== input.version) throw new StaleVersionError("concern");
      if (input.status === "NEW" && current.status !== "NEW")
        throw new DomainValidationError("status", "concerns.errors.backToNew");

      // The tovholder came from the browser: it must be one of the school's trivselspersons.
      // A tovholder who has since left the role stays until someone changes it.
      if (input.coordinatorId && input.coordinatorId !== current.coordinatorId) {
        const candidate = await tx.user.findFirst({
          where: { AND: [{ id: input.coordinatorId }, concernCoordinatorScope(actor)] },
          select: { id: true },
        });
        if (!candidate)
          throw new DomainValidationError("coordinatorId", "concerns.errors.coordinator");
      }

      const now = new Date();
      const updated = await tx.concern.updateMany({
        where: { AND: [where, { version: input.version }] },
        data: {
          status: input.status,
          coordinatorId: input.coordinatorId,
          firstActionAt: current.firstActionAt ?? (input.status !== "NEW" ? now : null),
          closedAt: input.status === "CLOSED" ? (current.closedAt ?? now) : null,
          ...nextVersion,
        },
      });
      await assertVersionedUpdate(updated, "concern", () =>
        tx.concern.findFirst({ where, select: { id: true } }),
      );
      return {
        pupilId: current.pupilId,
        from: current.status,
        to: input.status,
        coordinator: input.coordinatorId !== current.coordinatorId,
      };
    },
  );
}
