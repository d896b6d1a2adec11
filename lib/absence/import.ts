/**
 * Importing absence: the whole file is checked first and a report shown (rows accepted, rows
 * refused with line and reason, unknown pupils, what would be new or changed); it is imported
 * only on confirmation, all or nothing, in one transaction. Importing the same file again
 * changes nothing. The work is done in PostgreSQL (unnest + ON CONFLICT), in batches, reporting
 * progress as it goes.
 */
import "server-only";
import { createHash } from "node:crypto";
import { auditedRead, auditedWrite, recordPupilReads } from "@/lib/audit";
import { assertCan, schoolScope, type Actor } from "@/lib/auth/policy";
import { loadWholeCalendar } from "@/lib/calendar/load";
import type { Tx } from "@/lib/db/client";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { DomainValidationError } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n";
import { parseAbsenceCsv, type AbsenceRow, type RowProblem } from "./csv";

export const MAX_REPORTED_PROBLEMS = 200;
const BATCH = 5_000;

export type ImportReport = {
  fileName: string;
  fileHash: string;
  fileProblem: MessageKey | null;
  /** Data lines in the file. */
  lines: number;
  /** School days of absence the accepted lines describe. */
  days: number;
  pupils: number;
  from: string | null;
  to: string | null;
  problems: RowProblem[];
  problemCount: number;
  unknownPupils: string[];
  newDays: number;
  changedDays: number;
  unchangedDays: number;
  /** The same file was imported before: confirming it would change nothing. */
  alreadyImported: boolean;
};

export type Progress = (phase: "read" | "check" | "import", done: number, total: number) => void;

type Resolved = {
  rows: (AbsenceRow & { pupilId: string })[];
  problems: RowProblem[];
  unknownPupils: string[];
};

export function fileHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** File rows → rows of known pupils, with unknown pupils and in-file conflicts as problems. */
async function resolvePupils(
  tx: Tx,
  actor: Actor,
  parsedRows: AbsenceRow[],
  problems: RowProblem[],
): Promise<Resolved> {
  const externalIds = [...new Set(parsedRows.map((row) => row.externalId))];
  const pupils = await tx.pupil.findMany({
    where: { ...schoolScope(actor), externalId: { in: externalIds } },
    select: { id: true, externalId: true },
  });
  const byExternalId = new Map(pupils.map((pupil) => [pupil.externalId, pupil.id]));
  const unknown = new Set<string>();
  const seen = new Map<string, AbsenceRow>();
  const rows: Resolved["rows"] = [];
  for (const row of parsedRows) {
    const pupilId = byExternalId.get(row.externalId);
    if (!pupilId) {
      if (!unknown.has(row.externalId))
        problems.push({
          line: row.line,
          reason: "absence.import.errors.unknownPupil",
          value: row.externalId,
        });
      unknown.add(row.externalId);
      continue;
    }
    const key = `${pupilId}:${isoDay(row.date)}`;
    const earlier = seen.get(key);
    if (earlier) {
      // The same day twice: harmless when it says the same, a conflict when it does not.
      if (earlier.kind !== row.kind || earlier.lessons !== row.lessons) {
        problems.push({
          line: row.line,
          reason: "absence.import.errors.conflict",
          value: `${row.externalId} ${isoDay(row.date)}`,
        });
      }
      continue;
    }
    seen.set(key, row);
    rows.push({ ...row, pupilId });
  }
  return { rows, problems, unknownPupils: [...unknown] };
}

function columns(rows: Resolved["rows"]) {
  return {
    pupilIds: rows.map((row) => row.pupilId),
    dates: rows.map((row) => isoDay(row.date)),
    kinds: rows.map((row) => row.kind),
    lessons: rows.map((row) => row.lessons),
  };
}

/** How many of the rows are new, changed or already there as they are. */
async function compareWithStored(tx: Tx, rows: Resolved["rows"], progress?: Progress) {
  const totals = { newDays: 0, changedDays: 0, unchangedDays: 0 };
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = columns(rows.slice(start, start + BATCH));
    const [counts] = await tx.$queryRaw<{ new: bigint; changed: bigint; unchanged: bigint }[]>`
      SELECT count(*) FILTER (WHERE a.id IS NULL) AS new,
             count(*) FILTER (WHERE a.id IS NOT NULL AND (a.kind::text <> r.kind OR a.lessons IS DISTINCT FROM r.lessons)) AS changed,
             count(*) FILTER (WHERE a.id IS NOT NULL AND a.kind::text = r.kind AND a.lessons IS NOT DISTINCT FROM r.lessons) AS unchanged
      FROM unnest(${batch.pupilIds}::text[]::uuid[], ${batch.dates}::text[]::date[], ${batch.kinds}::text[], ${batch.lessons}::int[])
        AS r(pupil_id, date, kind, lessons)
      LEFT JOIN "AbsenceRecord" a ON a."pupilId" = r.pupil_id AND a.date = r.date`;
    totals.newDays += Number(counts?.new ?? 0);
    totals.changedDays += Number(counts?.changed ?? 0);
    totals.unchangedDays += Number(counts?.unchanged ?? 0);
    progress?.("check", Math.min(start + BATCH, rows.length), rows.length);
  }
  return totals;
}

