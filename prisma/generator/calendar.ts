/**
 * The school calendar the generated data lives in: the app's weekdays (lib/worklist/school-days.ts)
 * minus the Danish school holidays — summer (late June to the second Monday of August), the autumn
 * break (week 42), Christmas, the winter break (week 7), Easter week, Ascension Day and the Friday
 * after, Whit Monday and Constitution Day. That leaves about 200 school days a year, as in a
 * Danish municipality's school calendar. Days are midnight UTC, as in lib/dates.
 */
import { addDays } from "@/lib/dates";
import { isWeekday } from "@/lib/worklist/school-days";

const DAY_MS = 86_400_000;

/** ISO week number of a day. */
function isoWeek(day: Date): number {
  const thursday = addDays(day, 3 - ((day.getUTCDay() + 6) % 7));
  const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
  const firstMonday = addDays(firstThursday, -((firstThursday.getUTCDay() + 6) % 7));
  return 1 + Math.floor((thursday.getTime() - firstMonday.getTime()) / (7 * DAY_MS));
}

/** Easter Sunday (the anonymous Gregorian algorithm). */
function easterSunday(year: number): Date {
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
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, date));
}

/** The first school day after the summer holiday: the second Monday of August. */
export function firstSchoolDay(year: number): Date {
  const first = new Date(Date.UTC(year, 7, 1));
  return addDays(first, ((8 - first.getUTCDay()) % 7) + 7);
}

function isHoliday(day: Date): boolean {
  const [year, month, date] = [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()];
  const summer =
    (month === 5 && date >= 27) || month === 6 || (month === 7 && day < firstSchoolDay(year));
  const christmas = (month === 11 && date >= 21) || (month === 0 && date <= 2);
  const week = isoWeek(day);
  if (summer || christmas || week === 42 || week === 7) return true;
  if (month === 5 && date === 5) return true;
  const fromEaster = Math.round((day.getTime() - easterSunday(year).getTime()) / DAY_MS);
  // Easter week (Monday to Easter Monday), Ascension Day and the Friday after, Whit Monday.
  return (
    (fromEaster >= -6 && fromEaster <= 1) ||
    fromEaster === 39 ||
    fromEaster === 40 ||
    fromEaster === 50
  );
}

export function isSchoolDay(day: Date): boolean {
  return isWeekday(day) && !isHoliday(day);
}

/** The school days from `from` up to, not including, `until`. */
export function schoolDaysBetween(from: Date, until: Date): Date[] {
  const days: Date[] = [];
  for (let day = from; day < until; day = addDays(day, 1)) if (isSchoolDay(day)) days.push(day);
  return days;
}

/** The school day on or after `day`. */
export function schoolDayFrom(day: Date): Date {
  let candidate = day;
  while (!isSchoolDay(candidate)) candidate = addDays(candidate, 1);
  return candidate;
}
