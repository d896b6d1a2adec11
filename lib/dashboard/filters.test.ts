import { describe, expect, it } from "vitest";
import { parseDashboardFilter, schoolYearPeriod } from "./filters";

const TODAY = new Date("2026-11-22T00:00:00Z");

describe("the dashboards' filter", () => {
  it("defaults to this school year, 1 August to 31 July, all grades", () => {
    expect(parseDashboardFilter({}, TODAY)).toEqual({
      filter: { from: "2026-08-01", to: "2027-07-31", grade: null },
      invalid: false,
    });
    expect(schoolYearPeriod(new Date("2027-03-01T00:00:00Z"))).toEqual({
      from: "2026-08-01",
      to: "2027-07-31",
    });
    expect(schoolYearPeriod(new Date("2027-08-01T00:00:00Z"))).toEqual({
      from: "2027-08-01",
      to: "2028-07-31",
    });
  });

  it("takes a period and a grade from the query string", () => {
    expect(
      parseDashboardFilter({ from: "2026-09-01", to: "2026-10-31", grade: "0" }, TODAY),
    ).toEqual({ filter: { from: "2026-09-01", to: "2026-10-31", grade: 0 }, invalid: false });
    expect(parseDashboardFilter({ from: "2026-09-01", grade: "" }, TODAY).filter).toEqual({
      from: "2026-09-01",
      to: "2027-07-31",
      grade: null,
    });
    // A repeated parameter: the first counts.
    expect(parseDashboardFilter({ grade: ["7", "8"] }, TODAY).filter.grade).toBe(7);
  });

  it.each([
    [{ from: "2026-02-30" }],
    [{ to: "i går" }],
    [{ from: "2026-10-01", to: "2026-09-01" }],
    [{ from: "2020-01-01", to: "2026-09-01" }],
    [{ grade: "11" }],
    [{ grade: "-1" }],
    [{ grade: "4.5" }],
    [{ grade: "alle" }],
  ])("falls back to the defaults for %j and says so", (params) => {
    const { filter, invalid } = parseDashboardFilter(params, TODAY);
    expect(invalid).toBe(true);
    expect([filter.from <= filter.to, filter.grade === null || filter.grade <= 10]).toEqual([
      true,
      true,
    ]);
  });
});
