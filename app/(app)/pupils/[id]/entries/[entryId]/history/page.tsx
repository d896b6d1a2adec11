import type { Metadata } from "next";
import { EntryContent } from "@/components/case-entries/entry-content";
import { LinkButton } from "@/components/ui/link";
import { Badge, EmptyState, PageHeader } from "@/components/ui/layout";
import { requirePermission } from "@/lib/auth/session";
import { getEntryHistory } from "@/lib/case-entries/entry";
import { formatDate, formatDateTime } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { orNotFound } from "../../../record";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("caseEntries.historyTitle") };
}

export default async function EntryHistoryPage({
  params,
}: {
  params: Promise<{ id: string; entryId: string }>;
}) {
  const actor = await requirePermission("pupil:open-record");
  const { id, entryId } = await params;
  const revisions = await orNotFound(getEntryHistory(actor, id, entryId));
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return (
    <>
      <PageHeader
        title={t("caseEntries.historyTitle")}
        actions={
          <LinkButton href={`/pupils/${id}?entry=${entryId}#entry-${entryId}`}>
            {t("caseEntries.backToRecord")}
          </LinkButton>
        }
      />
      {revisions.length === 0 ? (
        <EmptyState>{t("caseEntries.historyEmpty")}</EmptyState>
      ) : (
        <ol className="space-y-4">
          {revisions.map((revision) => (
            <li key={revision.version} className="rounded-lg border border-stone-200 bg-white p-5">
              <p className="text-sm text-stone-600">
                {t("caseEntries.historyVersion", {
                  version: revision.version,
                  date: formatDateTime(revision.editedAt, locale),
                  name: revision.editorName,
                })}
              </p>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                <span>{formatDate(revision.occurredOn, locale)}</span>
                <Badge>{t(`caseEntries.confidentialityBadge.${revision.confidentiality}`)}</Badge>
              </p>
              {revision.title ? <h2 className="mt-2 font-semibold">{revision.title}</h2> : null}
              <div className="mt-3 text-sm">
                {revision.content ? (
                  <EntryContent content={revision.content} t={t} locale={locale} />
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
