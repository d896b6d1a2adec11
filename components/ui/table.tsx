import type { ReactNode } from "react";

/** A dense, readable table; `caption` is for screen readers and names the table. */
export function Table({
  caption,
  head,
  children,
  headClassName = "",
  bodyClassName = "",
  stickyFirstColumn = false,
}: {
  caption: string;
  head: ReactNode[];
  children: ReactNode;
  /** Classes for the head, e.g. its headings wrapped and set right above right-set figures. */
  headClassName?: string;
  /** Classes for the body, e.g. its cells' styles once for every cell of a large table. */
  bodyClassName?: string;
  /** The first column (what each row is: a school) stays in view while the table scrolls sideways. */
  stickyFirstColumn?: boolean;
}) {
  return (
    // A wide table scrolls sideways on a narrow screen: the region is focusable so that it can be
    // scrolled from the keyboard, and named by the caption (WCAG 2.1.1). It is `relative` so that
    // what is positioned inside it (the sr-only texts of its cells) is clipped and scrolled with
    // it, instead of widening the page beyond the screen.
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="relative overflow-x-auto rounded-lg border border-stone-200 bg-white"
    >
      <table
        className={`min-w-full divide-y divide-stone-200 text-sm ${stickyFirstColumn ? STICKY_FIRST_COLUMN : ""}`}
      >
        <caption className="sr-only">{caption}</caption>
        <thead className={`bg-stone-50 ${headClassName}`}>
          <tr>
            {head.map((cell, index) => (
              <th
                key={index}
                scope="col"
                className="px-4 py-2.5 text-left font-medium whitespace-nowrap text-stone-600"
              >
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={`divide-y divide-stone-100 ${bodyClassName}`}>{children}</tbody>
      </table>
    </div>
  );
}

const STICKY_FIRST_COLUMN =
  "[&_td:first-child]:sticky [&_td:first-child]:left-0 [&_td:first-child]:bg-white [&_th:first-child]:sticky [&_th:first-child]:left-0 [&_th:first-child]:bg-stone-50";

export function Td({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <td className={`px-4 py-2.5 align-top ${className}`}>{children}</td>;
}
