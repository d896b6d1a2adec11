/**
 * Reading an absence export from a school's administrative system. One row per pupil per day
 * (pupil id, date, kind, optionally lessons) or per period (pupil id, from, to, kind): a period
 * becomes one row per school day of the school's calendar (no weekends, public holidays or the
 * school's holidays); a single day without school is a problem of its line. Column names and values are recognised in Danish and English;
 * ";" (Danish Excel), "," and tab separate columns. Nothing is written here: the result is a list
 * of good rows and a list of problems, each with its line number.
 */
import { parse } from "csv-parse/sync";
import type { SchoolCalendar } from "@/lib/calendar/school-calendar";
import { addDays } from "@/lib/dates";
import type { MessageKey } from "@/lib/i18n";
import { parseDay } from "@/lib/validation";
import type { AbsenceKindName } from "./rules";

export type AbsenceRow = {
  line: number;
  externalId: string;
  date: Date;
  kind: AbsenceKindName;
  lessons: number | null;
};
export type RowProblem = { line: number; reason: MessageKey; value: string };
export type ParsedFile = {
  rows: AbsenceRow[];
  problems: RowProblem[];
  fileProblem: MessageKey | null;
};

const COLUMNS = {
  externalId: [
    "elevnummer",
    "elevnr",
    "elev-id",
    "elevid",
    "elev nr",
    "unilogin-nr",
    "pupil",
    "pupil id",
    "pupil_id",
    "externalid",
    "id",
  ],
  date: ["dato", "fraværsdato", "date", "day"],
  from: ["fra", "fra dato", "fradato", "from", "start"],
  to: ["til", "til dato", "tildato", "to", "end"],
  kind: ["type", "fraværstype", "årsag", "kategori", "kind", "reason"],
  lessons: ["lektioner", "timer", "moduler", "lessons", "hours"],
} as const;

const KINDS: Record<string, AbsenceKindName> = {
  syg: "ILLNESS",
  sygdom: "ILLNESS",
  sygefravær: "ILLNESS",
  illness: "ILLNESS",
  sick: "ILLNESS",
  lovligt: "AUTHORISED",
  "lovligt fravær": "AUTHORISED",
  godkendt: "AUTHORISED",
  "ekstraordinær frihed": "AUTHORISED",
  frihed: "AUTHORISED",
  authorised: "AUTHORISED",
  authorized: "AUTHORISED",
  ulovligt: "UNAUTHORISED",
  "ulovligt fravær": "UNAUTHORISED",
  "ikke godkendt": "UNAUTHORISED",
  "ikke meldt": "UNAUTHORISED",
  unauthorised: "UNAUTHORISED",
  unauthorized: "UNAUTHORISED",
};

/** A period longer than a school year is a typing error, not absence. */
const MAX_PERIOD_DAYS = 366;

/** "2026-11-21", "21-11-2026", "21.11.2026" or "21/11/2026" → the day, or null. */
export function readDate(value: string): Date | null {
  const trimmed = value.trim();
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(trimmed);
  const iso = danish
    ? `${danish[3]}-${danish[2]!.padStart(2, "0")}-${danish[1]!.padStart(2, "0")}`
    : trimmed;
  return parseDay(iso);
}

function delimiterOf(headerLine: string): string {
  const counts = [";", ",", "\t"].map(
    (delimiter) => [delimiter, headerLine.split(delimiter).length - 1] as const,
  );
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

function columnIndex(header: string[], names: readonly string[]): number {
  return header.findIndex((cell) =>
    (names as readonly string[]).includes(cell.trim().toLowerCase()),
  );
}

export function parseAbsenceCsv(text: string, today: Date, calendar: SchoolCalendar): ParsedFile {
  const content = text.replace(/^\uFEFF/, "");
  const firstLine = content.split(/\r?\n/, 1)[0] ?? "";
  let records: string[][];
  try {
    records = parse(content, {
      delimiter: delimiterOf(firstLine),
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
    });
  } catch {
    return { rows: [], problems: [], fileProblem: "absence.import.errors.unreadable" };
  }
  const header = records[0] ?? [];
  const at = {
    externalId: columnIndex(header, COLUMNS.externalId),
    date: columnIndex(header, COLUMNS.date),
    from: columnIndex(header, COLUMNS.from),
    to: columnIndex(header, COLUMNS.to),
    kind: columnIndex(header, COLUMNS.kind),
    lessons: columnIndex(header, COLUMNS.lessons),
  };
  const hasDays = at.date >= 0 || (at.from >= 0 && at.to >= 0);
  if (at.externalId < 0 || at.kind < 0 || !hasDays)
    return { rows: [], problems: [], fileProblem: "absence.import.errors.header" };

  const rows: AbsenceRow[] = [];
  const problems: RowProblem[] = [];
  records.slice(1).forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((cell) => cell === "")) return;
    const cell = (position: number) => (position >= 0 ? (cells[position] ?? "") : "");
    const problem = (reason: MessageKey, value: string) => problems.push({ line, reason, value });

    const externalId = cell(at.externalId);
    if (!externalId) return problem("absence.import.errors.noPupil", "");
    const kindText = cell(at.kind).toLowerCase();
    const kind = KINDS[kindText];
    if (!kind) return problem("absence.import.errors.kind", cell(at.kind));
    const lessonsText = cell(at.lessons);
    const lessons = lessonsText === "" ? null : Number(lessonsText.replace(",", "."));
    if (lessons !== null && (!Number.isInteger(lessons) || lessons < 1 || lessons > 12)) {
      return problem("absence.import.errors.lessons", lessonsText);
    }

    const single = cell(at.date);
    const from = readDate(single || cell(at.from));
    const to = single ? from : readDate(cell(at.to));
    if (!from) return problem("absence.import.errors.date", single || cell(at.from));
    if (!to) return problem("absence.import.errors.date", cell(at.to));
    if (to < from || (to.getTime() - from.getTime()) / 86_400_000 > MAX_PERIOD_DAYS) {
      return problem("absence.import.errors.period", `${cell(at.from)}–${cell(at.to)}`);
    }
    if (to > today) return problem("absence.import.errors.future", single || cell(at.to));
    const closed = single ? calendar.closedReason(from) : null;
    if (closed?.kind === "weekend") return problem("absence.import.errors.weekend", single);
    if (closed) return problem("absence.import.errors.noSchool", single);
    for (let day = from; day <= to; day = addDays(day, 1)) {
      if (calendar.isSchoolDay(day)) rows.push({ line, externalId, date: day, kind, lessons });
    }
  });
  return { rows, problems, fileProblem: null };
}
