import type { ReactNode } from "react";

/** A dense, readable table; `caption` is for screen readers and names the table. */
export function Table({
  caption,
  head,
  children,
  bodyClassName = "",
}: {
  caption: string;
  head: ReactNode[];
  children: ReactNode;
  /** Classes for the body, e.g. its cells' styles once for every cell of a large table. */
  bodyClassName?: string;
}) {
  return (
    // A wide table scrolls sideways on a narrow screen: the region is focusable so that it can be
    // scrolled from the keyboard, and named by the caption (WCAG 2.1.1).
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-stone-200 bg-white"
    >
      <table className="min-w-full divide-y divide-stone-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-50">
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

export function Td({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <td className={`px-4 py-2.5 align-top ${className}`}>{children}</td>;
}
