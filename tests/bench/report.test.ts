import { describe, expect, it } from "vitest";
import {
  benchCommand,
  growth,
  markdownTable,
  markupRatio,
  percentile,
  ratio,
  verdicts,
  type PageResult,
} from "./report";

const row = (overrides: Partial<PageResult>): PageResult => ({
  page: "worklist",
  connections: 1,
  p50: 30,
  p975: 40,
  requestsPerSecond: 30,
  errors: 0,
  requests: 300,
  rawSqlP50: 10,
  bareP50: 5,
  queries: 6,
  jsKb: 120,
  ...overrides,
});

describe("percentile", () => {
  it("takes the nearest rank", () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 97.5)).toBe(10);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("targets", () => {
  it("judges a page against 1.5 × (bare + raw SQL)", () => {
    expect(ratio(row({}))).toBe(2);
    expect(verdicts(row({ p50: 22.5 }))[0]).toEqual({ target: "≤ 1.5 × (bare + SQL)", pass: true });
    expect(verdicts(row({ p50: 22.6 }))[0]!.pass).toBe(false);
  });

  it("judges a page against 1.5 × (the same markup, bare + raw SQL) when that was measured", () => {
    expect(markupRatio(row({}))).toBeNull();
    expect(verdicts(row({})).some((v) => v.target.includes("same markup"))).toBe(false);
    const measured = row({ markupP50: 15, p50: 37.5 });
    expect(markupRatio(measured)).toBe(1.5);
    expect(verdicts(measured)).toContainEqual({
      target: "≤ 1.5 × (same markup + SQL)",
      pass: true,
    });
    expect(verdicts(row({ markupP50: 15, p50: 37.6 }))).toContainEqual({
      target: "≤ 1.5 × (same markup + SQL)",
      pass: false,
    });
  });

  it("judges errors only under load, and the page's own limit at one connection", () => {
    const loaded = verdicts(row({ connections: 50, errors: 1 }));
    expect(loaded).toContainEqual({ target: "no errors", pass: false });
    expect(loaded.some((v) => v.target.startsWith("≤ 1.5"))).toBe(false);
    expect(verdicts(row({ connections: 50, requests: 49 }))).toContainEqual({
      target: "no errors",
      pass: false,
    });
    expect(verdicts(row({ connections: 50, requests: 50 }))).toContainEqual({
      target: "no errors",
      pass: true,
    });
    expect(verdicts(row({ limitMs: 100, p50: 101 }))).toContainEqual({
      target: "≤ 100 ms",
      pass: false,
    });
  });

  it("compares the same page at two scales", () => {
    const [result] = growth([row({ p50: 20 })], [row({ p50: 27 }), row({ connections: 50 })]);
    expect(result).toMatchObject({ page: "worklist", factor: 1.35, pass: false });
  });

  it("prints a markdown row per result, with a verdict", () => {
    const table = markdownTable([row({}), row({ page: "dashboard", rawSqlP50: null })]);
    expect(table.split("\n")).toHaveLength(4);
    expect(table).toContain("| dashboard | 1 |");
    expect(table).toContain("FAIL ≤ 1.5 × (bare + SQL)");
  });

  it("shows an import's rows per second in place of requests per second", () => {
    const table = markdownTable([row({ page: "import", rowsPerSecond: 1390.4 })]);
    expect(table).toContain("| 1390 rows/s |");
  });
});

describe("benchCommand", () => {
  it("quotes the command without a database password", () => {
    expect(benchCommand([])).toBe("npm run bench");
    expect(
      benchCommand(["--quick", "--database-url", "postgresql://u:s3cr%40t@127.0.0.1:5/db"]),
    ).toBe("npm run bench -- --quick --database-url postgresql://u:…@127.0.0.1:5/db");
  });
});
