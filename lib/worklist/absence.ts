/**
 * Pupils over the school's absence thresholds without a follow-up (DESIGN.md §4.6, §8), counted
 * in PostgreSQL in one grouped query over the absence records:
 *
 * - **pattern**: days with absence of any kind on the last `patternWindowDays` school days reach
 *   `patternDays` ("15 of the last 60 school days");
 * - **unlawful absence**: days of unauthorised absence this calendar quarter are at least
 *   `unauthorisedWarningPct` % of the quarter's school days so far (the written-warning line), or
 *   `unauthorisedNotifyPct` % (the school leader notifies the municipality);
 * - **consecutive**: `consecutiveDays` school days in a row with absence within the pattern window.
 *
 * lib/absence/rules.ts states the same rules as plain functions; an integration test runs both
 * over generated histories.
 *
 * Each rule is silenced by an absence follow-up or a school-home conversation on the pupil's
 * timeline dated on or after the start of that rule's window. A day counts once whatever its
 * length (a partly missed day is a day with absence). School days are the school's calendar's
 * (lib/calendar): absence on a day without school counts for nothing, and a run bridges holidays
 * as it bridges weekends. Only current pupils are listed.
 */
import "server-only";
import { className } from "@/lib/admin/classes";
import { schoolScope, type Actor } from "@/lib/auth/policy";
import { loadRuleCalendars } from "@/lib/calendar/load";
import type { SchoolCalendar } from "@/lib/calendar/school-calendar";
import { addDays, isoDay } from "@/lib/dates";
import type { DbOrTx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { startOfQuarter } from "./school-days";
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
    schoolDays: number;
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

export type AbsenceSection = {
  items: AbsenceFlag[];
  total: number;
  thresholds: AbsenceThresholds;
  /**
   * False when the school has entered no holiday in the last year: its holidays then count as
   * school days without absence, and the list may miss pupils (the page says so).
   */
  holidaysKnown: boolean;
};

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

/** One school's absence rules on one day: its thresholds and the windows they count over. */
export type AbsenceRuleWindow = {
  schoolId: string;
  thresholds: Thresholds;
  /** First of the last `patternWindowDays` school days up to `until`. */
  windowFrom: string;
  /** First day of the calendar quarter. */
  quarterFrom: string;
  until: string;
  /** School days of the quarter so far. */
  quarterSchoolDays: number;
  /** The weekdays without school from the earlier of the two windows' starts to `until`. */
  closedDays: string[];
};

export function absenceRuleWindow(
  schoolId: string,
  thresholds: Thresholds,
  calendar: SchoolCalendar,
  today: Date,
): AbsenceRuleWindow {
  const quarterStart = startOfQuarter(today);
  const windowStart = calendar.windowStart(today, thresholds.patternWindowDays);
  const earlier = windowStart < quarterStart ? windowStart : quarterStart;
  return {
    schoolId,
    thresholds,
    windowFrom: isoDay(windowStart),
    quarterFrom: isoDay(quarterStart),
    until: isoDay(today),
    quarterSchoolDays: calendar.schoolDaysBetween(quarterStart, today),
    closedDays: calendar.closedWeekdaysBetween(earlier, today).map(isoDay),
  };
}

/** The schools' stored thresholds, the Danish defaults where a school has none. */
export async function loadThresholds(
  tx: DbOrTx,
  schoolIds: readonly string[],
): Promise<Map<string, Thresholds>> {
  const stored = await tx.thresholdSettings.findMany({
    where: { schoolId: { in: [...schoolIds] } },
    select: {
      schoolId: true,
      unauthorisedWarningPct: true,
      unauthorisedNotifyPct: true,
      patternDays: true,
      patternWindowDays: true,
      consecutiveDays: true,
    },
  });
  const bySchool = new Map(stored.map(({ schoolId, ...thresholds }) => [schoolId, thresholds]));
  return new Map(schoolIds.map((id) => [id, bySchool.get(id) ?? DEFAULT_THRESHOLDS]));
}

/** A window's days without school as the text of a DATE[]: '{2026-10-12,2026-10-13}'. */
const closedDaysLiteral = (rule: AbsenceRuleWindow) => `{${rule.closedDays.join(",")}}`;

/** What the absence rules of a set of schools are read with: each school's thresholds and calendar. */
export type SchoolRules = {
  thresholds: Map<string, Thresholds>;
  calendars: Map<string, SchoolCalendar>;
};

/** The absence rules' windows of each school of `rules` on `today`. */
export function absenceRuleWindows(
  schoolIds: readonly string[],
  rules: SchoolRules,
  today: Date,
): AbsenceRuleWindow[] {
  return schoolIds.map((schoolId) =>
    absenceRuleWindow(
      schoolId,
      rules.thresholds.get(schoolId)!,
      rules.calendars.get(schoolId)!,
      today,
    ),
  );
}

/**
 * Brings each school's summary of its pupils' standing (AbsenceStanding, kept by the database:
 * docs/decisions/0029) to the rule window and thresholds given: a no-op while they are the ones
 * stored, a recomputation of the school's pupils when they moved (a new school day, changed
 * thresholds). Call it before `absenceStandingCtes`, in the same transaction or before it, on
 * the primary.
 */
export async function ensureAbsenceStanding(
  db: DbOrTx,
  rules: readonly AbsenceRuleWindow[],
): Promise<void> {
  if (rules.length === 0) return;
  await db.$queryRaw`
    SELECT "trivsel_absence_standing_ensure"(
      ${rules.map((rule) => rule.schoolId)}::uuid[], ${rules.map((rule) => rule.windowFrom)}::date[],
      ${rules.map((rule) => rule.quarterFrom)}::date[], ${rules.map((rule) => rule.until)}::date[],
      ${rules.map((rule) => rule.quarterSchoolDays)}::int[],
      ${rules.map((rule) => rule.thresholds.patternDays)}::int[],
      ${rules.map((rule) => rule.thresholds.unauthorisedWarningPct)}::int[],
      ${rules.map((rule) => rule.thresholds.unauthorisedNotifyPct)}::int[],
      ${rules.map((rule) => rule.thresholds.consecutiveDays)}::int[],
      ${rules.map(closedDaysLiteral)}::text[]
    )::int AS recomputed`;
}

/**
 * The common table expressions that end in `standing`: one row per pupil over at least one of
 * their school's thresholds, with what the rules count and whether each is reached and followed
 * up. Shared by the worklist (the pupils without follow-up) and the dashboards (how many over each
 * threshold, with and without follow-up), so the two always agree. The counts come from
 * AbsenceStanding, brought to these windows and thresholds by `ensureAbsenceStanding` first: a
 * school whose stored window or thresholds are others has no rows here, never stale ones.
 *
 * Columns of `standing`: school_id, pupil_id, window_days, unauthorised_days, longest_run,
 * window_followed, quarter_followed (an absence follow-up or school-home conversation dated in the
 * pattern window, in the quarter), pattern_over, warning_over, notify_over, consecutive_over.
 */
export function absenceStandingCtes(rules: readonly AbsenceRuleWindow[]): Prisma.Sql {
  const settings = rules.length
    ? Prisma.join(
        rules.map(
          (rule) => Prisma.sql`(${rule.schoolId}::uuid, ${rule.windowFrom}::date,
            ${rule.quarterFrom}::date, ${rule.until}::date, ${rule.quarterSchoolDays}::int,
            ${rule.thresholds.patternDays}::int, ${rule.thresholds.unauthorisedWarningPct}::int,
            ${rule.thresholds.unauthorisedNotifyPct}::int, ${rule.thresholds.consecutiveDays}::int,
            ${closedDaysLiteral(rule)}::date[])`,
        ),
      )
    : // No school: a settings row that matches none.
      Prisma.sql`(NULL::uuid, NULL::date, NULL::date, NULL::date, 0, 0, 0, 0, 0, NULL::date[])`;
  return Prisma.sql`
    settings (school_id, window_from, quarter_from, until, quarter_school_days,
              pattern_days, warning_pct, notify_pct, consecutive_days, closed_days)
      AS (VALUES ${settings}),
    over AS (
      SELECT st."schoolId" AS school_id, st."pupilId" AS pupil_id, st."windowDays" AS window_days,
             st."unauthorisedDays" AS unauthorised_days, st."longestRun" AS longest_run,
             s.window_from, s.quarter_from,
             (st."windowDays" > 0 AND st."windowDays" >= s.pattern_days) AS pattern_over,
             (st."unauthorisedDays" > 0
              AND st."unauthorisedDays" * 100 >= s.warning_pct * s.quarter_school_days) AS warning_over,
             (st."unauthorisedDays" > 0
              AND st."unauthorisedDays" * 100 >= s.notify_pct * s.quarter_school_days) AS notify_over,
             (st."longestRun" >= s.consecutive_days) AS consecutive_over
        FROM settings s
        -- Rows kept over exactly these windows and thresholds (ensureAbsenceStanding), or none.
        JOIN "AbsenceStandingWindow" w
          ON w."schoolId" = s.school_id AND w."windowFrom" = s.window_from
         AND w."quarterFrom" = s.quarter_from AND w."until" = s.until
         AND w."quarterWeekdays" = s.quarter_school_days AND w."patternDays" = s.pattern_days
         AND w."warningPct" = s.warning_pct AND w."notifyPct" = s.notify_pct
         AND w."consecutiveDays" = s.consecutive_days AND w."closedDays" = s.closed_days
        JOIN "AbsenceStanding" st ON st."schoolId" = s.school_id
    ),
    standing AS (
      SELECT o.school_id, o.pupil_id, o.window_days, o.unauthorised_days, o.longest_run,
             o.pattern_over, o.warning_over, o.notify_over, o.consecutive_over,
             COALESCE(f.last_on >= o.window_from, FALSE) AS window_followed,
             COALESCE(f.last_on >= o.quarter_from, FALSE) AS quarter_followed
        FROM over o
        -- The pupil's last absence follow-up or school-home conversation at the school within
        -- the earlier of the two windows (an older one silences neither rule): one range of an
        -- index (pupil, kind, school, day) per pupil over a threshold, as long as the windows
        -- are, however many years of entries the pupil has.
        CROSS JOIN LATERAL (
          SELECT MAX(e."occurredOn") AS last_on FROM "CaseEntry" e
           WHERE e."pupilId" = o.pupil_id AND e."schoolId" = o.school_id
             AND e."kind" IN ('ABSENCE_FOLLOW_UP', 'SCHOOL_HOME_CONVERSATION')
             AND e."occurredOn" >= LEAST(o.window_from, o.quarter_from)
        ) f
       WHERE o.pattern_over OR o.warning_over OR o.notify_over OR o.consecutive_over
    )`;
}

/** The worklist's absence section; the caller checks `worklist:view` and audits the pupils. */
export async function findAbsenceWithoutFollowUp(
  tx: DbOrTx,
  actor: Actor,
  today: Date,
  limit: number,
): Promise<AbsenceSection> {
  const { schoolId } = schoolScope(actor);
  const thresholds = (await loadThresholds(tx, [schoolId])).get(schoolId)!;
  const calendar = (await loadRuleCalendars(tx, [schoolId], today)).get(schoolId)!;
  const rule = absenceRuleWindow(schoolId, thresholds, calendar, today);
  const { windowFrom: from, quarterFrom, quarterSchoolDays } = rule;

  await ensureAbsenceStanding(tx, [rule]);
  const rows = await tx.$queryRaw<Row[]>`
    WITH ${absenceStandingCtes([rule])},
    fired AS (
      SELECT f.*,
             (f.pattern_over AND NOT f.window_followed) AS pattern_fired,
             (f.warning_over AND NOT f.quarter_followed) AS unauthorised_fired,
             (f.consecutive_over AND NOT f.window_followed) AS consecutive_fired
        FROM standing f
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
     ORDER BY f.notify_over DESC, f.window_days DESC, f.unauthorised_days DESC,
              p."lastName", p."firstName", p."id"
     LIMIT ${limit}::int`;

  const unauthorisedFlag = (days: number): NonNullable<AbsenceFlag["unauthorised"]> => {
    const notify = days * 100 >= thresholds.unauthorisedNotifyPct * quarterSchoolDays;
    return {
      days,
      schoolDays: quarterSchoolDays,
      pct: quarterSchoolDays ? Math.floor((days * 100) / quarterSchoolDays) : 100,
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
  const yearAgo = addDays(today, -365);
  const holidaysKnown = calendar.holidays.some((holiday) => holiday.to >= yearAgo);
  return { items, total: rows[0]?.total ?? 0, thresholds, holidaysKnown };
}
