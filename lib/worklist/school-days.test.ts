import { describe, expect, it } from "vitest";
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
});
