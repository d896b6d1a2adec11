import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, isoDay } from "@/lib/dates";
import { addWorkingDays, danishPublicHolidays, easterSunday } from "./public-holidays";
import { SchoolCalendar } from "./school-calendar";
import { firstSchoolDay, typicalHolidays } from "./typical-holidays";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("Denmark's public holidays", () => {
  it("finds Easter Sunday", () => {
    expect(isoDay(easterSunday(2024))).toBe("2024-03-31");
    expect(isoDay(easterSunday(2026))).toBe("2026-04-05");
    expect(isoDay(easterSunday(2027))).toBe("2027-03-28");
    expect(isoDay(easterSunday(2038))).toBe("2038-04-25");
  });

  it("lists the year's holidays, store bededag until 2023 only", () => {
    expect(danishPublicHolidays(2026).map((holiday) => isoDay(holiday.date))).toEqual([
      "2026-01-01",
      "2026-04-02",
      "2026-04-03",
      "2026-04-05",
      "2026-04-06",
      "2026-05-14",
      "2026-05-24",
      "2026-05-25",
      "2026-12-25",
      "2026-12-26",
    ]);
    expect(danishPublicHolidays(2023).map((holiday) => holiday.name)).toContain("greatPrayerDay");
    expect(danishPublicHolidays(2024).map((holiday) => holiday.name)).not.toContain(
      "greatPrayerDay",
    );
  });

  it("counts working days past weekends and public holidays", () => {
    // Friday 20 November 2026 + 6 working days: Monday 30 November.
    expect(isoDay(addWorkingDays(day("2026-11-20"), 6))).toBe("2026-11-30");
    // Friday 18 December 2026: Christmas Day and Boxing Day fall on Friday and Saturday.
    expect(isoDay(addWorkingDays(day("2026-12-18"), 6))).toBe("2026-12-29");
    // Wednesday 1 April 2026: Maundy Thursday to Easter Monday closed.
    expect(isoDay(addWorkingDays(day("2026-04-01"), 1))).toBe("2026-04-07");
  });
});

describe("a school's calendar", () => {
  const calendar = new SchoolCalendar(typicalHolidays(2026));

  it("knows school days from weekends, public holidays and the school's holidays", () => {
    expect(calendar.isSchoolDay(day("2026-10-09"))).toBe(true); // Friday before week 42
    expect(calendar.closedReason(day("2026-10-12"))).toEqual({
      kind: "holiday",
      name: "Efterårsferie",
    });
    expect(calendar.closedReason(day("2026-10-17"))).toEqual({ kind: "weekend" });
    expect(calendar.closedReason(day("2027-05-06"))).toEqual({
      kind: "publicHoliday",
      name: "ascensionDay",
    });
    expect(calendar.isSchoolDay(day("2027-05-07"))).toBe(false); // the Friday after
    expect(calendar.isSchoolDay(day("2027-08-09"))).toBe(true); // first school day
    expect(firstSchoolDay(2027)).toEqual(day("2027-08-09"));
  });

  it("reaches back past the summer holiday for the last 60 school days", () => {
    const summer = new SchoolCalendar([...typicalHolidays(2025), ...typicalHolidays(2026)]);
    // 20 August 2026: nine school days since 10 August; the other 51 are before the summer.
    const start = summer.windowStart(day("2026-08-20"), 60);
    expect(summer.schoolDaysBetween(start, day("2026-08-20"))).toBe(60);
    expect(start < day("2026-06-01")).toBe(true);
    expect(summer.isSchoolDay(start)).toBe(true);
    // Without the holidays the same window began in June.
    expect(new SchoolCalendar().windowStart(day("2026-08-20"), 60) > day("2026-05-25")).toBe(true);
  });

  it("counts school days as a walk day by day does, for any holidays", () => {
    const holidayArb = fc
      .tuple(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 40 }))
      .map(([start, length]) => ({
        name: "Ferie",
        from: addDays(day("2025-01-01"), start),
        to: addDays(day("2025-01-01"), start + length),
      }));
    fc.assert(
      fc.property(
        fc.array(holidayArb, { maxLength: 8 }),
        fc.integer({ min: 100, max: 730 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 5, max: 200 }),
        (holidays, todayOffset, span, count) => {
          const cal = new SchoolCalendar(holidays);
          const today = addDays(day("2025-01-01"), todayOffset);
          const from = addDays(today, -span);
          const walked = cal.schoolDaysOf(from, today).length;
          expect(cal.schoolDaysBetween(from, today)).toBe(walked);
          const start = cal.windowStart(today, count);
          expect(cal.schoolDaysBetween(start, today)).toBe(count);
          expect(cal.isSchoolDay(start)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("finds the next school day past weekends and holidays", () => {
    expect(calendar.nextSchoolDay(day("2026-10-09"))).toEqual(day("2026-10-19"));
    expect(calendar.nextSchoolDay(day("2026-12-18"))).toEqual(day("2027-01-04"));
  });
});
