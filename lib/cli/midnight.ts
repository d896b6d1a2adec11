/**
 * The moments drill:midnight runs the tests at (drill-midnight.ts): half past midnight in Denmark,
 * when the Danish calendar day is not the UTC one.
 */
import { addDays, danishTime, isoDay, todayInDenmark } from "@/lib/dates";

export type Moment = { label: string; at: Date };

/** The last Sunday of a month (0-based), as midnight UTC of that day. */
function lastSunday(year: number, month: number): Date {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return addDays(last, -last.getUTCDay());
}

/** The next day Denmark changes its clocks (the last Sunday of March or of October). */
export function nextClockChange(today: Date): Date {
  const year = today.getUTCFullYear();
  const candidates = [year, year + 1].flatMap((y) => [lastSunday(y, 2), lastSunday(y, 9)]);
  return candidates.find((day) => day > today)!;
}

export function drillMoments(now: Date): Moment[] {
  const tomorrow = addDays(todayInDenmark(now), 1);
  const change = nextClockChange(todayInDenmark(now));
  return [
    { label: `tonight, ${isoDay(tomorrow)} 00.30 in Denmark`, at: danishTime(tomorrow, "00:30") },
    {
      label: `the night the clocks change, ${isoDay(change)} 00.30 in Denmark`,
      at: danishTime(change, "00:30"),
    },
  ];
}
