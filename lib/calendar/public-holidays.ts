/**
 * Denmark's public holidays (helligdage, lov om helligdage), from Easter Sunday's date: no school
 * and no working day on any of them. Store bededag was one until 2023 (abolished from 2024).
 * Grundlovsdag (5 June), Christmas Eve and New Year's Eve are not public holidays by law: a
 * school's own calendar closes them (the municipality's ferieplan does, and the demo school's).
 * Days are midnight UTC, as in lib/dates.
 */
import { addDays } from "@/lib/dates";
import { isWeekday } from "@/lib/worklist/school-days";

export type PublicHolidayName =
  | "newYearsDay"
  | "maundyThursday"
  | "goodFriday"
  | "easterSunday"
  | "easterMonday"
  | "greatPrayerDay"
  | "ascensionDay"
  | "whitSunday"
  | "whitMonday"
  | "christmasDay"
  | "boxingDay";

export type PublicHoliday = { date: Date; name: PublicHolidayName };

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const byYear = new Map<number, readonly PublicHoliday[]>();

/** The year's public holidays in date order. */
export function danishPublicHolidays(year: number): readonly PublicHoliday[] {
  const known = byYear.get(year);
  if (known) return known;
  const easter = easterSunday(year);
  const fromEaster = (days: number, name: PublicHolidayName) => ({
    date: addDays(easter, days),
    name,
  });
  const holidays: PublicHoliday[] = [
    { date: new Date(Date.UTC(year, 0, 1)), name: "newYearsDay" },
    fromEaster(-3, "maundyThursday"),
    fromEaster(-2, "goodFriday"),
    fromEaster(0, "easterSunday"),
    fromEaster(1, "easterMonday"),
    ...(year <= 2023 ? [fromEaster(26, "greatPrayerDay")] : []),
    fromEaster(39, "ascensionDay"),
    fromEaster(49, "whitSunday"),
    fromEaster(50, "whitMonday"),
    { date: new Date(Date.UTC(year, 11, 25)), name: "christmasDay" },
    { date: new Date(Date.UTC(year, 11, 26)), name: "boxingDay" },
  ];
  byYear.set(year, holidays);
  return holidays;
}

/** The public holiday on `day`, if it is one. */
export function publicHolidayOn(day: Date): PublicHolidayName | null {
  const time = day.getTime();
  return (
    danishPublicHolidays(day.getUTCFullYear()).find((holiday) => holiday.date.getTime() === time)
      ?.name ?? null
  );
}

/** The working day `workingDays` after `from`: weekends and public holidays skipped. */
export function addWorkingDays(from: Date, workingDays: number): Date {
  let day = from;
  for (let added = 0; added < workingDays;) {
    day = addDays(day, 1);
    if (isWeekday(day) && !publicHolidayOn(day)) added++;
  }
  return day;
}
