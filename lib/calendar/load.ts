/**
 * The schools' calendars, read in one statement: their holidays that touch the days asked about.
 */
import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { addDays } from "@/lib/dates";
import { SchoolCalendar } from "./school-calendar";

/**
 * How far back from today the absence rules may look: a window of up to 200 school days
 * (the thresholds' limit) with the year's holidays between them stays well within two years.
 */
export const RULES_LOOK_BACK_DAYS = 2 * 366;

/** Each school's calendar, with its holidays from `from` to `to` (both included), or all of them. */
export async function loadCalendars(
  db: DbOrTx,
  schoolIds: readonly string[],
  range?: { from: Date; to: Date },
): Promise<Map<string, SchoolCalendar>> {
  const holidays = await db.schoolHoliday.findMany({
    where: {
      schoolId: { in: [...schoolIds] },
      ...(range ? { to: { gte: range.from }, from: { lte: range.to } } : {}),
    },
    select: { schoolId: true, name: true, from: true, to: true },
    orderBy: { from: "asc" },
  });
  return new Map(
    schoolIds.map((schoolId) => [
      schoolId,
      new SchoolCalendar(holidays.filter((holiday) => holiday.schoolId === schoolId)),
    ]),
  );
}

/** The calendars the absence rules need on `today`. */
export function loadRuleCalendars(db: DbOrTx, schoolIds: readonly string[], today: Date) {
  return loadCalendars(db, schoolIds, { from: addDays(today, -RULES_LOOK_BACK_DAYS), to: today });
}

/** One school's calendar with all its holidays: for checking days anywhere in its history. */
export async function loadWholeCalendar(db: DbOrTx, schoolId: string): Promise<SchoolCalendar> {
  return (await loadCalendars(db, [schoolId])).get(schoolId)!;
}
