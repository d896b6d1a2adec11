/**
 * A Danish municipality's usual school holidays (ferieplan) for the school year beginning in
 * August of `year`: what the demo school and the generated municipality use, and what an
 * administrator can start from and then correct to the municipality's own plan. The public
 * holidays among them (Christmas Day, Easter, Whit Monday …) are closed anyway (public-holidays.ts).
 */
import { addDays } from "@/lib/dates";
import { easterSunday } from "./public-holidays";
import type { SchoolHoliday } from "./school-calendar";

/** The Monday of ISO week `week` of `year`. */
function mondayOfIsoWeek(year: number, week: number): Date {
  const january4 = new Date(Date.UTC(year, 0, 4));
  const firstMonday = addDays(january4, -((january4.getUTCDay() + 6) % 7));
  return addDays(firstMonday, 7 * (week - 1));
}

/** The first school day after the summer holiday: the second Monday of August. */
export function firstSchoolDay(year: number): Date {
  const first = new Date(Date.UTC(year, 7, 1));
  return addDays(first, ((8 - first.getUTCDay()) % 7) + 7);
}

const day = (year: number, month: number, date: number) =>
  new Date(Date.UTC(year, month - 1, date));

/** The school year `year`/`year + 1`'s holidays, in date order. */
export function typicalHolidays(year: number): SchoolHoliday[] {
  const next = year + 1;
  const easter = easterSunday(next);
  const week = (name: string, isoYear: number, isoWeek: number) => {
    const monday = mondayOfIsoWeek(isoYear, isoWeek);
    return { name, from: monday, to: addDays(monday, 4) };
  };
  return [
    week("Efterårsferie", year, 42),
    { name: "Juleferie", from: day(year, 12, 21), to: day(next, 1, 2) },
    week("Vinterferie", next, 7),
    { name: "Påskeferie", from: addDays(easter, -6), to: addDays(easter, 1) },
    {
      name: "Dagen efter Kristi himmelfartsdag",
      from: addDays(easter, 40),
      to: addDays(easter, 40),
    },
    { name: "Grundlovsdag", from: day(next, 6, 5), to: day(next, 6, 5) },
    {
      name: "Sommerferie",
      from: day(next, 6, 27),
      to: addDays(firstSchoolDay(next), -1),
    },
  ].sort((a, b) => a.from.getTime() - b.from.getTime());
}

/**
 * The usual holidays of the school year `year`/`year + 1` and of the years either side of it: what
 * the demo schools are seeded with (prisma/seed.ts), so tests can tell their school days.
 */
export function typicalHolidaysAround(year: number): SchoolHoliday[] {
  return [year - 1, year, year + 1].flatMap(typicalHolidays);
}
