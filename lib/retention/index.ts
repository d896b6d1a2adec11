/**
 * The retention job (docs/decisions/0016-retention.md): deletes the data of pupils who left the
 * school long enough ago, unless a legal hold keeps them, and purges audit rows older than the
 * audit retention. Every run is logged in RetentionRun with counts (never a name), and every
 * deleted pupil gets an audit row of its own.
 *
 * A pupil is deleted with everything hanging off them (guardians, concerns, timeline and its
 * revisions, notifications, consents, forum items and action plans, group participation,
 * absence): the relations cascade. What stays is the audit trail, which holds ids, not content.
 */
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { db } from "@/lib/db/client";

export const MIN_AUDIT_RETENTION_MONTHS = 6;

const settingsSchema = z.object({
  /** Months after the leaving day (Pupil.leftOn) before the pupil's data is deleted. */
  RETENTION_MONTHS_AFTER_LEAVING: z.coerce.number().int().min(1).max(600).default(60),
  /** Months an audit row is kept. The database itself refuses to purge younger than six. */
  AUDIT_RETENTION_MONTHS: z.coerce
    .number()
    .int()
    .min(MIN_AUDIT_RETENTION_MONTHS)
    .max(1200)
    .default(60),
});

export type RetentionSettings = z.output<typeof settingsSchema>;

/** The settings from the environment; a bad value names the variable. */
export function retentionSettings(
  source: Record<string, string | undefined> = process.env,
): RetentionSettings {
  const parsed = settingsSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid retention settings:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

function monthsBefore(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() - months);
  return result;
}

export type RetentionResult = {
  runId: string;
  leftOnOrBefore: string;
  auditBefore: Date;
  dryRun: boolean;
  pupilsDeleted: number;
  pupilsOnLegalHold: number;
  caseEntriesDeleted: number;
  concernsDeleted: number;
  absenceDaysDeleted: number;
  auditRowsPurged: number;
};

const SYSTEM = { userId: null, schoolId: null, requestId: "retention-job" };

/**
 * One run. `dryRun` counts without deleting (and still logs the run). A failure part-way leaves
 * the pupils deleted so far deleted (each pupil is its own transaction), logs the run as FAILED
 * with the counts so far, and throws.
 */
export async function runRetention(
  settings: RetentionSettings,
  options: { now?: Date; dryRun?: boolean } = {},
): Promise<RetentionResult> {
  const now = options.now ?? new Date();
  const dryRun = options.dryRun ?? false;
  const leftOnOrBefore = monthsBefore(todayInDenmark(now), settings.RETENTION_MONTHS_AFTER_LEAVING);
  const auditBefore = monthsBefore(now, settings.AUDIT_RETENTION_MONTHS);
  const counts = {
    pupilsDeleted: 0,
    pupilsOnLegalHold: 0,
    caseEntriesDeleted: 0,
    concernsDeleted: 0,
    absenceDaysDeleted: 0,
    auditRowsPurged: 0,
  };
  const due = { active: false, leftOn: { not: null, lte: leftOnOrBefore } } as const;

  try {
    counts.pupilsOnLegalHold = await db.pupil.count({ where: { ...due, legalHold: true } });
    const pupils = await db.pupil.findMany({
      where: { ...due, legalHold: false },
      select: { id: true, schoolId: true, leftOn: true },
      orderBy: { leftOn: "asc" },
    });
    for (const pupil of pupils) {
      await db.$transaction(async (tx) => {
        const [caseEntries, concerns, absenceDays] = await Promise.all([
          tx.caseEntry.count({ where: { pupilId: pupil.id } }),
          tx.concern.count({ where: { pupilId: pupil.id } }),
          tx.absenceRecord.count({ where: { pupilId: pupil.id } }),
        ]);
        if (!dryRun) {
          // Re-checked inside the transaction: a hold set since the list was read wins.
          const deleted = await tx.pupil.deleteMany({
            where: { id: pupil.id, ...due, legalHold: false },
          });
          if (deleted.count === 0) return;
          await recordAudit(
            tx,
            { ...SYSTEM, schoolId: pupil.schoolId },
            {
              action: "retention.pupil.delete",
              pupilId: pupil.id,
              entityType: "Pupil",
              entityId: pupil.id,
              purpose: "retention",
              details: {
                leftOn: pupil.leftOn ? isoDay(pupil.leftOn) : null,
                caseEntries,
                concerns,
                absenceDays,
              },
            },
          );
        }
        counts.pupilsDeleted += 1;
        counts.caseEntriesDeleted += caseEntries;
        counts.concernsDeleted += concerns;
        counts.absenceDaysDeleted += absenceDays;
      });
    }
    counts.auditRowsPurged = dryRun
      ? await db.auditLog.count({ where: { at: { lt: auditBefore } } })
      : await purgeAudit(auditBefore);
  } catch (error) {
    await db.retentionRun.create({
      data: {
        status: "FAILED",
        finishedAt: new Date(),
        leftOnOrBefore,
        auditBefore,
        dryRun,
        ...counts,
        error: error instanceof Error ? error.message.slice(0, 2000) : String(error),
      },
    });
    throw error;
  }

  const run = await db.retentionRun.create({
    data: {
      status: "SUCCEEDED",
      startedAt: now,
      finishedAt: new Date(),
      leftOnOrBefore,
      auditBefore,
      dryRun,
      ...counts,
    },
  });
  await recordAudit(db, SYSTEM, {
    action: dryRun ? "retention.dry-run" : "retention.run",
    entityType: "RetentionRun",
    entityId: run.id,
    details: counts,
  });
  return { runId: run.id, leftOnOrBefore: isoDay(leftOnOrBefore), auditBefore, dryRun, ...counts };
}

/** Through the one function the audit table's trigger lets delete (the migration's comment). */
async function purgeAudit(before: Date): Promise<number> {
  const [row] = await db.$queryRaw<{ purged: bigint }[]>`
    SELECT "audit_log_purge"(${before}::timestamptz) AS purged`;
  return Number(row?.purged ?? 0);
}
