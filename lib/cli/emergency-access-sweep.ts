/**
 * npm run emergency-access:sweep — record the end of every emergency access that has run out
 * and that nobody has noticed yet (docs/decisions/0019-emergency-access.md). Safe to run as
 * often as you like (from cron, say every 15 minutes): each end is recorded once.
 * Uses DATABASE_URL, or the embedded PostgreSQL when it is not set.
 */
import { openDatabase } from "./local-database";

async function main() {
  const database = await openDatabase();
  try {
    process.env.DATABASE_URL = database.url;
    const { db } = await import("@/lib/db/client");
    const { endExpiredEmergencyAccess } = await import("@/lib/emergency-access/grants");
    const closed = await endExpiredEmergencyAccess({ observedBy: "sweep" });
    console.log(`Recorded the end of ${closed} emergency access(es) that had run out.`);
    await db.$disconnect();
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