async function check(
  tx: Tx,
  actor: Actor,
  file: { name: string; text: string },
  progress?: Progress,
) {
  const calendar = await loadWholeCalendar(tx, schoolScope(actor).schoolId);
  const parsed = parseAbsenceCsv(file.text, todayInDenmark(), calendar);
  progress?.("read", parsed.rows.length, parsed.rows.length);
  const resolved = await resolvePupils(tx, actor, parsed.rows, parsed.problems);
  const hash = fileHash(file.text);
  const comparison = await compareWithStored(tx, resolved.rows, progress);
  const imported = await tx.absenceImport.count({
    where: { ...schoolScope(actor), fileHash: hash, status: "IMPORTED" },
  });
  const sortedDays = resolved.rows.map((row) => isoDay(row.date)).sort();
  const report: ImportReport = {
    fileName: file.name,
    fileHash: hash,
    fileProblem: parsed.fileProblem,
    lines: Math.max(0, file.text.split(/\r?\n/).filter((line) => line.trim()).length - 1),
    days: resolved.rows.length,
    pupils: new Set(resolved.rows.map((row) => row.pupilId)).size,
    from: sortedDays[0] ?? null,
    to: sortedDays.at(-1) ?? null,
    problems: resolved.problems.sort((a, b) => a.line - b.line).slice(0, MAX_REPORTED_PROBLEMS),
    problemCount: resolved.problems.length,
    unknownPupils: resolved.unknownPupils.slice(0, MAX_REPORTED_PROBLEMS),
    ...comparison,
    alreadyImported: imported > 0,
  };
  return { report, rows: resolved.rows };
}

/** Checks a file and reports; writes nothing but the audit row. */
export async function checkAbsenceFile(
  actor: Actor,
  file: { name: string; text: string },
  progress?: Progress,
): Promise<ImportReport> {
  assertCan(actor, "absence:import");
  return auditedRead(
    actor,
    {
      action: "absence.import.check",
      purpose: "absence-import",
      details: { fileName: file.name, hash: fileHash(file.text) },
    },
    async (tx) => (await check(tx, actor, file, progress)).report,
    { timeoutMs: 120_000 },
  );
}

/**
 * Imports a checked file: refused unless it is the file that was checked (same hash) and has no
 * problems at all. Every day is written or none is.
 */
export async function importAbsenceFile(
  actor: Actor,
  file: { name: string; text: string; checkedHash: string },
  progress?: Progress,
): Promise<ImportReport & { written: number }> {
  assertCan(actor, "absence:import");
  return auditedWrite(
    actor,
    (result) => ({
      action: "absence.import",
      entityType: "AbsenceImport",
      details: {
        fileName: file.name,
        hash: result.fileHash,
        days: result.days,
        written: result.written,
      },
    }),
    async (tx) => {
      const { report, rows } = await check(tx, actor, file, progress);
      if (report.fileHash !== file.checkedHash)
        throw new DomainValidationError("file", "absence.import.errors.changed");
      if (report.fileProblem || report.problemCount > 0)
        throw new DomainValidationError("file", "absence.import.errors.notClean");
      if (report.alreadyImported && report.newDays + report.changedDays === 0)
        return { ...report, written: 0 };

      const created = await tx.absenceImport.create({
        data: {
          schoolId: actor.schoolId,
          uploadedById: actor.userId,
          fileName: file.name,
          fileHash: report.fileHash,
          rowCount: report.days,
          status: "IMPORTED",
        },
        select: { id: true },
      });
      let written = 0;
      for (let start = 0; start < rows.length; start += BATCH) {
        const batch = columns(rows.slice(start, start + BATCH));
        written += await tx.$executeRaw`
          INSERT INTO "AbsenceRecord" ("schoolId", "pupilId", "date", "kind", "lessons", "source", "importId", "enteredById")
          SELECT ${actor.schoolId}::uuid, r.pupil_id, r.date, r.kind::"AbsenceKind", r.lessons, 'IMPORT', ${created.id}::uuid, ${actor.userId}::uuid
          FROM unnest(${batch.pupilIds}::text[]::uuid[], ${batch.dates}::text[]::date[], ${batch.kinds}::text[], ${batch.lessons}::int[])
            AS r(pupil_id, date, kind, lessons)
          ON CONFLICT ("pupilId", "date") DO UPDATE
            SET "kind" = EXCLUDED."kind", "lessons" = EXCLUDED."lessons", "source" = 'IMPORT', "importId" = EXCLUDED."importId"
            WHERE ("AbsenceRecord"."kind", "AbsenceRecord"."lessons") IS DISTINCT FROM (EXCLUDED."kind", EXCLUDED."lessons")`;
        progress?.("import", Math.min(start + BATCH, rows.length), rows.length);
      }
      await recordPupilReads(
        tx,
        actor,
        {
          action: "absence.import.pupil",
          entityType: "AbsenceImport",
          entityId: created.id,
          purpose: "absence-import",
        },
        rows.map((row) => row.pupilId),
      );
      return { ...report, written };
    },
    { timeoutMs: 300_000 },
  );
}
