import { describe, expect, it } from "vitest";
import { bandCentre, labelEvery, niceScale, runs, share } from "./chart-scale";

describe("niceScale", () => {
  it("ends the axis on a round tick at or above the highest value", () => {
    expect(niceScale(7)).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(13)).toEqual({ top: 15, ticks: [0, 5, 10, 15] });
    expect(niceScale(9)).toEqual({ top: 10, ticks: [0, 2.5, 5, 7.5, 10] });
    expect(niceScale(380)).toEqual({ top: 400, ticks: [0, 100, 200, 300, 400] });
  });

  it("draws an axis from 0 to 1 when there is nothing to draw", () => {
    expect(niceScale(0).top).toBe(1);
    expect(niceScale(0.2).top).toBe(1);
  });
});

describe("share", () => {
  it("is the value's per cent of the axis, kept within it", () => {
    expect(share(6, 8)).toBe(75);
    expect(share(9, 8)).toBe(100);
    expect(share(-1, 8)).toBe(0);
    expect(share(1, 0)).toBe(0);
  });
});

describe("bandCentre", () => {
  it("puts a point in the middle of its category", () => {
    expect(bandCentre(0, 4)).toBe(12.5);
    expect(bandCentre(3, 4)).toBe(87.5);
  });
});

describe("runs", () => {
  it("breaks a line where a figure is hidden", () => {
    expect(runs([1, 2, null, 3, null, null, 4, 5])).toEqual([[0, 1], [3], [6, 7]]);
    expect(runs([null, null])).toEqual([]);
  });
});

describe("labelEvery", () => {
  it("prints every label of a short axis and thins a long one", () => {
    expect(labelEvery(6)).toBe(1);
    expect(labelEvery(17)).toBe(3);
    expect(labelEvery(40)).toBe(5);
  });
});
