/**
 * The absence rules (DESIGN.md §8), as plain functions over one pupil's history: the reference
 * the database queries are tested against. School days are the school's calendar's (weekdays
 * without public holidays and the school's own holidays, lib/calendar/school-calendar.ts).
 *
 * - unlawful absence this quarter ≥ `unauthorisedWarningPct` % of its school days so far → a
 *   written warning to the parents; ≥ `unauthorisedNotifyPct` % → the school leader notifies the
 *   municipality;
 * - a concerning pattern counting all absence: ≥ `patternDays` days with absence among the last
 *   `patternWindowDays` school days, or `consecutiveDays` school days in a row within them.
 */
import type { SchoolCalendar } from "@/lib/calendar/school-calendar";
import { isoDay } from "@/lib/dates";
import { startOfQuarter } from "@/lib/worklist/school-days";

export type AbsenceKindName = "ILLNESS" | "AUTHORISED" | "UNAUTHORISED";
export type AbsenceDay = { date: Date; kind: AbsenceKindName };

export type Thresholds = {
  unauthorisedWarningPct: number;
  unauthorisedNotifyPct: number;
  patternDays: number;
  patternWindowDays: number;
  consecutiveDays: number;
};

/** The Danish defaults: 10 % and 15 % unlawful in a quarter; 15 of 60 days; 5 in a row. */
export const DEFAULT_THRESHOLDS: Thresholds = {
  unauthorisedWarningPct: 10,
  unauthorisedNotifyPct: 15,
  patternDays: 15,
  patternWindowDays: 60,
  consecutiveDays: 5,
};

export type RuleHit =
  | {
      rule: "UNAUTHORISED_NOTIFY" | "UNAUTHORISED_WARNING";
      days: number;
      schoolDays: number;
      since: string;
    }
  | { rule: "PATTERN"; days: number; schoolDays: number; since: string }
  | { rule: "CONSECUTIVE"; days: number; since: string };

/** Unlawful share in whole-number arithmetic: days / schoolDays ≥ pct / 100, no rounding. */
function reaches(days: number, schoolDays: number, pct: number): boolean {
  return schoolDays > 0 && days * 100 >= pct * schoolDays;
}

/** The rules that fire for a pupil today, the most serious first. */
export function evaluateAbsence(
  history: AbsenceDay[],
  thresholds: Thresholds,
  today: Date,
  calendar: SchoolCalendar,
): RuleHit[] {
  const hits: RuleHit[] = [];
  // Absence recorded on a day without school (before the holiday was entered) does not count.
  const absent = new Map<string, AbsenceKindName>();
  for (const day of history)
    if (calendar.isSchoolDay(day.date) && day.date <= today) absent.set(isoDay(day.date), day.kind);

  const quarterStart = startOfQuarter(today);
  const quarterDays = calendar.schoolDaysBetween(quarterStart, today);
  const unlawful = [...absent].filter(
    ([date, kind]) => kind === "UNAUTHORISED" && date >= isoDay(quarterStart),
  ).length;
  if (reaches(unlawful, quarterDays, thresholds.unauthorisedNotifyPct)) {
    hits.push({
      rule: "UNAUTHORISED_NOTIFY",
      days: unlawful,
      schoolDays: quarterDays,
      since: isoDay(quarterStart),
    });
  } else if (reaches(unlawful, quarterDays, thresholds.unauthorisedWarningPct)) {
    hits.push({
      rule: "UNAUTHORISED_WARNING",
      days: unlawful,
      schoolDays: quarterDays,
      since: isoDay(quarterStart),
    });
  }

  const windowStart = calendar.windowStart(today, thresholds.patternWindowDays);
  const inWindow = [...absent.keys()].filter((date) => date >= isoDay(windowStart)).sort();
  if (inWindow.length >= thresholds.patternDays) {
    hits.push({
      rule: "PATTERN",
      days: inWindow.length,
      schoolDays: thresholds.patternWindowDays,
      since: isoDay(windowStart),
    });
  }

  const longest = longestRun(inWindow, calendar);
  if (longest.length >= thresholds.consecutiveDays) {
    hits.push({ rule: "CONSECUTIVE", days: longest.length, since: longest.from });
  }
  return hits;
}

/** The longest run of consecutive school days (weekends and holidays bridged) among sorted ISO days. */
function longestRun(days: string[], calendar: SchoolCalendar): { length: number; from: string } {
  let best = { length: 0, from: "" };
  let current = { length: 0, from: "" };
  let previous: Date | null = null;
  for (const iso of days) {
    const day = new Date(`${iso}T00:00:00Z`);
    const next = previous ? calendar.nextSchoolDay(previous) : null;
    current =
      next && next.getTime() === day.getTime()
        ? { length: current.length + 1, from: current.from }
        : { length: 1, from: iso };
    if (current.length > best.length) best = current;
    previous = day;
  }
  return best;
}
