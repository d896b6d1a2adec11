/**
 * A legal hold (a complaint, a court case, a request from the authorities) stops the retention
 * job from deleting a pupil's data. Set and lifted by the school's administrator, always with a
 * reason, and audited.
 */
import "server-only";
import { z } from "zod";
import { auditedWrite } from "@/lib/audit";
import { assertCan, schoolScope, type Actor } from "@/lib/auth/policy";
import { assertVersionedUpdate, nextVersion } from "@/lib/db/versioned";
import { id, text, version } from "@/lib/validation";

export const setLegalHoldInput = z.object({
  id: id(),
  version: version(),
  legalHold: z.enum(["on", "off"], { error: "validation.choose" }),
  reason: text(300),
});

export async function setLegalHold(
  actor: Actor,
  input: z.output<typeof setLegalHoldInput>,
): Promise<void> {
  assertCan(actor, "privacy:legal-hold");
  const on = input.legalHold === "on";
  await auditedWrite(
    actor,
    {
      action: on ? "privacy.legal-hold.set" : "privacy.legal-hold.lift",
      pupilId: input.id,
      entityType: "Pupil",
      entityId: input.id,
      purpose: "legal-hold",
      // The reason the user gave, shown beside the purpose in the access report.
      details: { reason: input.reason },
    },
    async (tx) => {
      const where = { id: input.id, ...schoolScope(actor) };
      const updated = await tx.pupil.updateMany({
        where: { ...where, version: input.version },
        data: { legalHold: on, ...nextVersion },
      });
      await assertVersionedUpdate(updated, "pupil", () =>
        tx.pupil.findFirst({ where, select: { id: true } }),
      );
    },
  );
}
