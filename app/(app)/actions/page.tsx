import { titled } from "@/components/shell/section-home";
import { EmptyState, Notice, PageHeader } from "@/components/ui/layout";
import { ActionDueBadges, ActionSourceText } from "@/components/worklist/action-item";
import { CompleteActionForm } from "@/components/worklist/complete-action-form";
import { listMyActions, type MyActionRow } from "@/lib/action-plans/my-actions";
import { requirePermission } from "@/lib/auth/session";
import type { Locale, Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { completeActionAction } from "./actions";

export const generateMetadata = titled("worklist.actions.title");

/** Every role's own actions: overdue first, then open, then what was done lately. */
export default async function MyActionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("action:read:own");
  const [t, locale] = [await getT(), await getLocale()];
  const actions = await listMyActions(actor);
  const completed = (await searchParams).notice === "completed";
  return (
    <>
      <PageHeader title={t("worklist.actions.title")} intro={t("worklist.actions.intro")} />
      {completed ? (
        <div className="mb-6">
          <Notice role="status">{t("worklist.actions.completed")}</Notice>
        </div>
      ) : null}
      <div className="max-w-4xl space-y-8">
        <ActionGroup
          id="overdue"
          title={t("worklist.actions.overdue")}
          rows={actions.overdue}
          empty={t("worklist.actions.emptyOverdue")}
          t={t}
          locale={locale}
        />
        <ActionGroup
          id="open"
          title={t("worklist.actions.open")}
          rows={actions.open}
          empty={t("worklist.actions.emptyOpen")}
          t={t}
          locale={locale}
        />
        <ActionGroup
          id="done"
          title={t("worklist.actions.done")}
          rows={actions.done}
          empty={t("worklist.actions.emptyDone")}
          t={t}
          locale={locale}
        />
      </div>
    </>
  );
}

function ActionGroup({
  id,
  title,
  rows,
  empty,
  t,
  locale,
}: {
  id: string;
  title: string;
  rows: MyActionRow[];
  empty: string;
  t: Translate;
  locale: Locale;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="mb-3 text-lg font-semibold text-stone-900">
        {title} <span className="font-normal text-stone-500">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {rows.map((row) => (
            <li
              key={row.id}
              id={`action-${row.id}`}
              className="flex flex-wrap items-start justify-between gap-4 rounded-lg border border-stone-200 bg-white p-4"
            >
              <div className="min-w-0 flex-1 space-y-1">
                <p className="font-medium whitespace-pre-line text-stone-900">{row.description}</p>
                <p className="flex flex-wrap items-center gap-2">
                  <ActionDueBadges row={row} t={t} locale={locale} />
                </p>
                <p className="text-sm text-stone-600">
                  {t("worklist.actions.from")}: <ActionSourceText row={row} t={t} locale={locale} />
                </p>
              </div>
              {row.status === "OPEN" ? (
                <CompleteActionForm
                  action={completeActionAction}
                  row={{ id: row.id, version: row.version, description: row.description }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
