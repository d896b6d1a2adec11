/**
 * Pupils over the school's absence thresholds without a follow-up (DESIGN.md §4.6, §8), counted
 * in PostgreSQL in one grouped query over the absence records:
 *
 * - **pattern**: days with absence of any kind on the last `patternWindowDays` weekdays reach
 *   `patternDays` ("15 of the last 60 school days");
 * - **unlawful absence**: days of unauthorised absence this calendar quarter are at least
 *   `unauthorisedWarningPct` % of the quarter's weekdays so far (the written-warning line).
 *
 * Each rule is silenced by an absence follow-up or a school-home conversation on the pupil's
 * timeline dated on or after the start of that rule's window. A day counts once whatever its
 * length (a partly missed day is a day with absence). Only current pupils are listed.
 */
import "server-only";
import { className } from "@/lib/admin/classes";
import { schoolScope, type Actor } from "@/lib/auth/policy";
import { isoDay } from "@/lib/dates";
import type { Tx } from "@/lib/db/client";
import { startOfQuarter, startOfWeekdayWindow, weekdaysBetween } from "./school-days";
import type { PupilLabel } from "@/lib/concerns/shared";

/** ThresholdSettings' defaults, for a school that has none stored. */
const DEFAULT_THRESHOLDS = {
  unauthorisedWarningPct: 10,
  patternDays: 15,
  patternWindowDays: 60,
};

export type AbsenceThresholds = typeof DEFAULT_THRESHOLDS;

export type AbsenceFlag = {
  pupil: PupilLabel;
  /** Set when the pattern rule fired. */
  pattern: { days: number; windowDays: number; threshold: number; since: string } | null;
  /** Set when the unlawful-absence rule fired. */
  unauthorised: {
    days: number;
    weekdays: number;
    /** Whole per cent, rounded down: what the trivselsperson reads. */
    pct: number;
    threshold: number;
    since: string;
  } | null;
};

export type AbsenceSection = { items: AbsenceFlag[]; total: number; thresholds: AbsenceThresholds };

type Row = {
  pupilId: string;
  firstName: string;
  lastName: string;
  grade: number | null;
  letter: string | null;
  windowDays: number;
  unauthorisedDays: number;
  patternFired: boolean;
  unauthorisedFired: boolean;
  total: number;
};

/** Runs inside the worklist's transaction; the caller checks `worklist:view`. */
export async function findAbsenceWithoutFollowUp(
  tx: Tx,
  actor: Actor,
  today: Date,
  limit: number,
): Promise<AbsenceSection> {
  const { schoolId } = schoolScope(actor);
  const stored = await tx.thresholdSettings.findUnique({
    where: { schoolId },
    select: { unauthorisedWarningPct: true, patternDays: true, patternWindowDays: true },
  });
  const thresholds = stored ?? DEFAULT_THRESHOLDS;
  const windowStart = startOfWeekdayWindow(today, thresholds.patternWindowDays);
  const quarterStart = startOfQuarter(today);
  const quarterWeekdays = weekdaysBetween(quarterStart, today);
  const [from, quarterFrom, until] = [isoDay(windowStart), isoDay(quarterStart), isoDay(today)];

  const rows = await tx.$queryRaw<Row[]>`
    WITH counted AS (
      SELECT r."pupilId" AS pupil_id,
             (COUNT(*) FILTER (WHERE r."date" >= ${from}::date))::int AS window_days,
             (COUNT(*) FILTER (WHERE r."kind" = 'UNAUTHORISED'
                                 AND r."date" >= ${quarterFrom}::date))::int AS unauthorised_days
        FROM "AbsenceRecord" r
       WHERE r."schoolId" = ${schoolId}::uuid
         AND r."date" >= LEAST(${from}::date, ${quarterFrom}::date)
         AND r."date" <= ${until}::date
         AND EXTRACT(ISODOW FROM r."date") < 6
       GROUP BY r."pupilId"
    ),
    flagged AS (
      SELECT c.*,
             (c.window_days > 0
              AND c.window_days >= ${thresholds.patternDays}::int
              AND NOT EXISTS (
                SELECT 1 FROM "CaseEntry" e
                 WHERE e."pupilId" = c.pupil_id AND e."schoolId" = ${schoolId}::uuid
                   AND e."kind" IN ('ABSENCE_FOLLOW_UP', 'SCHOOL_HOME_CONVERSATION')
                   AND e."occurredOn" >= ${from}::date)) AS pattern_fired,
             (c.unauthorised_days > 0
              AND c.unauthorised_days * 100
                  >= ${thresholds.unauthorisedWarningPct}::int * ${quarterWeekdays}::int
              AND NOT EXISTS (
                SELECT 1 FROM "CaseEntry" e
                 WHERE e."pupilId" = c.pupil_id AND e."schoolId" = ${schoolId}::uuid
                   AND e."kind" IN ('ABSENCE_FOLLOW_UP', 'SCHOOL_HOME_CONVERSATION')
                   AND e."occurredOn" >= ${quarterFrom}::date)) AS unauthorised_fired
        FROM counted c
    )
    SELECT f.pupil_id AS "pupilId", p."firstName", p."lastName", cl."grade", cl."letter",
           f.window_days AS "windowDays", f.unauthorised_days AS "unauthorisedDays",
           f.pattern_fired AS "patternFired", f.unauthorised_fired AS "unauthorisedFired",
           (COUNT(*) OVER ())::int AS total
      FROM flagged f
      JOIN "Pupil" p ON p."id" = f.pupil_id AND p."schoolId" = ${schoolId}::uuid AND p."active"
      LEFT JOIN "Class" cl ON cl."id" = p."classId"
     WHERE f.pattern_fired OR f.unauthorised_fired
     ORDER BY f.window_days DESC, f.unauthorised_days DESC, p."lastName", p."firstName", p."id"
     LIMIT ${limit}::int`;

  const items = rows.map((row): AbsenceFlag => ({
    pupil: {
      id: row.pupilId,
      name: `${row.firstName} ${row.lastName}`,
      className:
        row.grade !== null && row.letter !== null
          ? className({ grade: row.grade, letter: row.letter })
          : null,
    },
    pattern: row.patternFired
      ? {
          days: row.windowDays,
          windowDays: thresholds.patternWindowDays,
          threshold: thresholds.patternDays,
          since: from,
        }
      : null,
    unauthorised: row.unauthorisedFired
      ? {
          days: row.unauthorisedDays,
          weekdays: quarterWeekdays,
          pct: quarterWeekdays ? Math.floor((row.unauthorisedDays * 100) / quarterWeekdays) : 100,
          threshold: thresholds.unauthorisedWarningPct,
          since: quarterFrom,
        }
      : null,
  }));
  return { items, total: rows[0]?.total ?? 0, thresholds };
}
