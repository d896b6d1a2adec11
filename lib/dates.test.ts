import { describe, expect, it } from "vitest";
import { danishClock, danishTime, todayInDenmark } from "./dates";

describe("days and times in Denmark", () => {
  it("turns a Danish wall-clock time into the right instant in winter and summer", () => {
    expect(danishTime(new Date("2026-11-25T00:00:00Z"), "14:00").toISOString()).toBe(
      "2026-11-25T13:00:00.000Z",
    );
    expect(danishTime(new Date("2026-06-10T00:00:00Z"), "14:00").toISOString()).toBe(
      "2026-06-10T12:00:00.000Z",
    );
    // The Sunday summer time ends (25 October 2026): 10:00 is already winter time.
    expect(danishTime(new Date("2026-10-25T00:00:00Z"), "10:00").toISOString()).toBe(
      "2026-10-25T09:00:00.000Z",
    );
    expect(danishClock(new Date("2026-06-10T12:00:00Z"))).toBe("14:00");
  });

  it("knows the Danish date just after midnight", () => {
    expect(todayInDenmark(new Date("2026-11-21T23:30:00Z")).toISOString()).toBe(
      "2026-11-22T00:00:00.000Z",
    );
  });
});
