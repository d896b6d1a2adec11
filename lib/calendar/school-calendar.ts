/**
 * A school's calendar: which days are school days (skoledage). A school day is a weekday that is
 * neither a public holiday nor within one of the school's own holidays (ferier og fridage, from
 * the municipality's ferieplan: the summer holiday, the autumn and winter weeks, Christmas,
 * Grundlovsdag …). The absence rules count over school days: "15 of the last 60 school days"
 * after the summer holiday reaches back into June, not into the six empty weeks, and a week of
 * holiday is no week of absence on the dashboard (docs/decisions/0041).
 *
 * Days are midnight UTC, as in lib/dates. Counting is arithmetic on weekdays less the closed
 * weekdays in the range (a sorted list, searched), never a walk day by day: the dashboards ask
 * it for every school of a municipality on every request.
 */
import { addDays } from "@/lib/dates";
import { isWeekday, startOfWeekdayWindow, weekdaysBetween } from "@/lib/worklist/school-days";
import { danishPublicHolidays, publicHolidayOn, type PublicHolidayName } from "./public-holidays";

/** One of the school's holidays: `from` to `to`, both included. */
export type SchoolHoliday = { name: string; from: Date; to: Date };

export type ClosedReason =
  | { kind: "weekend" }
  | { kind: "publicHoliday"; name: PublicHolidayName }
  | { kind: "holiday"; name: string };

const DAY_MS = 86_400_000;
const dayNumber = (day: Date) => Math.round(day.getTime() / DAY_MS);

/** The index of the first element of sorted `values` that is ≥ `value`. */
function lowerBound(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How far back a window may reach: a calendar closed for longer has no window. */
const MAX_WINDOW_YEARS = 3;

export class SchoolCalendar {
  /** Closed weekdays (day numbers, sorted) per year, built when a year is first asked about. */
  private readonly closedByYear = new Map<number, readonly number[]>();

  constructor(readonly holidays: readonly SchoolHoliday[] = []) {}

  /** Weekdays, no public holiday, no holiday of the school's. */
  isSchoolDay(day: Date): boolean {
    if (!isWeekday(day)) return false;
    const closed = this.closedOf(day.getUTCFullYear());
    const number = dayNumber(day);
    return closed[lowerBound(closed, number)] !== number;
  }

  /** Why there is no school on `day`, or null on a school day. */
  closedReason(day: Date): ClosedReason | null {
    if (!isWeekday(day)) return { kind: "weekend" };
    const publicHoliday = publicHolidayOn(day);
    if (publicHoliday) return { kind: "publicHoliday", name: publicHoliday };
    const time = day.getTime();
    const holiday = this.holidays.find(
      (candidate) => candidate.from.getTime() <= time && time <= candidate.to.getTime(),
    );
    return holiday ? { kind: "holiday", name: holiday.name } : null;
  }

  /** School days from `from` to `to`, both included; 0 when `to` is earlier. */
  schoolDaysBetween(from: Date, to: Date): number {
    if (to < from) return 0;
    return weekdaysBetween(from, to) - this.closedWeekdaysBetween(from, to).length;
  }

  /**
   * The weekdays from `from` to `to` (both included) on which the school is closed: what the
   * database leaves out when it counts a window's absence (AbsenceStandingWindow.closedDays).
   */
  closedWeekdaysBetween(from: Date, to: Date): Date[] {
    const first = dayNumber(from);
    const last = dayNumber(to);
    const closed: Date[] = [];
    for (let year = from.getUTCFullYear(); year <= to.getUTCFullYear(); year++) {
      const days = this.closedOf(year);
      for (
        let index = lowerBound(days, first);
        index < days.length && days[index]! <= last;
        index++
      )
        closed.push(new Date(days[index]! * DAY_MS));
    }
    return closed;
  }

  /**
   * The first of the `count` most recent school days up to and including `today` (on a day
   * without school: up to the school day before). Reaches past holidays: after the summer
   * holiday, the last 60 school days begin in the spring.
   */
  windowStart(today: Date, count: number): Date {
    const wanted = Math.max(1, count);
    const limit = addDays(today, -366 * MAX_WINDOW_YEARS);
    let start = startOfWeekdayWindow(today, wanted);
    for (;;) {
      const missing = wanted - this.schoolDaysBetween(start, today);
      if (missing <= 0 || start < limit) break;
      start = startOfWeekdayWindow(addDays(start, -1), missing);
    }
    // A window begins on a school day, not on the closed weekdays before its first one.
    while (!this.isSchoolDay(start) && start < today) start = addDays(start, 1);
    return start;
  }

  /** The next school day after `day`. */
  nextSchoolDay(day: Date): Date {
    let next = addDays(day, 1);
    for (let steps = 0; !this.isSchoolDay(next) && steps < 366 * MAX_WINDOW_YEARS; steps++)
      next = addDays(next, 1);
    return next;
  }

  /** The school days from `from` to `to`, both included, in order. */
  schoolDaysOf(from: Date, to: Date): Date[] {
    const days: Date[] = [];
    for (let day = from; day <= to; day = addDays(day, 1))
      if (this.isSchoolDay(day)) days.push(day);
    return days;
  }

  private closedOf(year: number): readonly number[] {
    const known = this.closedByYear.get(year);
    if (known) return known;
    const closed = new Set<number>();
    for (const holiday of danishPublicHolidays(year))
      if (isWeekday(holiday.date)) closed.add(dayNumber(holiday.date));
    const first = Date.UTC(year, 0, 1);
    const last = Date.UTC(year, 11, 31);
    for (const holiday of this.holidays) {
      const from = Math.max(holiday.from.getTime(), first);
      const to = Math.min(holiday.to.getTime(), last);
      for (let time = from; time <= to; time += DAY_MS) {
        const day = new Date(time);
        if (isWeekday(day)) closed.add(dayNumber(day));
      }
    }
    const sorted = [...closed].sort((a, b) => a - b);
    this.closedByYear.set(year, sorted);
    return sorted;
  }
}

/** A calendar with the public holidays only: a school that has entered no holidays. */
export const PUBLIC_HOLIDAYS_ONLY = new SchoolCalendar();
