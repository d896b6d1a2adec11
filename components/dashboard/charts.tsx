/**
 * The dashboards' charts, drawn on the server as HTML and SVG: no chart library and no
 * JavaScript in the browser (docs/decisions/0027). Each is drawn from figures already suppressed
 * on the server: a hidden figure ("<5", "–") has no bar and no point — its label stands by the
 * axis — so a chart never shows a suppressed figure at its true size. The charts are pictures for
 * sighted readers; the same numbers are in the table beside each (ChartCard), so the drawing is
 * hidden from assistive technology. Lengths are per cent of the drawing's width or height, so a
 * chart fills its card at any width without measuring it in the browser.
 */
import { intlLocale, type Locale } from "@/lib/i18n";
import { numberFormat } from "@/lib/intl";
import { bandCentre, labelEvery, niceScale, runs, share } from "./chart-scale";
import { CHART_COLOURS } from "./colours";

const UP_TO_ONE_DECIMAL: Intl.NumberFormatOptions = { maximumFractionDigits: 1 };

export type BarDatum = {
  label: string;
  /** The bar's length; null for a hidden figure (no bar). */
  value: number | null;
  /** What is printed at the end of the bar: "12", "4,8 %", "<5", "–". */
  display: string;
  colour?: string;
};

const scaleOf = (values: readonly (number | null)[]) =>
  niceScale(Math.max(0, ...values.map((value) => value ?? 0)));

/** The grid: a line per tick, at its height (`bottom`) or, for horizontal bars, its `left`. */
function GridLines({ ticks, top, at }: { ticks: number[]; top: number; at: "bottom" | "left" }) {
  return ticks.map((tick) => (
    <span
      key={tick}
      className={`absolute ${at === "left" ? "inset-y-0 w-px" : "inset-x-0 h-px"}`}
      style={{ [at]: `${share(tick, top)}%`, background: CHART_COLOURS.grid }}
    />
  ));
}

/** A figure's bar, its `length` its share of the axis; none for a hidden figure, or a zero. */
function Bar({
  row,
  top,
  length,
  className,
}: {
  row: BarDatum;
  top: number;
  length: "width" | "height";
  className: string;
}) {
  if (row.value === null || row.value <= 0) return null;
  return (
    <span
      className={`shrink-0 ${className}`}
      data-bar
      style={{
        [length]: `${share(row.value, top)}%`,
        background: row.colour ?? CHART_COLOURS.brand,
      }}
    />
  );
}

/** The figure printed by its bar; a hidden one in grey. */
const figureTone = (row: BarDatum) => (row.value === null ? "text-stone-500" : "text-stone-900");

/** Horizontal bars, one per category, labelled at their end. */
export function BarsChart({ data, labelWidth = 110 }: { data: BarDatum[]; labelWidth?: number }) {
  const { top, ticks } = scaleOf(data.map((row) => row.value));
  return (
    <div aria-hidden="true" className="relative w-full py-1" data-chart="bars">
      {/* The grid: a line per tick across the bars' area, right of the labels. */}
      <div className="absolute inset-y-0 right-14" style={{ left: labelWidth }}>
        <GridLines ticks={ticks} top={top} at="left" />
      </div>
      {data.map((row, index) => (
        <div
          key={index}
          className="relative grid h-[30px] items-center"
          style={{ gridTemplateColumns: `${labelWidth}px 1fr` }}
        >
          <span
            className="pr-2 text-right text-xs leading-tight"
            style={{ color: CHART_COLOURS.text }}
          >
            {row.label}
          </span>
          <span className="flex h-[18px] items-center pr-14">
            <Bar row={row} top={top} length="width" className="h-full rounded-r-[3px]" />
            <span className={`pl-1 text-xs whitespace-nowrap ${figureTone(row)}`}>
              {row.display}
            </span>
          </span>
        </div>
      ))}
    </div>
  );
}

/**
 * Columns, one per category (classes, grades), labelled on top. Many columns in a narrow card (a
 * school's twenty classes on a phone) have no room for every label: there the figures on top
 * give way, and every other name below, to the table's.
 */
