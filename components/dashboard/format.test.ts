import { describe, expect, it } from "vitest";
import { isoWeekOf } from "./format";

describe("ISO week numbers", () => {
  it("numbers the weeks as the Danish calendar does", () => {
    expect(isoWeekOf("2026-08-03")).toBe(32); // the week before school starts
    expect(isoWeekOf("2026-10-12")).toBe(42); // the autumn holiday
    expect(isoWeekOf("2026-01-05")).toBe(2); // 2026 began on a Thursday: week 1 was 29.12.–4.1.
    expect(isoWeekOf("2026-12-28")).toBe(53);
    expect(isoWeekOf("2024-12-30")).toBe(1); // week 1 of 2025
    expect(isoWeekOf("2027-01-04")).toBe(1);
    expect(isoWeekOf("2027-10-18")).toBe(42);
  });

  it("counts on by one a week, and starts again at the week holding 4 January", () => {
    let previous = 0;
    for (
      let monday = Date.UTC(2000, 0, 3);
      monday < Date.UTC(2041, 0, 1);
      monday += 7 * 86_400_000
    ) {
      const iso = new Date(monday).toISOString().slice(0, 10);
      const january4 = Date.UTC(new Date(monday + 6 * 86_400_000).getUTCFullYear(), 0, 4);
      const expected = january4 >= monday && january4 <= monday + 6 * 86_400_000 ? 1 : previous + 1;
      expect(isoWeekOf(iso), iso).toBe(expected);
      previous = expected;
    }
  });
});
