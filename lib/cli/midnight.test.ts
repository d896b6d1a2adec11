import { describe, expect, it } from "vitest";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { drillMoments, nextClockChange } from "./midnight";

describe("drill:midnight's moments", () => {
  it("are tonight and the next night the clocks change, at 00.30 in Denmark", () => {
    expect(drillMoments(new Date("2026-12-07T21:30:00Z")).map((m) => m.at.toISOString())).toEqual([
      "2026-12-07T23:30:00.000Z",
      "2027-03-27T23:30:00.000Z",
    ]);
    // Summer time: Denmark is two hours ahead, and the next change is October's.
    expect(drillMoments(new Date("2027-06-01T12:00:00Z")).map((m) => m.at.toISOString())).toEqual([
      "2027-06-01T22:30:00.000Z",
      "2027-10-30T22:30:00.000Z",
    ]);
  });

  it("each fall in the hour when Denmark's day is not the UTC day", () => {
    for (const now of ["2026-01-15T08:00:00Z", "2026-07-15T23:59:00Z", "2026-12-31T23:30:00Z"]) {
      for (const { at } of drillMoments(new Date(now))) {
        expect(isoDay(todayInDenmark(at))).not.toBe(isoDay(at));
      }
    }
  });

  it("finds the last Sunday of March or October after today", () => {
    expect(isoDay(nextClockChange(new Date("2026-03-29T00:00:00Z")))).toBe("2026-10-25");
    expect(isoDay(nextClockChange(new Date("2026-03-28T00:00:00Z")))).toBe("2026-03-29");
    expect(isoDay(nextClockChange(new Date("2026-11-01T00:00:00Z")))).toBe("2027-03-28");
  });
});
