/**
 * The retention job, on DATABASE_URL or the embedded PostgreSQL (docs/decisions/0016-retention.md):
 *   npm run retention                 delete what is past its time, purge old audit rows, log the run
 *   npm run retention -- --dry-run    count what a run would delete; deletes nothing (still logged)
 * Settings: RETENTION_MONTHS_AFTER_LEAVING (default 60), AUDIT_RETENTION_MONTHS (default 60, min 6).
 * Exits non-zero when the run failed, so cron or a systemd timer reports it.
 */
import { openDatabase } from "./local-database";

async function main(args: string[]) {
  const database = await openDatabase();
  try {
    process.env.DATABASE_URL = database.url;
    const { db } = await import("@/lib/db/client");
    const { retentionSettings, runRetention } = await import("@/lib/retention");
    try {
      const settings = retentionSettings();
      const result = await runRetention(settings, { dryRun: args.includes("--dry-run") });
      console.log(
        [
          `Retention run ${result.runId}${result.dryRun ? " (dry run: nothing deleted)" : ""}`,
          `  pupils who left on or before ${result.leftOnOrBefore}: ${result.pupilsDeleted} ${result.dryRun ? "would be deleted" : "deleted"}, ${result.pupilsOnLegalHold} kept on legal hold`,
          `  with them: ${result.caseEntriesDeleted} timeline entries, ${result.concernsDeleted} concerns, ${result.absenceDaysDeleted} days of absence`,
          `  audit rows older than ${result.auditBefore.toISOString()}: ${result.auditRowsPurged} ${result.dryRun ? "would be purged" : "purged"}`,
        ].join("\n"),
      );
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.stop();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