export function ColumnsChart({ data }: { data: BarDatum[] }) {
  const { top, ticks } = scaleOf(data.map((row) => row.value));
  const crowded = data.length > 12;
  return (
    <div aria-hidden="true" className="@container w-full px-2" data-chart="columns">
      <div className="relative h-[196px] pt-5">
        <div className="relative h-full">
          <GridLines ticks={ticks} top={top} at="bottom" />
          <div className="absolute inset-0 flex">
            {data.map((row, index) => (
              <div
                key={index}
                className="flex h-full min-w-0 flex-1 flex-col items-center justify-end"
              >
                <span
                  className={`mb-0.5 text-[11px] leading-none whitespace-nowrap ${figureTone(row)} ${crowded ? "@max-2xl:hidden" : ""}`}
                >
                  {row.display}
                </span>
                <Bar
                  row={row}
                  top={top}
                  length="height"
                  className="w-4/5 max-w-9 rounded-t-[3px]"
                />
              </div>
            ))}
          </div>
        </div>
      </div>
      <div className="flex border-t border-stone-500 pt-1">
        {data.map((row, index) => (
          <span
            key={index}
            className={`min-w-0 flex-1 truncate text-center text-[11px] ${crowded ? "@max-xl:even:invisible" : ""}`}
            style={{ color: CHART_COLOURS.text }}
          >
            {row.label}
          </span>
        ))}
      </div>
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
  const format = numberFormat(intlLocale[locale], UP_TO_ONE_DECIMAL);
  const percent = (value: number) => `${format.format(value)} %`;
  const highest = Math.max(
    0,
    ...data.flatMap((point) => [point.rate ?? 0, point.unauthorised ?? 0]),
  );
  const { top, ticks } = niceScale(Math.max(2, Math.ceil(highest + 1)));
  const series = [
    { key: "rate", name: names.rate, colour: CHART_COLOURS.brand, dashes: undefined },
    {
      key: "unauthorised",
      name: names.unauthorised,
      colour: CHART_COLOURS.unauthorised,
      dashes: "5 3",
    },
  ] as const;
  const every = labelEvery(data.length);
  // The lines are drawn in a 100 × 100 box stretched to the plot; their strokes keep their width.
  const x = (index: number) => bandCentre(index, data.length);
  const y = (value: number) => 100 - share(value, top);
  return (
    <div aria-hidden="true" className="w-full" data-chart="trend">
      <div className="flex">
        <div className="relative h-[180px] w-12 shrink-0">
          {ticks.map((tick) => (
            <span
              key={tick}
              className="absolute right-1 translate-y-1/2 text-[11px] leading-none whitespace-nowrap"
              style={{ bottom: `${share(tick, top)}%`, color: CHART_COLOURS.text }}
            >
              {percent(tick)}
            </span>
          ))}
        </div>
        <div className="relative mr-4 h-[180px] flex-1">
          <GridLines ticks={ticks} top={top} at="bottom" />
          <svg
            className="absolute inset-0 h-full w-full overflow-visible"
            viewBox="0 0 100 100"
            preserveAspectRatio="none"
          >
            {series.map((line) =>
              runs(data.map((point) => point[line.key])).map((run) => (
                <polyline
                  key={`${line.key}-${run[0]}`}
                  points={run.map((index) => `${x(index)},${y(data[index]![line.key]!)}`).join(" ")}
                  fill="none"
                  stroke={line.colour}
                  strokeWidth={2}
                  strokeDasharray={line.dashes}
                  strokeLinejoin="round"
                  vectorEffect="non-scaling-stroke"
                />
              )),
            )}
          </svg>
          {series.map((line) =>
            data.map((point, index) => {
              const value = point[line.key];
              if (value === null) return null;
              return (
                <span
                  key={`${line.key}-${index}`}
                  title={`${point.label}: ${line.name} ${percent(value)}`}
                  className="absolute h-[7px] w-[7px] -translate-x-1/2 translate-y-1/2 rounded-full border-2 bg-white"
                  style={{
                    left: `${x(index)}%`,
                    bottom: `${share(value, top)}%`,
                    borderColor: line.colour,
                  }}
                />
              );
            }),
          )}
        </div>
      </div>
      <div className="relative mr-4 ml-12 h-5 border-t border-stone-500">
        {data.map((point, index) =>
          // Counted back from the latest, which is always labelled.
          (data.length - 1 - index) % every === 0 ? (
            <span
              key={index}
              className="absolute top-1 -translate-x-1/2 text-[11px] leading-none whitespace-nowrap"
              style={{ left: `${x(index)}%`, color: CHART_COLOURS.text }}
            >
              {point.label}
            </span>
          ) : null,
        )}
      </div>
      <div className="mt-2 flex flex-wrap justify-center gap-x-5 gap-y-1 text-xs">
        {series.map((line) => (
          <span
            key={line.key}
            className="inline-flex items-center gap-1.5"
            style={{ color: line.colour }}
          >
            <svg width="16" height="8" viewBox="0 0 16 8">
              <line
                x1="0"
                y1="4"
                x2="16"
                y2="4"
                stroke={line.colour}
                strokeWidth={2}
                strokeDasharray={line.dashes}
              />
              <circle cx="8" cy="4" r="2.5" fill="white" stroke={line.colour} strokeWidth={1.5} />
            </svg>
            {line.name}
          </span>
        ))}
      </div>
    </div>
  );
}
