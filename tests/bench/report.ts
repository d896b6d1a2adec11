/**
 * The benchmark's arithmetic and its table (issue #7): percentiles, the targets, and the
 * text and markdown tables `npm run bench` prints and writes. Pure, so it is unit-tested.
 */
import { JS_LIMIT_KB } from "./route-javascript";

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export type PageResult = {
  page: string;
  connections: number;
  p50: number;
  p975: number;
  requestsPerSecond: number;
  /** For an import: rows written per second, shown in place of requests per second. */
  rowsPerSecond?: number;
  /**
   * Non-2xx/3xx answers, socket errors, timeouts, pages that failed after their 200, and the
   * errors the server logged for requests still waiting when the run ended.
   */
  errors: number;
  /** Answers received in the run. */
  requests: number;
  /** Sum of the page's statements replayed one after another, p50 (ms). */
  rawSqlP50: number | null;
  /** The bare Next.js page of the same HTML size, same connections, p50 (ms). */
  bareP50: number | null;
  /**
   * The bare Next.js page rendering the page's own markup (the same elements and attributes,
   * tests/bench/markup.ts) with nothing else, same connections, p50 (ms): what React and Next.js
   * cost for this page before the app does anything.
   */
  markupP50?: number | null;
  queries: number | null;
  /** gzip kB of the JavaScript a browser downloads for the page. */
  jsKb: number | null;
  /** The issue's own limit for this page at p50 (the dashboards: 100 ms), if any. */
  limitMs?: number;
};

export type Verdict = { target: string; pass: boolean };

/** The targets that one row can be judged on. */
export function verdicts(row: PageResult): Verdict[] {
  const result: Verdict[] = [];
  if (row.connections === 1 && row.rawSqlP50 !== null && row.bareP50 !== null)
    result.push({
      target: "≤ 1.5 × (bare + SQL)",
      pass: row.p50 <= 1.5 * (row.bareP50 + row.rawSqlP50),
    });
  if (row.connections === 1 && row.rawSqlP50 !== null && typeof row.markupP50 === "number")
    result.push({
      target: "≤ 1.5 × (same markup + SQL)",
      pass: row.p50 <= 1.5 * (row.markupP50 + row.rawSqlP50),
    });
  if (row.connections === 1 && row.limitMs !== undefined)
    result.push({ target: `≤ ${row.limitMs} ms`, pass: row.p50 <= row.limitMs });
  // Under load every user must have had an answer too: a run in which most requests were still
  // queued when it ended has proved nothing about errors.
  if (row.connections > 1)
    result.push({
      target: "no errors",
      pass: row.errors === 0 && row.requests >= row.connections,
    });
  if (row.jsKb !== null)
    result.push({ target: `JS ≤ ${JS_LIMIT_KB} kB`, pass: row.jsKb <= JS_LIMIT_KB });
  return result;
}

/** p50 over (bare + raw SQL): the app's own overhead as a factor; null without references. */
export function ratio(row: PageResult): number | null {
  if (row.rawSqlP50 === null || row.bareP50 === null) return null;
  return row.p50 / (row.bareP50 + row.rawSqlP50);
}

/** p50 over (same-markup bare + raw SQL): the share that is the app's own, as a factor. */
export function markupRatio(row: PageResult): number | null {
  if (row.rawSqlP50 === null || typeof row.markupP50 !== "number") return null;
  return row.p50 / (row.markupP50 + row.rawSqlP50);
}

const COLUMNS = [
  "page",
  "conn",
  "p50 ms",
  "p97.5 ms",
  "req/s",
  "errors",
  "raw SQL ms",
  "bare ms",
  "ratio",
  "markup ms",
  "ratio (markup)",
  "queries",
  "JS kB gz",
  "targets",
] as const;

const fixed = (value: number | null, digits = 1) =>
  value === null || Number.isNaN(value) ? "–" : value.toFixed(digits);

function cells(row: PageResult): string[] {
  const judged = verdicts(row);
  return [
    row.page,
    String(row.connections),
    fixed(row.p50),
    fixed(row.p975),
    row.rowsPerSecond === undefined
      ? fixed(row.requestsPerSecond, 0)
      : `${fixed(row.rowsPerSecond, 0)} rows/s`,
    `${row.errors}/${row.requests}`,
    fixed(row.rawSqlP50),
    fixed(row.bareP50),
    fixed(ratio(row), 2),
    fixed(row.markupP50 ?? null),
    fixed(markupRatio(row), 2),
    row.queries === null ? "–" : String(row.queries),
    fixed(row.jsKb),
    judged.map((v) => `${v.pass ? "PASS" : "FAIL"} ${v.target}`).join("; ") || "–",
  ];
}

export function textTable(rows: readonly PageResult[]): string {
  const body = rows.map(cells);
  const widths = COLUMNS.map((title, index) =>
    Math.max(title.length, ...body.map((line) => line[index]!.length)),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, index) => value.padEnd(widths[index]!))
      .join("  ")
      .trimEnd();
  return [line(COLUMNS), line(widths.map((width) => "─".repeat(width))), ...body.map(line)].join(
    "\n",
  );
}

export function markdownTable(rows: readonly PageResult[]): string {
  const line = (values: readonly string[]) => `| ${values.join(" | ")} |`;
  return [
    line(COLUMNS),
    line(COLUMNS.map(() => "---")),
    ...rows.map((row) => line(cells(row))),
  ].join("\n");
}

export type Growth = { page: string; small: number; large: number; factor: number; pass: boolean };

/** A page's p50 at one connection when the data grows 10× (target ≤ 1.3×). */
export function growth(small: readonly PageResult[], large: readonly PageResult[]): Growth[] {
  return large
    .filter((row) => row.connections === 1)
    .flatMap((row) => {
      const before = small.find((other) => other.page === row.page && other.connections === 1);
      if (!before) return [];
      const factor = row.p50 / before.p50;
      return [{ page: row.page, small: before.p50, large: row.p50, factor, pass: factor <= 1.3 }];
    });
}

/** The command line as the results file quotes it, a database URL's password left out. */
export function benchCommand(args: readonly string[]): string {
  const given = args.map((arg) => arg.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:…@"));
  return ["npm run bench", ...(given.length > 0 ? ["--", ...given] : [])].join(" ");
}
