/**
 * One chart as the dashboards show it: a heading, a sentence that says what the chart shows, the
 * chart itself (hidden from screen readers), and the same numbers as a table behind "Vis som
 * tabel" — the table is what a screen reader or a keyboard user reads. Where the page already
 * has the chart's numbers in a table (the municipal view's key figures), `table` is a link to it
 * instead of a second copy.
 */
import type { ReactNode } from "react";
import { Table, Td } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n";

export function ChartCard({
  id,
  title,
  summary,
  chart,
  table,
  t,
  className = "",
}: {
  id: string;
  title: string;
  summary: string;
  chart: ReactNode;
  table:
    | { head: ReactNode[]; rows: { key: string; cells: ReactNode[] }[] }
    | { href: string; text: string };
  t: Translate;
  className?: string;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className={`rounded-lg border border-stone-200 bg-white p-5 shadow-xs ${className}`}
      data-testid={`chart-${id}`}
    >
      <h3 id={`${id}-title`} className="text-base font-semibold text-stone-900">
        {title}
      </h3>
      <p className="mt-1 text-sm text-stone-600">{summary}</p>
      <div className="mt-3">{chart}</div>
      {"href" in table ? (
        <p className="mt-2 text-sm">
          <a href={table.href} className="text-brand-700 font-medium hover:underline">
            {table.text}
          </a>
        </p>
      ) : (
        <details className="mt-2 text-sm">
          <summary className="text-brand-700 cursor-pointer font-medium hover:underline">
            {t("dashboard.chart.showTable")}
          </summary>
          <div className="mt-2">
            <Table caption={title} head={table.head}>
              {table.rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, index) => (
                    <Td key={index} className={index > 0 ? "text-right tabular-nums" : ""}>
                      {cell}
                    </Td>
                  ))}
                </tr>
              ))}
            </Table>
          </div>
        </details>
      )}
    </section>
  );
}

/** A key figure: what it is, the number, and a line of context. */
export function KeyFigure({
  label,
  value,
  hint,
  tone = "neutral",
  testId,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  tone?: "neutral" | "attention";
  testId?: string;
}) {
  return (
    <div
      className={`rounded-lg border bg-white p-4 shadow-xs ${
        tone === "attention" ? "border-amber-300" : "border-stone-200"
      }`}
      data-testid={testId}
    >
      <dt className="text-sm font-medium text-stone-600">{label}</dt>
      <dd className="mt-1 text-3xl font-semibold tracking-tight text-stone-900">{value}</dd>
      {hint ? <dd className="mt-1 text-xs text-stone-600">{hint}</dd> : null}
    </div>
  );
}

/** A section of the dashboard: a heading and a line on what its figures cover. */
export function DashboardSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8" id={id}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold text-stone-900">
        {title}
      </h2>
      {intro ? <p className="mt-1 max-w-3xl text-sm text-stone-600">{intro}</p> : null}
      <div className="mt-3">{children}</div>
    </section>
  );
}
