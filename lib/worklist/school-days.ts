/**
 * Weekdays (Monday–Friday) as the absence rules count them. The app has no school calendar yet,
 * so holidays count as weekdays: over a holiday the absence share comes out lower, never higher
 * (the rules err on the side of not flagging). Days are midnight UTC, as in lib/dates.
 */
import { addDays } from "@/lib/dates";

export function isWeekday(day: Date): boolean {
  const weekday = day.getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

/**
 * The first day of the window made of the `count` most recent weekdays up to and including
 * `today` (on a weekend: up to the Friday before).
 */
export function startOfWeekdayWindow(today: Date, count: number): Date {
  let day = today;
  let remaining = Math.max(1, count);
  for (;;) {
    if (isWeekday(day) && --remaining === 0) return day;
    day = addDays(day, -1);
  }
}

/** The first day of the calendar quarter `day` is in (1 January, 1 April, 1 July, 1 October). */
export function startOfQuarter(day: Date): Date {
  const month = day.getUTCMonth();
  return new Date(Date.UTC(day.getUTCFullYear(), month - (month % 3), 1));
}

/** Weekdays from `from` to `to`, both included; 0 when `to` is earlier. */
export function weekdaysBetween(from: Date, to: Date): number {
  let count = 0;
  for (let day = from; day.getTime() <= to.getTime(); day = addDays(day, 1)) {
    if (isWeekday(day)) count++;
  }
  return count;
}
