/**
 * Small-cell suppression (DESIGN.md §3): counts below 5 — 0 included — never show; rates and
 * medians over fewer than 5 never show; and a breakdown with a hidden cell hides one more, so
 * that subtracting the shown cells from a shown total cannot pin a hidden non-zero cell down.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  complementary,
  followCount,
  MIN_GROUP,
  percent,
  suppress,
  suppressBreakdown,
  suppressMeasure,
  suppressMeasures,
  suppressPartition,
  suppressShare,
  SUPPRESSED,
  WITHHELD,
  type Count,
} from "./suppression";

describe("suppress", () => {
  it("shows 5 and more as they are", () => {
    expect(suppress(5)).toBe(5);
    expect(suppress(6)).toBe(6);
    expect(suppress(1234)).toBe(1234);
  });

  it("shows every count below 5 as <5, 0 included", () => {
    for (const count of [0, 1, 2, 3, 4]) expect(suppress(count), String(count)).toBe(SUPPRESSED);
    expect(SUPPRESSED).toBe("<5");
    expect(MIN_GROUP).toBe(5);
  });

  it("never returns a number below 5", () => {
    fc.assert(
      fc.property(fc.nat(10_000), (count) => {
        const shown = suppress(count);
        expect(typeof shown === "number" ? shown >= 5 : shown === SUPPRESSED).toBe(true);
      }),
    );
  });
});

describe("rates and medians", () => {
  it("shows a value over at least 5, with at least 5 contributing", () => {
    expect(suppressMeasure(4.2, { size: 5 })).toBe(4.2);
    expect(suppressMeasure(4.2, { size: 20, contributing: 5 })).toBe(4.2);
  });

  it("hides a value over fewer than 5, or with fewer than 5 contributing", () => {
    expect(suppressMeasure(4.2, { size: 4 })).toBe(SUPPRESSED);
    expect(suppressMeasure(4.2, { size: 20, contributing: 4 })).toBe(SUPPRESSED);
    expect(suppressMeasure(0, { size: 20, contributing: 0 })).toBe(SUPPRESSED);
    expect(suppressMeasure(null, { size: 20 })).toBe(SUPPRESSED);
    expect(suppressMeasure(Number.NaN, { size: 20 })).toBe(SUPPRESSED);
  });

  it("hides a share when the part or the rest is below 5", () => {
    expect(suppressShare(5, 10)).toBe(50);
    expect(suppressShare(4, 10)).toBe(SUPPRESSED);
    expect(suppressShare(6, 10)).toBe(SUPPRESSED);
    expect(suppressShare(10, 10)).toBe(SUPPRESSED);
  });

  it("hides a rate derived from a hidden count, so the count cannot be recomputed", () => {
    expect(followCount(12, 3.1)).toBe(3.1);
    expect(followCount(SUPPRESSED, 0.8)).toBe(SUPPRESSED);
    expect(followCount(WITHHELD, 2.4)).toBe(WITHHELD);
  });

  it("computes per cent with one decimal, null over nothing", () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(12, 400)).toBe(3);
    expect(percent(5, 0)).toBeNull();
  });
});

describe("complementary suppression in a breakdown", () => {
  it("leaves a breakdown alone when nothing or everything is hidden", () => {
    expect(suppressPartition([7, 12, 5])).toEqual([7, 12, 5]);
    expect(suppressPartition([1, 0, 4])).toEqual([SUPPRESSED, SUPPRESSED, SUPPRESSED]);
    expect(suppressPartition([])).toEqual([]);
  });

  it("withholds the smallest shown cell beside a hidden one", () => {
    expect(suppressPartition([3, 12, 7])).toEqual([SUPPRESSED, 12, WITHHELD]);
    expect(suppressPartition([9, 2, 6, 0])).toEqual([9, SUPPRESSED, WITHHELD, SUPPRESSED]);
  });

  it("picks the withheld cell by the size given", () => {
    expect(
      complementary([
        { primary: true, size: 2 },
        { primary: false, size: 40 },
        { primary: false, size: 6 },
      ]),
    ).toEqual(["suppressed", "shown", "withheld"]);
  });

  /**
   * What a reader can work out: the hidden cells add up to total − shown; a "<5" cell is 0–4, a
   * withheld cell 5 or more. Every value a hidden "<5" cell could take under those constraints.
   */
  function possibleValues(shown: Count[], index: number, sumHidden: number): Set<number> {
    const hidden = shown.flatMap((cell, i) => (typeof cell === "number" ? [] : [i]));
    const range = (i: number) =>
      shown[i] === SUPPRESSED
        ? [0, 1, 2, 3, 4]
        : Array.from({ length: sumHidden + 1 }, (_, v) => v).filter((v) => v >= 5);
    const values = new Set<number>();
    const walk = (position: number, sum: number, chosen: number | null) => {
      if (sum > sumHidden) return;
      if (position === hidden.length) {
        if (sum === sumHidden && chosen !== null) values.add(chosen);
        return;
      }
      const cell = hidden[position]!;
      for (const value of range(cell))
        walk(position + 1, sum + value, cell === index ? value : chosen);
    };
    walk(0, 0, null);
    return values;
  }

  it("never lets a hidden non-zero count be worked out from a shown total", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(14), { minLength: 1, maxLength: 5 }), (counts) => {
        const sum = counts.reduce((total, count) => total + count, 0);
        const { total, cells } = suppressBreakdown(sum, counts);
        expect(cells).toEqual(suppressPartition(counts));
        if (typeof total !== "number") return; // Nothing to subtract from.
        const sumHidden =
          total -
          cells.reduce<number>((acc, cell) => acc + (typeof cell === "number" ? cell : 0), 0);
        counts.forEach((count, index) => {
          if (cells[index] !== SUPPRESSED || count === 0) return;
          const possible = possibleValues(cells, index, sumHidden);
          expect(possible.has(count)).toBe(true);
          expect(possible.size, `${counts} → ${cells}`).toBeGreaterThan(1);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("withholds a total that would say every hidden cell is 4", () => {
    expect(suppressBreakdown(8, [4, 4])).toEqual({
      total: WITHHELD,
      cells: [SUPPRESSED, SUPPRESSED],
    });
    expect(suppressBreakdown(7, [4, 3])).toEqual({ total: 7, cells: [SUPPRESSED, SUPPRESSED] });
    expect(suppressBreakdown(3, [3])).toEqual({ total: SUPPRESSED, cells: [SUPPRESSED] });
    expect(suppressBreakdown(20, [12, 8])).toEqual({ total: 20, cells: [12, 8] });
  });

  it("suppresses rates in a breakdown by their own group and withholds one more", () => {
    expect(
      suppressMeasures([
        { value: 4.1, size: 20, contributing: 9 },
        { value: 0.5, size: 20, contributing: 2 },
        { value: 6.3, size: 20, contributing: 6 },
        { value: 3.3, size: 3, contributing: 3 },
      ]),
    ).toEqual([4.1, SUPPRESSED, WITHHELD, SUPPRESSED]);
    expect(
      suppressMeasures([
        { value: 4.1, size: 20, contributing: 9 },
        { value: 6.3, size: 20, contributing: 6 },
      ]),
    ).toEqual([4.1, 6.3]);
  });
});
