import { Link } from "@/components/ui/link";
import { completeFollowUpAction, notificationReceiptAction } from "@/app/(app)/pupils/actions";
import { Badge, EmptyState } from "@/components/ui/layout";
import { can, type Actor } from "@/lib/auth/policy";
import type { ReadableEntry, TimelineEntry } from "@/lib/case-entries/timeline";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { formatDate, type Locale, type Translate } from "@/lib/i18n";
import { CompleteFollowUpForm, NotificationReceiptForm } from "./entry-actions";
import { EntryContent } from "./entry-content";

const confidentialityTone = {
  CASE: "neutral",
  FORUM: "brand",
  PROFESSION: "yellow",
  PRIVATE: "red",
} as const;

type Props = {
  actor: Actor;
  pupilId: string;
  entries: TimelineEntry[];
  filtered: boolean;
  t: Translate;
  locale: Locale;
};

export function Timeline({ actor, pupilId, entries, filtered, t, locale }: Props) {
  if (entries.length === 0)
    return (
      <EmptyState>{filtered ? t("caseEntries.emptyFiltered") : t("caseEntries.empty")}</EmptyState>
    );
  const today = isoDay(todayInDenmark());
  return (
    <ol className="space-y-4" aria-label={t("caseEntries.timelineCaption")}>
      {entries.map((entry) => (
        <li key={entry.id} id={`entry-${entry.id}`} className="scroll-mt-6">
          {entry.readable ? (
            <ReadableCard
              actor={actor}
              pupilId={pupilId}
              entry={entry}
              today={today}
              t={t}
              locale={locale}
            />
          ) : (
            <article className="rounded-lg border border-dashed border-stone-300 bg-stone-50 px-5 py-3 text-sm text-stone-600">
              <EntryMeta entry={entry} t={t} locale={locale} />
              <p className="mt-1">{t("caseEntries.restricted")}</p>
            </article>
          )}
        </li>
      ))}
    </ol>
  );
}

function EntryMeta({ entry, t, locale }: { entry: TimelineEntry; t: Translate; locale: Locale }) {
  return (
    <header className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="font-semibold text-stone-900">{t(`caseEntries.kinds.${entry.kind}`)}</span>
      <time dateTime={entry.occurredOn} className="text-stone-600">
        {formatDate(entry.occurredOn, locale)}
      </time>
      <span className="text-stone-600">
        {entry.readable
          ? t("caseEntries.by", { name: entry.authorName, role: t(`roles.${entry.authorRole}`) })
          : t("caseEntries.restrictedBy", { role: t(`roles.${entry.authorRole}`) })}
      </span>
      <Badge tone={confidentialityTone[entry.confidentiality]}>
        {t(`caseEntries.confidentialityBadge.${entry.confidentiality}`)}
      </Badge>
    </header>
  );
}

function ReadableCard({
  actor,
  pupilId,
  entry,
  today,
  t,
  locale,
}: {
  actor: Actor;
  pupilId: string;
  entry: ReadableEntry;
  /** "YYYY-MM-DD" in Denmark. */
  today: string;
  t: Translate;
  locale: Locale;
}) {
  const base = `/pupils/${pupilId}/entries/${entry.id}`;
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-5 shadow-xs">
      <EntryMeta entry={entry} t={t} locale={locale} />
      {entry.title ? <h3 className="mt-2 font-semibold text-stone-900">{entry.title}</h3> : null}
      <div className="mt-3 text-sm">
        {entry.content ? <EntryContent content={entry.content} t={t} locale={locale} /> : null}
      </div>

      {entry.notification ? (
        <section className="mt-4 space-y-2 rounded-md border border-stone-200 p-3 text-sm">
          <h4 className="font-medium text-stone-900">{t("caseEntries.notification.receipt")}</h4>
          <p
            className={
              !entry.notification.receiptReceivedOn && entry.notification.receiptDueOn < today
                ? "font-medium text-red-700"
                : "text-stone-700"
            }
          >
            {entry.notification.receiptReceivedOn
              ? t("caseEntries.notification.receiptReceived", {
                  date: formatDate(entry.notification.receiptReceivedOn, locale),
                })
              : entry.notification.receiptDueOn < today
                ? t("caseEntries.notification.receiptOverdue", {
                    date: formatDate(entry.notification.receiptDueOn, locale),
                  })
                : t("caseEntries.notification.receiptDue", {
                    date: formatDate(entry.notification.receiptDueOn, locale),
                  })}
          </p>
          {entry.notification.municipalityFeedback ? (
            <p className="whitespace-pre-line text-stone-700">
              {entry.notification.municipalityFeedback}
            </p>
          ) : null}
          {can(actor, "notification:create") && !entry.throughEmergency ? (
            <details>
              <summary className="text-brand-700 cursor-pointer">
                {t("caseEntries.notification.saveReceipt")}
              </summary>
              <div className="mt-3">
                <NotificationReceiptForm
                  action={notificationReceiptAction}
                  entryId={entry.id}
                  version={entry.notification.version}
                  receiptReceivedOn={entry.notification.receiptReceivedOn}
                  municipalityFeedback={entry.notification.municipalityFeedback}
                  today={today}
                />
              </div>
            </details>
          ) : null}
        </section>
      ) : null}

      {hasFooter(entry) ? (
        <footer className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-stone-100 pt-3 text-sm">
          <FollowUp entry={entry} today={today} t={t} locale={locale} />
          {entry.canEdit ? (
            <Link href={`${base}/edit`} className="text-brand-700 hover:underline">
              {t("caseEntries.edit")}
            </Link>
          ) : null}
          {entry.revisionCount > 0 ? (
            <Link href={`${base}/history`} className="text-brand-700 hover:underline">
              {t("caseEntries.edited", { count: entry.revisionCount })}
            </Link>
          ) : null}
          {entry.kind === "SCHOOL_HOME_CONVERSATION" ? (
            <Link href={`${base}/family`} className="text-brand-700 hover:underline">
              {t("caseEntries.printFamilyPage")}
            </Link>
          ) : null}
        </footer>
      ) : null}
    </article>
  );
}

function hasFooter(entry: ReadableEntry): boolean {
  return Boolean(
    entry.followUpOn ||
    entry.canEdit ||
    entry.revisionCount > 0 ||
    entry.kind === "SCHOOL_HOME_CONVERSATION",
  );
}

function FollowUp({
  entry,
  today,
  t,
  locale,
}: {
  entry: ReadableEntry;
  today: string;
  t: Translate;
  locale: Locale;
}) {
  if (!entry.followUpOn) return null;
  if (entry.followUpDone) return <Badge tone="green">{t("caseEntries.followUp.done")}</Badge>;
  const overdue = entry.followUpOn < today;
  const values = {
    date: formatDate(entry.followUpOn, locale),
    owner: entry.followUpOwnerName ?? "",
  };
  return (
    <div className="flex flex-wrap items-center gap-3">
      <span className={overdue ? "font-medium text-red-700" : "text-stone-700"}>
        {overdue
          ? t("caseEntries.followUp.overdue", values)
          : t("caseEntries.followUp.due", values)}
      </span>
      {entry.throughEmergency ? null : (
        <CompleteFollowUpForm
          action={completeFollowUpAction}
          entryId={entry.id}
          version={entry.version}
        />
      )}
    </div>
  );
}
