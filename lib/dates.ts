/**
 * Calendar days. The app stores days (DATE columns) as midnight UTC and decides "today" in
 * Denmark, whatever the server's own time zone.
 */
import { TIME_ZONE } from "@/lib/i18n";

/** Today in Denmark, as midnight UTC of that calendar day. */
export function todayInDenmark(now = new Date()): Date {
  // en-CA formats as YYYY-MM-DD.
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(now);
  return new Date(`${day}T00:00:00Z`);
}

/** A DATE column's value as <input type="date"> wants it: "2026-11-21". */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * 86_400_000);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}

/** Monday–Friday after `from`; public holidays are not known to the app. */
export function addWorkingDays(from: Date, workingDays: number): Date {
  let day = from;
  for (let added = 0; added < workingDays;) {
    day = addDays(day, 1);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) added++;
  }
  return day;
}
