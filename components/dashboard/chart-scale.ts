/**
 * The arithmetic of the dashboards' charts, which are drawn on the server (charts.tsx): the
 * axis' top and ticks, where a point sits, and which labels of a long axis are printed. Pure.
 */

/** Up to `count` + 1 ticks from 0, a round step apart, the last at or above `max` (and ≥ 1). */
export function niceScale(max: number, count = 4): { top: number; ticks: number[] } {
  const rough = Math.max(max, 1) / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((s) => s >= rough)!;
  const top = Math.ceil(Math.max(max, 1) / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= top + step / 2; tick += step) ticks.push(Number(tick.toFixed(6)));
  return { top, ticks };
}

/** A value's share of the axis, in per cent (0–100), for CSS lengths and positions. */
export function share(value: number, top: number): number {
  return top > 0 ? Math.min(100, Math.max(0, (value / top) * 100)) : 0;
}

/** The horizontal centre of the `index`th of `count` categories, in per cent. */
export function bandCentre(index: number, count: number): number {
  return ((index + 0.5) / count) * 100;
}

/**
 * A line's runs of consecutive shown points (a hidden figure, null, breaks the line), each point
 * as its index.
 */
export function runs(values: readonly (number | null)[]): number[][] {
  const result: number[][] = [];
  let current: number[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (current.length > 0) result.push(current);
      current = [];
    } else current.push(index);
  });
  if (current.length > 0) result.push(current);
  return result;
}

/** Every how many labels of an axis with `count` categories is printed, so at most `room` are. */
export function labelEvery(count: number, room = 8): number {
  return Math.max(1, Math.ceil(count / room));
}
