"use client";

import { Link } from "@/components/ui/link";
import { useRef, useState } from "react";
import { useLocale, useT } from "@/components/i18n-provider";
import { buttonClass } from "@/components/ui/button";
import type { ImportReport } from "@/lib/absence/import";
import { formatDate, type MessageKey } from "@/lib/i18n";

type Progress = { phase: "read" | "check" | "import"; done: number; total: number };
type Line =
  | { type: "progress"; phase: Progress["phase"]; done: number; total: number }
  | { type: "report"; report: ImportReport & { written?: number } }
  | { type: "error"; message: string };

/** Sends the file to the import endpoint and follows its stream of progress lines. */
async function run(
  file: File,
  text: string,
  query: string,
  onProgress: (progress: Progress) => void,
): Promise<Line> {
  const response = await fetch(`/api/absence/import?${query}`, {
    method: "POST",
    body: text,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "x-file-name": encodeURIComponent(file.name),
    },
  });
  if (!response.ok || !response.body) return { type: "error", message: String(response.status) };
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let last: Line = { type: "error", message: "" };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const raw of lines.filter(Boolean)) {
      const line = JSON.parse(raw) as Line;
      if (line.type === "progress") onProgress(line);
      else last = line;
    }
  }
  return last;
}

export function AbsenceImport() {
  const t = useT();
  const locale = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [report, setReport] = useState<(ImportReport & { written?: number }) | null>(null);
  const [imported, setImported] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start(mode: "check" | "import") {
    const file = input.current?.files?.[0];
    if (!file) {
      setError(t("absence.import.chooseFile"));
      return;
    }
    setBusy(true);
    setError(null);
    setProgress(null);
    const text = await file.text();
    const query = mode === "check" ? "mode=check" : `mode=import&hash=${report?.fileHash ?? ""}`;
    const result = await run(file, text, query, setProgress).catch(
      () => ({ type: "error", message: t("common.errors.unexpected") }) as Line,
    );
    setBusy(false);
    if (result.type === "report") {
      setReport(result.report);
      setImported(mode === "import");
    } else if (result.type === "error") {
      setError(result.message || t("common.errors.unexpected"));
    }
  }

  const clean = report && !report.fileProblem && report.problemCount === 0;
  const changes = report ? report.newDays + report.changedDays : 0;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="absence-file" className="block text-sm font-medium text-stone-800">
            {t("absence.import.file")}
          </label>
          <input
            ref={input}
            id="absence-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-describedby="absence-file-hint"
            onChange={() => {
              setReport(null);
              setImported(false);
              setError(null);
            }}
            className="mt-1 block text-sm file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5 file:text-sm"
          />
          <p id="absence-file-hint" className="mt-1 text-xs text-stone-500">
            {t("absence.import.fileHint")}
          </p>
        </div>
        <button
          type="button"
          disabled={busy}
          onClick={() => start("check")}
          className={buttonClass("secondary", "mb-5")}
        >
          {t("absence.import.check")}
        </button>
      </div>

      {busy && progress ? (
        <div role="status" aria-live="polite">
          <label htmlFor="absence-progress" className="text-sm text-stone-700">
            {t(`absence.import.phase.${progress.phase}`, {
              done: progress.done,
              total: progress.total,
            })}
          </label>
          <progress
            id="absence-progress"
            max={progress.total || 1}
            value={progress.done}
            className="mt-1 block h-2 w-full"
          />
        </div>
      ) : null}

      {error ? (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {error}
        </p>
      ) : null}

      {report ? (
        <section
          aria-labelledby="absence-report"
          className="space-y-4 rounded-lg border border-stone-200 bg-white p-5"
          data-testid="import-report"
        >
          <h2 id="absence-report" className="text-base font-semibold text-stone-900">
            {imported
              ? t("absence.import.doneTitle")
              : t("absence.import.reportTitle", { file: report.fileName })}
          </h2>
          {report.fileProblem ? (
            <p className="text-sm text-red-800">{t(report.fileProblem)}</p>
          ) : (
            <dl className="grid gap-3 text-sm sm:grid-cols-3">
              <Figure label={t("absence.import.lines")} value={report.lines} />
              <Figure label={t("absence.import.days")} value={report.days} />
              <Figure label={t("absence.import.pupils")} value={report.pupils} />
              <Figure label={t("absence.import.newDays")} value={report.newDays} />
              <Figure label={t("absence.import.changedDays")} value={report.changedDays} />
              <Figure label={t("absence.import.unchangedDays")} value={report.unchangedDays} />
            </dl>
          )}
          {!report.fileProblem && report.from && report.to ? (
            <p className="text-sm text-stone-600">
              {t("absence.import.period", {
                from: formatDate(report.from, locale),
                to: formatDate(report.to, locale),
              })}
            </p>
          ) : null}

          {report.problemCount > 0 ? (
            <div className="space-y-2">
              <p className="font-medium text-red-800">
                {t("absence.import.refused", { count: report.problemCount })}
              </p>
              <table className="min-w-full divide-y divide-stone-200 text-sm">
                <caption className="sr-only">{t("absence.import.refusedCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="py-1.5 pr-4 text-left font-medium text-stone-600">
                      {t("absence.import.line")}
                    </th>
                    <th scope="col" className="py-1.5 pr-4 text-left font-medium text-stone-600">
                      {t("absence.import.reason")}
                    </th>
                    <th scope="col" className="py-1.5 text-left font-medium text-stone-600">
                      {t("absence.import.value")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-stone-100">
                  {report.problems.map((problem, index) => (
                    <tr key={`${problem.line}-${index}`}>
                      <td className="py-1.5 pr-4 tabular-nums">{problem.line}</td>
                      <td className="py-1.5 pr-4">{t(problem.reason as MessageKey)}</td>
                      <td className="py-1.5 font-mono text-xs">{problem.value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {report.problemCount > report.problems.length ? (
                <p className="text-xs text-stone-500">
                  {t("absence.import.moreProblems", {
                    count: report.problemCount - report.problems.length,
                  })}
                </p>
              ) : null}
              {report.unknownPupils.length > 0 ? (
                <p className="text-sm text-stone-700">
                  {t("absence.import.unknown", { ids: report.unknownPupils.join(", ") })}
                </p>
              ) : null}
            </div>
          ) : null}

          {imported ? (
            <p role="status" className="text-sm text-green-800">
              {t("absence.import.done", { count: report.written ?? 0 })}{" "}
              <Link href="/worklist" className="text-brand-700 underline">
                {t("absence.import.toWorklist")}
              </Link>
            </p>
          ) : clean ? (
            changes === 0 ? (
              <p className="text-sm text-stone-700">
                {report.alreadyImported
                  ? t("absence.import.alreadyImported")
                  : t("absence.import.nothingNew")}
              </p>
            ) : (
              <button
                type="button"
                disabled={busy}
                onClick={() => start("import")}
                className={buttonClass("primary")}
              >
                {t("absence.import.confirm", { count: changes })}
              </button>
            )
          ) : (
            <p className="text-sm text-stone-700">{t("absence.import.fixFirst")}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt className="text-stone-500">{label}</dt>
      <dd className="text-lg font-semibold text-stone-900 tabular-nums">
        {value.toLocaleString("da-DK")}
      </dd>
    </div>
  );
}
