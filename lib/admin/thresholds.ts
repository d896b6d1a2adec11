/**
 * The school's absence thresholds (DESIGN.md §8), with the Danish defaults until changed.
 */
import "server-only";
import { z } from "zod";
import { DEFAULT_THRESHOLDS, type Thresholds } from "@/lib/absence/rules";
import { auditedWrite } from "@/lib/audit";
import { assertCan, schoolScope, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { StaleVersionError } from "@/lib/errors";
import { integer } from "@/lib/validation";

export const thresholdsInput = z
  .object({
    version: z.coerce.number().int().min(0),
    unauthorisedWarningPct: integer(1, 100),
    unauthorisedNotifyPct: integer(1, 100),
    patternDays: integer(1, 100),
    patternWindowDays: integer(5, 200),
    consecutiveDays: integer(2, 30),
  })
  .refine((value) => value.unauthorisedNotifyPct >= value.unauthorisedWarningPct, {
    error: "thresholds.errors.notifyBelowWarning",
    path: ["unauthorisedNotifyPct"],
  })
  .refine((value) => value.patternDays <= value.patternWindowDays, {
    error: "thresholds.errors.patternLongerThanWindow",
    path: ["patternDays"],
  });

export async function getThresholds(actor: Actor): Promise<Thresholds & { version: number }> {
  assertCan(actor, "admin:schools");
  const stored = await db.thresholdSettings.findUnique({
    where: { schoolId: schoolScope(actor).schoolId },
  });
  return stored ?? { ...DEFAULT_THRESHOLDS, version: 0 };
}

/** Version 0 means "the defaults, never saved": the first save creates the row. */
export async function saveThresholds(
  actor: Actor,
  input: z.output<typeof thresholdsInput>,
): Promise<void> {
  assertCan(actor, "admin:schools");
  const { version, ...values } = input;
  await auditedWrite(
    actor,
    {
      action: "admin.thresholds.update",
      entityType: "School",
      entityId: actor.schoolId,
      details: values,
    },
    async (tx) => {
      const { schoolId } = schoolScope(actor);
      if (version === 0) {
        const existing = await tx.thresholdSettings.findUnique({
          where: { schoolId },
          select: { version: true },
        });
        if (existing) throw new StaleVersionError("thresholds");
        await tx.thresholdSettings.create({ data: { schoolId, ...values } });
        return;
      }
      const updated = await tx.thresholdSettings.updateMany({
        where: { schoolId, version },
        data: { ...values, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new StaleVersionError("thresholds");
    },
  );
}
