import { titled } from "@/components/shell/section-home";
import { EmptyState, Notice, PageHeader } from "@/components/ui/layout";
import { ActionDueBadges, ActionSourceText, taskTitle } from "@/components/worklist/action-item";
import { CompleteActionForm } from "@/components/worklist/complete-action-form";
import { RecordFeedbackForm } from "@/components/worklist/record-feedback-form";
import { listMyActions, type MyTaskRow } from "@/lib/action-plans/my-actions";
import { requirePermission } from "@/lib/auth/session";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { formatDate, type Locale, type Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { completeActionAction, recordFeedbackGivenAction } from "./actions";

export const generateMetadata = titled("worklist.actions.title");

const NOTICES = {
  completed: "worklist.actions.completed",
  feedbackGiven: "worklist.actions.feedback.given",
} as const;

/**
 * Every role's own tasks — actions and feedback to parents: overdue first, then open, then what
 * was done lately.
 */
export default async function MyActionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("action:read:own");
  const [t, locale] = [await getT(), await getLocale()];
  const actions = await listMyActions(actor);
  const today = isoDay(todayInDenmark());
  const notice = (await searchParams).notice;
  const noticeKey =
    notice === "completed" || notice === "feedbackGiven" ? NOTICES[notice] : undefined;
  const group = { t, locale, today };
  return (
    <>
      <PageHeader title={t("worklist.actions.title")} intro={t("worklist.actions.intro")} />
      {noticeKey ? (
        <div className="mb-6">
          <Notice role="status">{t(noticeKey)}</Notice>
        </div>
      ) : null}
      <div className="max-w-4xl space-y-8">
        <TaskGroup
          id="overdue"
          title={t("worklist.actions.overdue")}
          rows={actions.overdue}
          empty={t("worklist.actions.emptyOverdue")}
          {...group}
        />
        <TaskGroup
          id="open"
          title={t("worklist.actions.open")}
          rows={actions.open}
          empty={t("worklist.actions.emptyOpen")}
          {...group}
        />
        <TaskGroup
          id="done"
          title={t("worklist.actions.done")}
          rows={actions.done}
          empty={t("worklist.actions.emptyDone")}
          {...group}
        />
      </div>
    </>
  );
}

function TaskGroup({
  id,
  title,
  rows,
  empty,
  t,
  locale,
  today,
}: {
  id: string;
  title: string;
  rows: MyTaskRow[];
  empty: string;
  t: Translate;
  locale: Locale;
  today: string;
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
              key={`${row.type}-${row.id}`}
              id={`${row.type}-${row.id}`}
              className="flex flex-wrap items-start justify-between gap-4 rounded-lg border border-stone-200 bg-white p-4"
            >
              <div className="min-w-0 flex-1 space-y-1">
                <p className="font-medium whitespace-pre-line text-stone-900">
                  {taskTitle(row, t)}
                </p>
                {row.type === "feedback" && row.status === "OPEN" ? (
                  <p className="text-sm text-stone-700">{t("worklist.actions.feedback.what")}</p>
                ) : null}
                <p className="flex flex-wrap items-center gap-2">
                  <ActionDueBadges row={row} t={t} locale={locale} />
                </p>
                <p className="text-sm text-stone-600">
                  {t("worklist.actions.from")}: <ActionSourceText row={row} t={t} locale={locale} />
                </p>
              </div>
              <TaskForm row={row} t={t} locale={locale} today={today} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TaskForm({
  row,
  t,
  locale,
  today,
}: {
  row: MyTaskRow;
  t: Translate;
  locale: Locale;
  today: string;
}) {
  if (row.status !== "OPEN") return null;
  if (row.type === "action") {
    return (
      <CompleteActionForm
        action={completeActionAction}
        row={{ id: row.id, version: row.version, description: row.description }}
      />
    );
  }
  return (
    <RecordFeedbackForm
      action={recordFeedbackGivenAction}
      row={{ id: row.id, version: row.version }}
      label={t("worklist.actions.feedback.recordLabel", { date: formatDate(row.dueOn, locale) })}
      today={today}
    />
  );
}
