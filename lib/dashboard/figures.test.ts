/**
 * The absence trend's weeks and months: a holiday (no school days) is neither a figure nor a
 * hidden one, and takes no part in the suppression of the weeks beside it.
 */
import { describe, expect, it } from "vitest";
import { trendFigures } from "./figures";
import type { TrendCounts } from "./queries";
import { NO_SCHOOL, SUPPRESSED, WITHHELD } from "./suppression";

const week = (start: string, schoolDays: number, absentPupils: number): TrendCounts => ({
  start,
  schoolDays,
  pupils: 400,
  absentPupils,
  unauthorisedPupils: absentPupils,
  absentDays: absentPupils * 2,
  unauthorisedDays: absentPupils,
});

describe("the absence trend over holidays", () => {
  it("shows the school weeks either side of a holiday week, and the holiday as such", () => {
    const points = trendFigures([
      week("2026-10-05", 5, 40),
      week("2026-10-12", 0, 0),
      week("2026-10-19", 5, 36),
    ]);
    expect(points.map((point) => point.ratePct)).toEqual([4, NO_SCHOOL, 3.6]);
    expect(points[1]).toEqual({
      start: "2026-10-12",
      ratePct: NO_SCHOOL,
      unauthorisedPct: NO_SCHOOL,
    });
  });

  it("still hides a small week, and withholds one more among the school weeks only", () => {
    const points = trendFigures([
      week("2026-10-05", 5, 40),
      week("2026-10-12", 0, 0),
      week("2026-10-19", 5, 3),
      week("2026-10-26", 5, 30),
    ]);
    expect(points.map((point) => point.ratePct)).toEqual([4, NO_SCHOOL, SUPPRESSED, WITHHELD]);
  });
});
