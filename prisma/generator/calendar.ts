/**
 * The school calendar the generated data lives in: the app's own (lib/calendar) with the
 * municipality's usual holidays (typical-holidays.ts) — summer (27 June to the second Monday of
 * August), the autumn break (week 42), Christmas, the winter break (week 7), Easter week, the day
 * after Ascension Day and Constitution Day — and the public holidays. That leaves about 200 school
 * days a year, as in a Danish municipality's school calendar. Every generated school is given the
 * same holidays (organisation.ts), so the app counts the generated absence over the days it was
 * generated on. Days are midnight UTC, as in lib/dates.
 */
import { currentSchoolYear } from "@/lib/admin/school-year";
import { SchoolCalendar, type SchoolHoliday } from "@/lib/calendar/school-calendar";
import { typicalHolidays } from "@/lib/calendar/typical-holidays";
import { addDays } from "@/lib/dates";

const holidaysOf = (first: number, last: number): SchoolHoliday[] =>
  Array.from({ length: last - first + 1 }, (_, index) => typicalHolidays(first + index)).flat();

/** Every year the generator's days can fall in, for its own questions below. */
const CALENDAR = new SchoolCalendar(holidaysOf(1990, 2100));

/**
 * The holidays every generated school is given: the school years of ten years of history
 * (bench:history) up to the next one.
 */
export function generatedHolidays(today: Date): SchoolHoliday[] {
  const year = Number(currentSchoolYear(today).slice(0, 4));
  return holidaysOf(year - 11, year + 1);
}

export function isSchoolDay(day: Date): boolean {
  return CALENDAR.isSchoolDay(day);
}

/** The school days from `from` up to, not including, `until`. */
export function schoolDaysBetween(from: Date, until: Date): Date[] {
  return CALENDAR.schoolDaysOf(from, addDays(until, -1));
}

/** The school day on or after `day`. */
export function schoolDayFrom(day: Date): Date {
  return CALENDAR.isSchoolDay(day) ? day : CALENDAR.nextSchoolDay(day);
}
