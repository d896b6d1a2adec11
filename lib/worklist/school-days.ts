/**
 * Weekday arithmetic (Monday–Friday) and calendar quarters: what a school's calendar
 * (lib/calendar/school-calendar.ts) counts from before it takes out the public holidays and the
 * school's own holidays. Days are midnight UTC, as in lib/dates.
 */
import { addDays } from "@/lib/dates";

export function isWeekday(day: Date): boolean {
  const weekday = day.getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

const DAY_MS = 86_400_000;
/** Monday = 0 … Sunday = 6. */
const weekdayIndex = (day: Date) => (day.getUTCDay() + 6) % 7;

/**
 * The first day of the window made of the `count` most recent weekdays up to and including
 * `today` (on a weekend: up to the Friday before). Arithmetic, not a walk day by day: the
 * dashboards ask it for every school on every request.
 */
export function startOfWeekdayWindow(today: Date, count: number): Date {
  // The last weekday on or before today.
  const back = Math.max(0, weekdayIndex(today) - 4);
  const last = addDays(today, -back);
  const before = Math.max(1, count) - 1;
  // Whole weeks of five weekdays, then the rest within the week (bridging one weekend).
  const rest = before % 5;
  const start = addDays(last, -7 * Math.floor(before / 5) - rest);
  return rest > weekdayIndex(last) ? addDays(start, -2) : start;
}

/** The first day of the calendar quarter `day` is in (1 January, 1 April, 1 July, 1 October). */
export function startOfQuarter(day: Date): Date {
  const month = day.getUTCMonth();
  return new Date(Date.UTC(day.getUTCFullYear(), month - (month % 3), 1));
}

/** Weekdays from `from` to `to`, both included; 0 when `to` is earlier. */
export function weekdaysBetween(from: Date, to: Date): number {
  const days = Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1;
  if (days <= 0) return 0;
  // Whole weeks hold five each; the rest are the days from `from`'s weekday on.
  let count = Math.floor(days / 7) * 5;
  const first = weekdayIndex(from);
  for (let i = 0; i < days % 7; i++) if ((first + i) % 7 < 5) count++;
  return count;
}
