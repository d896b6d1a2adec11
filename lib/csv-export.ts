/**
 * CSV files people open in a spreadsheet (Danish Excel): `;` between cells, CRLF between rows, a
 * UTF-8 byte-order mark so æøå survive, and RFC 4180 quoting. A cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return would be read as a formula by Excel or LibreOffice (CSV
 * injection: a pupil named "=HYPERLINK(…)" must not become a link that leaks data), so such a cell
 * gets a leading apostrophe, which spreadsheets show as text. Numbers are written as numbers.
 */

export const CSV_SEPARATOR = ";";
export const CSV_BOM = "\uFEFF";
const ROW_END = "\r\n";

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[";\r\n]/;

/** One cell as text: neutralised if it could start a formula, quoted if it must be. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  // A number is data, not a formula, even when negative: written as itself (in a form the
  // spreadsheet reads as a number), never with the apostrophe.
  if (typeof value === "number") return Number.isFinite(value) ? numberText(value) : "";
  if (typeof value === "boolean") return value ? "ja" : "nej";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Danish Excel reads "12,5" as a number and "12.5" as text. */
function numberText(value: number): string {
  const text = String(value);
  return text.includes("e") ? value.toFixed(20).replace(/\.?0+$/, "") : text.replace(".", ",");
}

export function csvRow(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(CSV_SEPARATOR);
}

/** A whole file: the byte-order mark, then every row ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return CSV_BOM + rows.map((row) => csvRow(row) + ROW_END).join("");
}

/** Sections of one file (several tables in one download), each with a title row, a blank row between. */
export function csvSections(
  sections: readonly { title: string; rows: readonly (readonly CsvCell[])[] }[],
): string {
  const rows: CsvCell[][] = [];
  sections.forEach((section, index) => {
    if (index > 0) rows.push([]);
    rows.push([section.title]);
    rows.push(...section.rows.map((row) => [...row]));
  });
  return toCsv(rows);
}

/**
 * Reading a file made by `toCsv` back (RFC 4180 with `;`), for tests: proves the quoting round-
 * trips whatever the content.
 */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === CSV_SEPARATOR) {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && body[index + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      index++;
    } else cell += char;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
