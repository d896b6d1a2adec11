/**
 * Pupils over the school's absence thresholds without a follow-up (DESIGN.md §4.6, §8), counted
 * in PostgreSQL in one grouped query over the absence records:
 *
 * - **pattern**: days with absence of any kind on the last `patternWindowDays` weekdays reach
 *   `patternDays` ("15 of the last 60 school days");
 * - **unlawful absence**: days of unauthorised absence this calendar quarter are at least
 *   `unauthorisedWarningPct` % of the quarter's weekdays so far (the written-warning line), or
 *   `unauthorisedNotifyPct` % (the school leader notifies the municipality);
 * - **consecutive**: `consecutiveDays` school days in a row with absence within the pattern window.
 *
 * lib/absence/rules.ts states the same rules as plain functions; an integration test runs both
 * over generated histories.
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
import { DEFAULT_THRESHOLDS, type Thresholds } from "@/lib/absence/rules";

export type AbsenceThresholds = Thresholds;

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
    /** NOTIFY at or over the notify line, WARNING between the two lines. */
    level: "WARNING" | "NOTIFY";
    since: string;
  } | null;
  /** Set when the consecutive-days rule fired. */
  consecutive: { days: number; threshold: number; since: string } | null;
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
  longestRun: number;
  patternFired: boolean;
  unauthorisedFired: boolean;
  consecutiveFired: boolean;
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
    select: {
      unauthorisedWarningPct: true,
      unauthorisedNotifyPct: true,
      patternDays: true,
      patternWindowDays: true,
      consecutiveDays: true,
    },
  });
  const thresholds = stored ?? DEFAULT_THRESHOLDS;
  const windowStart = startOfWeekdayWindow(today, thresholds.patternWindowDays);
  const quarterStart = startOfQuarter(today);
  const quarterWeekdays = weekdaysBetween(quarterStart, today);
  const [from, quarterFrom, until] = [isoDay(windowStart), isoDay(quarterStart), isoDay(today)];

  const rows = await tx.$queryRaw<Row[]>`
    WITH days AS (
      SELECT r."pupilId" AS pupil_id, r."date", r."kind",
             -- School days numbered without gaps over weekends: consecutive school days, consecutive numbers.
             ((r."date" - DATE '2001-01-01') / 7) * 5 + ((r."date" - DATE '2001-01-01') % 7) AS school_day
        FROM "AbsenceRecord" r
       WHERE r."schoolId" = ${schoolId}::uuid
         AND r."date" >= LEAST(${from}::date, ${quarterFrom}::date)
         AND r."date" <= ${until}::date
         AND EXTRACT(ISODOW FROM r."date") < 6
    ),
    counted AS (
      SELECT pupil_id,
             (COUNT(*) FILTER (WHERE "date" >= ${from}::date))::int AS window_days,
             (COUNT(*) FILTER (WHERE "kind" = 'UNAUTHORISED' AND "date" >= ${quarterFrom}::date))::int AS unauthorised_days
        FROM days
       GROUP BY pupil_id
    ),
    runs AS (
      SELECT pupil_id, MAX(length)::int AS longest_run
        FROM (SELECT pupil_id, COUNT(*) AS length
                FROM (SELECT pupil_id, school_day - ROW_NUMBER() OVER (PARTITION BY pupil_id ORDER BY school_day) AS run
                        FROM days WHERE "date" >= ${from}::date) numbered
               GROUP BY pupil_id, run) lengths
       GROUP BY pupil_id
    ),
    flagged AS (
      SELECT c.*, COALESCE(ru.longest_run, 0) AS longest_run,
             NOT EXISTS (
               SELECT 1 FROM "CaseEntry" e
                WHERE e."pupilId" = c.pupil_id AND e."schoolId" = ${schoolId}::uuid
                  AND e."kind" IN ('ABSENCE_FOLLOW_UP', 'SCHOOL_HOME_CONVERSATION')
                  AND e."occurredOn" >= ${from}::date) AS window_open,
             NOT EXISTS (
               SELECT 1 FROM "CaseEntry" e
                WHERE e."pupilId" = c.pupil_id AND e."schoolId" = ${schoolId}::uuid
                  AND e."kind" IN ('ABSENCE_FOLLOW_UP', 'SCHOOL_HOME_CONVERSATION')
                  AND e."occurredOn" >= ${quarterFrom}::date) AS quarter_open
        FROM counted c LEFT JOIN runs ru ON ru.pupil_id = c.pupil_id
    ),
    fired AS (
      SELECT f.*,
             (f.window_open AND f.window_days > 0 AND f.window_days >= ${thresholds.patternDays}::int) AS pattern_fired,
             (f.quarter_open AND f.unauthorised_days > 0
              AND f.unauthorised_days * 100 >= ${thresholds.unauthorisedWarningPct}::int * ${quarterWeekdays}::int) AS unauthorised_fired,
             (f.window_open AND f.longest_run >= ${thresholds.consecutiveDays}::int) AS consecutive_fired
        FROM flagged f
    )
    SELECT f.pupil_id AS "pupilId", p."firstName", p."lastName", cl."grade", cl."letter",
           f.window_days AS "windowDays", f.unauthorised_days AS "unauthorisedDays", f.longest_run AS "longestRun",
           f.pattern_fired AS "patternFired", f.unauthorised_fired AS "unauthorisedFired",
           f.consecutive_fired AS "consecutiveFired",
           (COUNT(*) OVER ())::int AS total
      FROM fired f
      JOIN "Pupil" p ON p."id" = f.pupil_id AND p."schoolId" = ${schoolId}::uuid AND p."active"
      LEFT JOIN "Class" cl ON cl."id" = p."classId"
     WHERE f.pattern_fired OR f.unauthorised_fired OR f.consecutive_fired
     ORDER BY f.unauthorised_days * 100 >= ${thresholds.unauthorisedNotifyPct}::int * ${quarterWeekdays}::int DESC,
              f.window_days DESC, f.unauthorised_days DESC, p."lastName", p."firstName", p."id"
     LIMIT ${limit}::int`;

  const unauthorisedFlag = (days: number): NonNullable<AbsenceFlag["unauthorised"]> => {
    const notify = days * 100 >= thresholds.unauthorisedNotifyPct * quarterWeekdays;
    return {
      days,
      weekdays: quarterWeekdays,
      pct: quarterWeekdays ? Math.floor((days * 100) / quarterWeekdays) : 100,
      threshold: notify ? thresholds.unauthorisedNotifyPct : thresholds.unauthorisedWarningPct,
      level: notify ? "NOTIFY" : "WARNING",
      since: quarterFrom,
    };
  };
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
    unauthorised: row.unauthorisedFired ? unauthorisedFlag(row.unauthorisedDays) : null,
    consecutive: row.consecutiveFired
      ? { days: row.longestRun, threshold: thresholds.consecutiveDays, since: from }
      : null,
  }));
  return { items, total: rows[0]?.total ?? 0, thresholds };
}
