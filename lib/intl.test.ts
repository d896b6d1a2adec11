import { describe, expect, it } from "vitest";
import { dateTimeFormat, numberFormat } from "./intl";

describe("Intl formatters, one per locale and options", () => {
  it("are found by the options object, or by equal options, and differ by locale", () => {
    const options: Intl.DateTimeFormatOptions = { timeZone: "Europe/Copenhagen", day: "numeric" };
    const first = dateTimeFormat("da-DK", options);
    expect(dateTimeFormat("da-DK", options)).toBe(first);
    expect(dateTimeFormat("da-DK", { ...options })).toBe(first);
    expect(dateTimeFormat("en-GB", options)).not.toBe(first);
    expect(dateTimeFormat("da-DK", { ...options, month: "long" })).not.toBe(first);
    expect(numberFormat("da-DK")).toBe(numberFormat("da-DK", {}));
  });

  it("keep number and date formatters apart, even for one options object", () => {
    const shared = {};
    expect(numberFormat("da-DK", shared)).toBeInstanceOf(Intl.NumberFormat);
    expect(dateTimeFormat("da-DK", shared)).toBeInstanceOf(Intl.DateTimeFormat);
    expect(numberFormat("en-GB")).toBeInstanceOf(Intl.NumberFormat);
    expect(dateTimeFormat("en-GB")).toBeInstanceOf(Intl.DateTimeFormat);
  });

  it("format as their options say", () => {
    const day = new Date("2026-12-04T23:30:00Z");
    expect(dateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(day)).toBe(
      "2026-12-05",
    );
    expect(numberFormat("da-DK", { maximumFractionDigits: 1 }).format(12.34)).toBe("12,3");
  });
});
