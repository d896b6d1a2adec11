"use client";

/**
 * The dashboards' charts. Each is drawn from figures already suppressed on the server: a hidden
 * figure ("<5", "–") has no bar and no point — its label stands by the axis — so a chart never
 * shows a suppressed figure at its true size. The charts are pictures for sighted readers; the same
 * numbers are in the table beside each (ChartCard), so the SVG is hidden from assistive technology.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { Locale } from "@/lib/i18n";
import { numberFormat } from "@/lib/intl";
import { CHART_COLOURS } from "./colours";

export type BarDatum = {
  label: string;
  /** The bar's length; null for a hidden figure (no bar). */
  value: number | null;
  /** What is printed at the end of the bar: "12", "4,8 %", "<5", "–". */
  display: string;
  colour?: string;
};

/** Horizontal bars, one per category, labelled at their end. */
export function BarsChart({ data, labelWidth = 110 }: { data: BarDatum[]; labelWidth?: number }) {
  const rows = data.map((row) => ({ ...row, plot: row.value ?? 0 }));
  const height = Math.max(96, rows.length * 30 + 16);
  return (
    <div aria-hidden="true" className="w-full">
      <BarChart
        layout="vertical"
        data={rows}
        responsive
        style={{ width: "100%", height }}
        accessibilityLayer={false}
        margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
      >
        <CartesianGrid horizontal={false} stroke={CHART_COLOURS.grid} />
        <XAxis type="number" hide domain={[0, (max: number) => Math.max(max, 1)]} />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          tick={{ fontSize: 12, fill: CHART_COLOURS.text }}
          tickLine={false}
          axisLine={false}
          interval={0}
        />
        <Bar dataKey="plot" isAnimationActive={false} barSize={18} radius={[0, 3, 3, 0]}>
          {rows.map((row, index) => (
            <Cell key={index} fill={row.colour ?? CHART_COLOURS.brand} />
          ))}
          <LabelList dataKey="display" position="right" fontSize={12} fill="#1c1917" />
        </Bar>
      </BarChart>
    </div>
  );
}

/** Columns, one per category (classes, schools), labelled on top. */
export function ColumnsChart({ data }: { data: BarDatum[] }) {
  const rows = data.map((row) => ({ ...row, plot: row.value ?? 0 }));
  return (
    <div aria-hidden="true" className="w-full">
      <BarChart
        data={rows}
        responsive
        style={{ width: "100%", height: 240 }}
        accessibilityLayer={false}
        margin={{ top: 20, right: 8, bottom: 4, left: 8 }}
      >
        <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
        <XAxis
          dataKey="label"
          tick={{ fontSize: 11, fill: CHART_COLOURS.text }}
          tickLine={false}
          interval={0}
        />
        <YAxis hide domain={[0, (max: number) => Math.max(max, 1)]} />
        <Bar dataKey="plot" isAnimationActive={false} maxBarSize={36} radius={[3, 3, 0, 0]}>
          {rows.map((row, index) => (
            <Cell key={index} fill={row.colour ?? CHART_COLOURS.brand} />
          ))}
          <LabelList dataKey="display" position="top" fontSize={11} fill="#1c1917" />
        </Bar>
      </BarChart>
    </div>
  );
}

export type TrendDatum = {
  label: string;
  /** Per cent; null for a hidden figure (a gap in the line). */
  rate: number | null;
  unauthorised: number | null;
};

/** The absence rate and its unlawful part over time: two lines, gaps where a figure is hidden. */
export function TrendChart({
  data,
  names,
  locale,
}: {
  data: TrendDatum[];
  names: { rate: string; unauthorised: string };
  locale: Locale;
}) {
  const format = numberFormat(locale === "da" ? "da-DK" : "en-GB", {
    maximumFractionDigits: 1,
  });
  const percent = (value: unknown) =>
    typeof value === "number" ? `${format.format(value)} %` : "";
  return (
    <div aria-hidden="true" className="w-full">
      <LineChart
        data={data}
        responsive
        style={{ width: "100%", height: 240 }}
        accessibilityLayer={false}
        margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
      >
        <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
        <XAxis
          dataKey="label"
          tick={{ fontSize: 11, fill: CHART_COLOURS.text }}
          tickLine={false}
          minTickGap={8}
        />
        <YAxis
          width={48}
          tick={{ fontSize: 11, fill: CHART_COLOURS.text }}
          tickFormatter={percent}
          tickLine={false}
          axisLine={false}
          domain={[0, (max: number) => Math.max(2, Math.ceil(max + 1))]}
        />
        <Tooltip formatter={(value) => percent(value)} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line
          type="monotone"
          dataKey="rate"
          name={names.rate}
          stroke={CHART_COLOURS.brand}
          strokeWidth={2}
          dot={{ r: 3 }}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          type="monotone"
          dataKey="unauthorised"
          name={names.unauthorised}
          stroke={CHART_COLOURS.unauthorised}
          strokeWidth={2}
          strokeDasharray="5 3"
          dot={{ r: 3 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
}
