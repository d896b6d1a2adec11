/**
 * Dashboard figures as text: a number in the reader's language, or the suppression markers with
 * what they mean for a screen reader. Plain functions and a hook-free component, so the pages
 * and the charts share them.
 */
import type { Count, Measure } from "@/lib/dashboard/suppression";
import { NO_SCHOOL, SUPPRESSED } from "@/lib/dashboard/suppression";
import { formatNumber, formatShare, intlLocale, type Locale, type Translate } from "@/lib/i18n";
import { dateTimeFormat } from "@/lib/intl";

export type Unit = "count" | "percent" | "days" | "per100";

/** The figure as it is printed: "4,8 %", "12", "<5", "–". */
export function figureText(
  figure: Count | Measure,
  unit: Unit,
  t: Translate,
  locale: Locale,
): string {
  if (typeof figure !== "number") {
    if (figure === NO_SCHOOL) return t("dashboard.markers.noSchool");
    // A rate or median over a small group is hidden like a withheld count: "<5" beside a
    // percentage would read as "below 5 %".
    return figure === SUPPRESSED && unit === "count"
      ? t("dashboard.markers.suppressed")
      : t("dashboard.markers.withheld");
  }
  switch (unit) {
    case "count":
      return formatNumber(figure, locale);
    case "percent":
      return t("dashboard.units.percent", { value: formatNumber(figure, locale, 1) });
    case "per100":
      return formatNumber(figure, locale, 1);
    case "days":
      return figure === 1
        ? t("dashboard.units.oneDay")
        : t("dashboard.units.days", {
            value: formatShare(figure, locale),
          });
  }
}

/** The figure, with the markers explained to screen readers. */
export function Figure({
  value,
  unit = "count",
  t,
  locale,
}: {
  value: Count | Measure;
  unit?: Unit;
  t: Translate;
  locale: Locale;
}) {
  const text = figureText(value, unit, t, locale);
  if (typeof value === "number") return <span className="tabular-nums">{text}</span>;
  if (value === NO_SCHOOL) return <span className="text-stone-500">{text}</span>;
  const label =
    text === t("dashboard.markers.suppressed")
      ? t("dashboard.markers.suppressedLabel")
      : t("dashboard.markers.withheldLabel");
  return (
    <span className="text-stone-500" title={label}>
      <span aria-hidden="true">{text}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

/** For a chart: the bar's length (none for a hidden figure) and its label. */
export function chartPoint(
  figure: Count | Measure,
  unit: Unit,
  t: Translate,
  locale: Locale,
): { value: number | null; display: string } {
  return {
    value: typeof figure === "number" ? figure : null,
    display: figureText(figure, unit, t, locale),
  };
}

/**
 * The ISO week number of a day "YYYY-MM-DD": the week of its Thursday, counted from the first
 * of January of the Thursday's year (week 1 holds the year's first Thursday).
 */
export function isoWeekOf(iso: string): number {
  const day = new Date(`${iso}T00:00:00Z`);
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * 86_400_000);
  const newYear = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return 1 + Math.floor((thursday.getTime() - newYear) / (7 * 86_400_000));
}

/** "aug. 2026" (short) or "august 2026" for the first day of a month. */
export function monthLabel(iso: string, locale: Locale, style: "short" | "long" = "short"): string {
  return dateTimeFormat(intlLocale[locale], MONTH_STYLES[style]).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

const MONTH_STYLES = {
  short: { month: "short", year: "numeric", timeZone: "UTC" },
  long: { month: "long", year: "numeric", timeZone: "UTC" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A sentence on a breakdown: its highest shown figure, and how many are hidden. */
export function breakdownSummary(
  rows: readonly { label: string; figure: Count | Measure }[],
  unit: Unit,
  t: Translate,
  locale: Locale,
): string {
  const shown = rows.filter((row): row is { label: string; figure: number } =>
    isShownFigure(row.figure),
  );
  if (shown.length === 0) return t("dashboard.chart.allHidden");
  const top = shown.reduce((best, row) => (row.figure > best.figure ? row : best));
  const parts = [
    t("dashboard.chart.top", { label: top.label, value: figureText(top.figure, unit, t, locale) }),
  ];
  const hidden = rows.length - shown.length;
  if (hidden > 0) parts.push(t("dashboard.chart.hidden", { count: hidden, total: rows.length }));
  return parts.join(" ");
}

/** A sentence on a development over time: the latest shown figure and the range. */
export function trendSummary(
  points: readonly { label: string; figure: Measure }[],
  t: Translate,
  locale: Locale,
): string {
  const shown = points.filter((point): point is { label: string; figure: number } =>
    isShownFigure(point.figure),
  );
  if (shown.length === 0) return t("dashboard.chart.allHidden");
  const latest = shown.at(-1)!;
  const values = shown.map((point) => point.figure);
  const percent = (value: number) => figureText(value, "percent", t, locale);
  return [
    t("dashboard.chart.latest", { label: latest.label, value: percent(latest.figure) }),
    t("dashboard.chart.range", {
      low: percent(Math.min(...values)),
      high: percent(Math.max(...values)),
    }),
  ].join(" ");
}

function isShownFigure(figure: Count | Measure): figure is number {
  return typeof figure === "number";
}
