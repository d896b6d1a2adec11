/**
 * Nine earlier school years for a copy of the generated municipality (`npm run bench:history`):
 * each year's days of absence, concerns (closed) and timeline entries (their follow-ups done)
 * again, a year earlier each time, for every pupil but the benchmark's timeline pupil.
 */
import { withClient } from "@/lib/cli/backup";

export const EARLIER_YEARS = 9;

/** The rows the nine earlier years add; every statement keeps the table's own rules. */
function historySql(timelinePupilId: string): { table: string; sql: string; values: unknown[] }[] {
  const years = `generate_series(1, ${EARLIER_YEARS}) AS y`;
  const earlier = (column: string) => `${column} - make_interval(years => y)`;
  return [
    {
      table: "AbsenceRecord",
      sql: `INSERT INTO "AbsenceRecord" ("schoolId", "pupilId", "date", "kind", "lessons",
              "parentsReason", "source", "enteredById", "createdAt")
            SELECT a."schoolId", a."pupilId", (${earlier('a."date"')})::date, a."kind", a."lessons",
              a."parentsReason", a."source", a."enteredById", ${earlier('a."createdAt"')}
            FROM "AbsenceRecord" a CROSS JOIN ${years}
            ON CONFLICT DO NOTHING`, // 29 February a year earlier is the 28th, which may be taken
      values: [],
    },
    {
      table: "Concern",
      sql: `INSERT INTO "Concern" ("id", "schoolId", "pupilId", "raisedById", "source", "noticedBy",
              "categories", "level", "description", "status", "coordinatorId", "firstActionAt",
              "closedAt", "createdAt", "updatedAt")
            SELECT gen_random_uuid(), c."schoolId", c."pupilId", c."raisedById", c."source",
              c."noticedBy", c."categories", c."level", c."description", 'CLOSED', c."coordinatorId",
              ${earlier(`coalesce(c."firstActionAt", c."createdAt" + interval '3 days')`)},
              ${earlier(`c."createdAt" + interval '60 days'`)},
              ${earlier('c."createdAt"')}, ${earlier('c."updatedAt"')}
            FROM "Concern" c CROSS JOIN ${years}`,
      values: [],
    },
    {
      table: "CaseEntry",
      sql: `INSERT INTO "CaseEntry" ("id", "schoolId", "pupilId", "authorId", "authorRole", "kind",
              "confidentiality", "occurredOn", "title", "details", "followUpOn", "followUpOwnerId",
              "followUpDoneAt", "createdAt", "updatedAt")
            SELECT gen_random_uuid(), e."schoolId", e."pupilId", e."authorId", e."authorRole",
              e."kind", e."confidentiality", (${earlier('e."occurredOn"')})::date, e."title",
              e."details", (${earlier('e."followUpOn"')})::date, e."followUpOwnerId",
              CASE WHEN e."followUpOn" IS NULL THEN NULL
                ELSE ${earlier(`e."createdAt" + interval '14 days'`)} END,
              ${earlier('e."createdAt"')}, ${earlier('e."updatedAt"')}
            FROM "CaseEntry" e CROSS JOIN ${years}
            WHERE e."pupilId" <> $1::uuid`,
      values: [timelinePupilId],
    },
  ];
}

export async function addHistory(databaseUrl: string, timelinePupilId: string): Promise<void> {
  await withClient(databaseUrl, async (client) => {
    for (const { table, sql, values } of historySql(timelinePupilId)) {
      const started = performance.now();
      const before = Number((await client.query(`SELECT count(*) FROM "${table}"`)).rows[0].count);
      const { rowCount } = await client.query(sql, values);
      console.log(
        `  ${table}: ${before.toLocaleString("en")} + ${(rowCount ?? 0).toLocaleString("en")} rows` +
          ` (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
    await client.query("VACUUM ANALYZE");
  });
}
