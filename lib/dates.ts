/**
 * Calendar days. The app stores days (DATE columns) as midnight UTC and decides "today" in
 * Denmark, whatever the server's own time zone.
 */
import { TIME_ZONE } from "@/lib/i18n";
import { dateTimeFormat } from "@/lib/intl";

const DAY_IN_DENMARK: Intl.DateTimeFormatOptions = { timeZone: TIME_ZONE };

/** Today in Denmark, as midnight UTC of that calendar day. */
export function todayInDenmark(now = new Date()): Date {
  // en-CA formats as YYYY-MM-DD.
  const day = dateTimeFormat("en-CA", DAY_IN_DENMARK).format(now);
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

const WALL_CLOCK_IN_DENMARK: Intl.DateTimeFormatOptions = {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
};

/** Minutes Denmark is ahead of UTC at `instant` (60 in winter, 120 in summer). */
function zoneOffsetMinutes(instant: Date): number {
  const parts = dateTimeFormat("en-US", WALL_CLOCK_IN_DENMARK).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** A wall-clock time on a calendar day in Denmark ("2026-11-25", "14:00") as an instant. */
export function danishTime(day: Date, time: string): Date {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  const wall = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hours, minutes);
  let instant = new Date(wall - zoneOffsetMinutes(new Date(wall)) * 60_000);
  // Around a change to or from summer time the first guess can be an hour off; once more settles it.
  instant = new Date(wall - zoneOffsetMinutes(instant) * 60_000);
  return instant;
}

const CLOCK_IN_DENMARK: Intl.DateTimeFormatOptions = {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
};

/** The wall-clock time of an instant in Denmark, "14:05". */
export function danishClock(instant: Date): string {
  return dateTimeFormat("en-GB", CLOCK_IN_DENMARK).format(instant);
}
