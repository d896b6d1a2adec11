/**
 * Small-cell suppression (DESIGN.md §3: "Dashboards suppress any count below 5 of a small group").
 * Every figure a dashboard returns is made here, so the rule lives in one place and the raw
 * counts never leave lib/dashboard. Pure and isomorphic: the pages use the markers too.
 *
 * 1. **Counts** below 5 show as "<5" — **including 0**. The design says "any count below 5", and
 *    there is a reason to take it literally: if 0 were shown as 0, "<5" would read "1 to 4", that
 *    is "at least one pupil" — in a class or a grade that is already a disclosure — and a shown 0
 *    in a breakdown tells which cells hold everyone else.
 * 2. **Rates and medians** are shown only when the group they are computed over has at least 5
 *    members *and* at least 5 of them contribute (an absence rate of a class where only two pupils
 *    were away describes those two). Otherwise "<5".
 * 3. **Complementary suppression**: in a breakdown whose total is shown elsewhere on the page
 *    (concerns by level add up to the open concerns), one hidden cell could be worked out by
 *    subtraction. So when a breakdown hides any cell, the smallest cell it still shows is withheld
 *    too ("withheld", drawn as "–"). What the reader can then derive is the sum of the hidden cells,
 *    at least 5, which no longer pins down a hidden cell other than a zero. (And when every cell is
 *    hidden and the total is 4 per cell, the total is withheld: it would say each cell is 4.)
 *
 * Not covered, on purpose: differencing across filter choices (this period against the same period
 * plus a day). Leadership may read the school's concerns anyway; the protection here is for a
 * dashboard shown in a meeting and for the municipality's overview, where periods are school
 * terms and years rather than single days.
 */

/** The smallest group a figure may describe. */
export const MIN_GROUP = 5;
/** A count below 5 (or a rate or median over fewer than 5). */
export const SUPPRESSED = "<5";
/** A figure of 5 or more, held back so that a "<5" beside it cannot be worked out by subtraction. */
export const WITHHELD = "withheld";

/**
 * A rate over a week or month without school days (a holiday): there is nothing to show, and
 * nothing hidden — it takes no part in the suppression of the weeks or months beside it.
 */
export const NO_SCHOOL = "no-school";

export type Marker = typeof SUPPRESSED | typeof WITHHELD | typeof NO_SCHOOL;
/** A count as a dashboard shows it: at least 5, or a marker. */
export type Count = number | Marker;
/** A rate (per cent, per 100 pupils) or a median, or a marker. */
export type Measure = number | Marker;

export function isShown(figure: Count | Measure): figure is number {
  return typeof figure === "number";
}

/** A count, or "<5" for 0–4. */
export function suppress(count: number): Count {
  return count >= MIN_GROUP ? count : SUPPRESSED;
}

/**
 * A rate or a median computed over `group` members of whom `contributing` add to it (pupils
 * absent at least once, concerns acted on); "<5" when either is below 5.
 */
export function suppressMeasure(
  value: number | null,
  group: { size: number; contributing?: number },
): Measure {
  if (value === null || !Number.isFinite(value)) return SUPPRESSED;
  if (group.size < MIN_GROUP) return SUPPRESSED;
  if (group.contributing !== undefined && group.contributing < MIN_GROUP) return SUPPRESSED;
  return value;
}

/** `part` of `whole` in per cent (one decimal), suppressed when either `part` or the rest is below 5. */
export function suppressShare(part: number, whole: number): Measure {
  if (part < MIN_GROUP || whole - part < MIN_GROUP) return SUPPRESSED;
  return round1((part * 100) / whole);
}

/**
 * A rate derived from a count the page shows (open concerns per 100 pupils): shown only when the
 * count is, or the count could be recomputed from it.
 */
export function followCount(count: Count, value: Measure): Measure {
  return isShown(count) ? value : count;
}

export type CellState = "shown" | "suppressed" | "withheld";

/**
 * Which cells of a breakdown to show, given which must be hidden on their own (`primary`) and a
 * size for each (the smallest shown cell is the one withheld beside them). Adds one withheld
 * cell when some but not all cells are hidden.
 */
export function complementary(cells: readonly { primary: boolean; size: number }[]): CellState[] {
  const states = cells.map((cell): CellState => (cell.primary ? "suppressed" : "shown"));
  const shown = states.flatMap((state, index) => (state === "shown" ? [index] : []));
  if (shown.length === 0 || shown.length === cells.length) return states;
  const smallest = shown.reduce((best, index) =>
    cells[index]!.size < cells[best]!.size ? index : best,
  );
  states[smallest] = "withheld";
  return states;
}

/** The counts of a breakdown whose total is shown elsewhere, with complementary suppression. */
export function suppressPartition(counts: readonly number[]): Count[] {
  const states = complementary(
    counts.map((count) => ({ primary: count < MIN_GROUP, size: count })),
  );
  return counts.map((count, index) =>
    states[index] === "shown" ? count : states[index] === "suppressed" ? SUPPRESSED : WITHHELD,
  );
}

/**
 * A total and its breakdown (open concerns and the same by level). The breakdown as in
 * suppressPartition; and when every cell is hidden and the total is exactly 4 per cell, the total
 * would tell that each cell is 4, so it is withheld too.
 */
export function suppressBreakdown(
  total: number,
  counts: readonly number[],
): { total: Count; cells: Count[] } {
  const cells = suppressPartition(counts);
  const pins =
    counts.length > 0 &&
    counts.every((count) => count < MIN_GROUP) &&
    total === (MIN_GROUP - 1) * counts.length;
  return { total: pins ? WITHHELD : suppress(total), cells };
}

/**
 * Rates over a breakdown (absence by class, by week) whose overall rate is shown: a rate is
 * suppressed by its own group, and one more is withheld beside it — the one with the fewest
 * contributors — so the hidden ones cannot be worked out from the overall rate.
 */
export function suppressMeasures(
  cells: readonly { value: number | null; size: number; contributing: number }[],
): Measure[] {
  const own = cells.map((cell) => suppressMeasure(cell.value, cell));
  const states = complementary(
    cells.map((cell, index) => ({ primary: !isShown(own[index]!), size: cell.contributing })),
  );
  return own.map((figure, index) =>
    states[index] === "shown" ? figure : states[index] === "suppressed" ? SUPPRESSED : WITHHELD,
  );
}

/** One decimal, as the dashboards show rates and medians. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** `numerator / denominator` in per cent with one decimal; null when the denominator is 0. */
export function percent(numerator: number, denominator: number): number | null {
  return denominator > 0 ? round1((numerator * 100) / denominator) : null;
}
