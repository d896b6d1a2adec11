import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import { isWeekday, startOfQuarter, startOfWeekdayWindow, weekdaysBetween } from "./school-days";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("weekdays for the absence rules", () => {
  it("knows Monday to Friday from the weekend", () => {
    expect(isWeekday(day("2026-11-20"))).toBe(true); // Friday
    expect(isWeekday(day("2026-11-21"))).toBe(false); // Saturday
    expect(isWeekday(day("2026-11-22"))).toBe(false); // Sunday
    expect(isWeekday(day("2026-11-23"))).toBe(true); // Monday
  });

  it("starts a window of weekdays that ends today, or on the Friday before a weekend", () => {
    expect(startOfWeekdayWindow(day("2026-11-20"), 1)).toEqual(day("2026-11-20"));
    expect(startOfWeekdayWindow(day("2026-11-20"), 5)).toEqual(day("2026-11-16"));
    expect(startOfWeekdayWindow(day("2026-11-20"), 6)).toEqual(day("2026-11-13"));
    expect(startOfWeekdayWindow(day("2026-11-22"), 5)).toEqual(day("2026-11-16"));
    // 60 weekdays are 12 whole weeks.
    expect(startOfWeekdayWindow(day("2026-11-20"), 60)).toEqual(day("2026-08-31"));
    expect(weekdaysBetween(startOfWeekdayWindow(day("2026-11-20"), 60), day("2026-11-20"))).toBe(
      60,
    );
  });

  it("finds the calendar quarter's first day", () => {
    expect(startOfQuarter(day("2026-11-21"))).toEqual(day("2026-10-01"));
    expect(startOfQuarter(day("2026-10-01"))).toEqual(day("2026-10-01"));
    expect(startOfQuarter(day("2026-09-30"))).toEqual(day("2026-07-01"));
    expect(startOfQuarter(day("2027-01-01"))).toEqual(day("2027-01-01"));
    expect(startOfQuarter(day("2027-06-30"))).toEqual(day("2027-04-01"));
  });

  it("counts weekdays with both ends included", () => {
    expect(weekdaysBetween(day("2026-11-16"), day("2026-11-20"))).toBe(5);
    expect(weekdaysBetween(day("2026-11-16"), day("2026-11-22"))).toBe(5);
    expect(weekdaysBetween(day("2026-11-21"), day("2026-11-22"))).toBe(0);
    expect(weekdaysBetween(day("2026-11-20"), day("2026-11-19"))).toBe(0);
    expect(weekdaysBetween(day("2026-10-01"), day("2026-11-20"))).toBe(37);
  });

  it("counts as a walk day by day would, over years of days and windows", () => {
    const walkCount = (from: Date, to: Date) => {
      let count = 0;
      for (let d = from; d.getTime() <= to.getTime(); d = addDays(d, 1)) if (isWeekday(d)) count++;
      return count;
    };
    const walkStart = (today: Date, count: number) => {
      let d = today;
      let remaining = Math.max(1, count);
      for (;;) {
        if (isWeekday(d) && --remaining === 0) return d;
        d = addDays(d, -1);
      }
    };
    const anyDay = fc.integer({ min: 0, max: 3650 }).map((n) => addDays(day("2024-01-01"), n));
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -10, max: 400 }), (from, length) => {
        const to = addDays(from, length);
        expect(weekdaysBetween(from, to)).toBe(walkCount(from, to));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 200 }), (today, count) => {
        expect(startOfWeekdayWindow(today, count)).toEqual(walkStart(today, count));
      }),
      { numRuns: 2000 },
    );
  });
});
