import type { ReactNode } from "react";
import { Badge, EmptyState } from "@/components/ui/layout";
import type { Translate } from "@/lib/i18n";

/**
 * One section of the worklist: a heading with its count, an optional line on what belongs here,
 * the items or a clear empty state, and "showing n of m" when the list is cut short.
 */
export function WorklistSection({
  id,
  title,
  intro,
  count,
  shown,
  empty,
  footer,
  children,
  t,
}: {
  id: string;
  title: string;
  intro?: string;
  count: number;
  shown: number;
  empty: string;
  footer?: ReactNode;
  children: ReactNode;
  t: Translate;
}) {
  const headingId = `${id}-heading`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className="rounded-lg border border-stone-200 bg-white p-5 shadow-xs"
    >
      <div className="mb-3 flex items-center justify-between gap-3">
        <h2 id={headingId} className="text-base font-semibold text-stone-900">
          {title}
          <span className="sr-only"> ({t("worklist.count", { count })})</span>
        </h2>
        <span aria-hidden="true">
          <Badge tone={count > 0 ? "brand" : "neutral"}>{count}</Badge>
        </span>
      </div>
      {intro ? <p className="mb-3 text-sm text-stone-600">{intro}</p> : null}
      {count === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <>
          <ul className="divide-y divide-stone-100">{children}</ul>
          {shown < count ? (
            <p className="mt-2 text-sm text-stone-600">
              {t("worklist.showing", { shown, total: count })}
            </p>
          ) : null}
        </>
      )}
      {footer ? <div className="mt-3 text-sm">{footer}</div> : null}
    </section>
  );
}

/** One line of a section: the main link, and what to know about it beneath. */
export function WorklistItem({
  main,
  badges,
  details,
}: {
  main: ReactNode;
  badges?: ReactNode;
  details?: ReactNode;
}) {
  return (
    <li className="py-2.5">
      <div className="flex flex-wrap items-center gap-2">
        {main}
        {badges}
      </div>
      {details ? <div className="mt-0.5 text-sm text-stone-600">{details}</div> : null}
    </li>
  );
}
