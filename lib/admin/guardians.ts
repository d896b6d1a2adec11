/**
 * Administration of a pupil's guardians (forældre/værger). Only a guardian with parental
 * authority (forældremyndighed) may give consent; the others have a right to be informed
 * (DESIGN.md §8), so the flag matters and its every change is audited with the pupil's id.
 * ADMIN only; a guardian is reached through its pupil, so the pupil's scope is the guardian's.
 */
import "server-only";
import { z } from "zod";
import { auditedWrite } from "@/lib/audit";
import { assertCan, pupilScope, type Actor } from "@/lib/auth/policy";
import type { Tx } from "@/lib/db/client";
import { assertVersionedUpdate, nextVersion } from "@/lib/db/versioned";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import {
  checkbox,
  id,
  optionalEmail,
  optionalPhone,
  optionalText,
  text,
  version,
} from "@/lib/validation";
import { changedFields } from "./pupils";

const guardianFields = z.object({
  name: text(200),
  relation: optionalText(50),
  email: optionalEmail(),
  phone: optionalPhone(),
  address: optionalText(300),
  hasParentalAuthority: checkbox(),
});

export const createGuardianInput = guardianFields.extend({ pupilId: id() });
export const updateGuardianInput = guardianFields.extend({ id: id(), version: version() });
export const removeGuardianInput = z.object({
  id: id(),
  version: version(),
  // Removing cannot be undone; the admin confirms it in the form.
  confirm: checkbox().refine((confirmed) => confirmed, {
    error: "adminPupils.errors.confirmRemove",
  }),
});

function guardianWhere(actor: Actor, guardianId: string): Prisma.GuardianWhereInput {
  return { id: guardianId, pupil: pupilScope(actor) };
}

/** The guardian, if it belongs to a pupil the actor may see; "not found" otherwise. */
async function findGuardianForWrite<S extends Prisma.GuardianSelect>(
  tx: Tx,
  actor: Actor,
  guardianId: string,
  select: S,
): Promise<Prisma.GuardianGetPayload<{ select: S }>> {
  const guardian = await tx.guardian.findFirst({ where: guardianWhere(actor, guardianId), select });
  if (!guardian) throw new NotFoundError("guardian");
  return guardian;
}

export async function createGuardian(
  actor: Actor,
  input: z.output<typeof createGuardianInput>,
): Promise<{ id: string }> {
  assertCan(actor, "admin:pupils");
  const { pupilId, ...data } = input;
  return auditedWrite<{ id: string }>(
    actor,
    (created) => ({
      action: "admin.guardian.create",
      pupilId,
      entityType: "Guardian",
      entityId: created.id,
      details: { hasParentalAuthority: data.hasParentalAuthority },
    }),
    async (tx) => {
      // The pupil id came from the browser: another school's pupil is "not found".
      const pupil = await tx.pupil.findFirst({
        where: { AND: [{ id: pupilId }, pupilScope(actor)] },
        select: { id: true },
      });
      if (!pupil) throw new NotFoundError("pupil");
      return tx.guardian.create({ data: { ...data, pupilId: pupil.id }, select: { id: true } });
    },
  );
}

export async function updateGuardian(
  actor: Actor,
  input: z.output<typeof updateGuardianInput>,
): Promise<{ pupilId: string }> {
  assertCan(actor, "admin:pupils");
  const { id: guardianId, version: readVersion, ...data } = input;
  const { pupilId } = await auditedWrite<{ pupilId: string; changed: string[] }>(
    actor,
    (result) => ({
      action: "admin.guardian.update",
      pupilId: result.pupilId,
      entityType: "Guardian",
      entityId: guardianId,
      details: { changed: result.changed, hasParentalAuthority: data.hasParentalAuthority },
    }),
    async (tx) => {
      const { pupilId: ofPupil, ...current } = await findGuardianForWrite(tx, actor, guardianId, {
        pupilId: true,
        name: true,
        relation: true,
        email: true,
        phone: true,
        address: true,
        hasParentalAuthority: true,
      });
      const updated = await tx.guardian.updateMany({
        where: { ...guardianWhere(actor, guardianId), version: readVersion },
        data: { ...data, ...nextVersion },
      });
      await assertVersionedUpdate(updated, "guardian", () =>
        tx.guardian.findFirst({ where: guardianWhere(actor, guardianId), select: { id: true } }),
      );
      return { pupilId: ofPupil, changed: changedFields(current, data) };
    },
  );
  return { pupilId };
}

/**
 * Removes a guardian entered by mistake or no longer part of the pupil's life. A guardian named
 * on a consent stays: removing them would erase who gave or withdrew it (the consent history is
 * kept, never rewritten) — the admin removes the parental authority instead.
 */
export async function removeGuardian(
  actor: Actor,
  input: z.output<typeof removeGuardianInput>,
): Promise<{ pupilId: string }> {
  assertCan(actor, "admin:pupils");
  return auditedWrite<{ pupilId: string }>(
    actor,
    (result) => ({
      action: "admin.guardian.remove",
      pupilId: result.pupilId,
      entityType: "Guardian",
      entityId: input.id,
    }),
    async (tx) => {
      const guardian = await findGuardianForWrite(tx, actor, input.id, {
        pupilId: true,
        _count: { select: { consents: true, withdrawals: true } },
      });
      if (guardian._count.consents + guardian._count.withdrawals > 0)
        throw new DomainValidationError("confirm", "adminPupils.errors.guardianHasConsents");
      const removed = await tx.guardian.deleteMany({
        where: { ...guardianWhere(actor, input.id), version: input.version },
      });
      await assertVersionedUpdate(removed, "guardian", () =>
        tx.guardian.findFirst({ where: guardianWhere(actor, input.id), select: { id: true } }),
      );
      return { pupilId: guardian.pupilId };
    },
  );
}
