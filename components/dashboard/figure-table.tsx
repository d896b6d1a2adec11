"use client";

import type { ReactNode } from "react";
import { Table } from "@/components/ui/table";

/** A cell: a figure as printed ("4,8 %", "12", "<5"), or several side by side ("<5 / 12"). */
export type FigureCell = string | string[];

/** The hidden-figure markers as printed, and what a screen reader says for each. */
export type FigureMarkers = Record<"suppressed" | "withheld", { text: string; label: string }>;

/**
 * A table of figures with a label in the first column (the municipal view: a row per school, up
 * to fifty, each with a dozen figures). A client component for the page's size: its rows reach
 * the browser as short strings, where a server component's table reaches it as an element tree
 * per cell in the page's React payload, beside the same table in its HTML — on the municipal view
 * 860 kB of payload beside 470 kB of HTML (docs/performance.md). The server prints every figure
 * (figureText, suppression applied); this only lays them out.
 */
export function FigureTable({
  caption,
  columns,
  rows,
  markers,
}: {
  caption: string;
  columns: ReactNode[];
  rows: { key: string; label: string; cells: FigureCell[] }[];
  markers: FigureMarkers;
}) {
  const figure = (text: string, index: number) => {
    const marker =
      text === markers.suppressed.text
        ? markers.suppressed
        : text === markers.withheld.text
          ? markers.withheld
          : null;
    if (!marker) return text;
    return (
      // The page's legend explains the markers; a screen reader hears what each stands for.
      <span key={index}>
        <span aria-hidden="true" className="text-stone-500">
          {marker.text}
        </span>
        <span className="sr-only">{marker.label}</span>
      </span>
    );
  };
  return (
    <Table
      caption={caption}
      head={[caption, ...columns]}
      // A dozen figures a school are wider than a screen: the school's name stays in view.
      stickyFirstColumn
      // A heading wraps above its figures, not across the screen, and stands right like them.
      headClassName="[&_th]:min-w-24 [&_th]:align-bottom [&_th]:whitespace-normal [&_th:not(:first-child)]:text-right"
      // The cells' style once for the table: fifty rows of a dozen cells each.
      bodyClassName="[&_td]:px-4 [&_td]:py-2.5 [&_td]:whitespace-nowrap [&_td]:tabular-nums [&_td:not(:first-child)]:text-right"
    >
      {rows.map((row) => (
        <tr key={row.key}>
          <td className="font-medium">{row.label}</td>
          {row.cells.map((cell, index) => (
            <td key={index}>
              {typeof cell === "string"
                ? figure(cell, 0)
                : cell.flatMap((part, at) => (at ? [" / ", figure(part, at)] : [figure(part, at)]))}
            </td>
          ))}
        </tr>
      ))}
    </Table>
  );
}
