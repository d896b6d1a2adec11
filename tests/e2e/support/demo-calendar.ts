/**
 * The demo schools' calendar, as prisma/seed.ts stores it (the usual holidays of this school year
 * and the years either side): which days a test may register absence on.
 */
import { currentSchoolYear } from "@/lib/admin/school-year";
import { SchoolCalendar } from "@/lib/calendar/school-calendar";
import { typicalHolidaysAround } from "@/lib/calendar/typical-holidays";

export function demoCalendar(): SchoolCalendar {
  return new SchoolCalendar(
    typicalHolidaysAround(Number(currentSchoolYear(new Date()).slice(0, 4))),
  );
}
