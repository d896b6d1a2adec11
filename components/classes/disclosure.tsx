import type { ReactNode } from "react";

/** A native <details>: keyboard- and screen-reader-friendly without any script. */
export function Disclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="group rounded-md border border-stone-200">
      <summary className="text-brand-700 cursor-pointer px-3 py-2 text-sm font-medium hover:bg-stone-50">
        {summary}
      </summary>
      <div className="border-t border-stone-200 p-3">{children}</div>
    </details>
  );
}
