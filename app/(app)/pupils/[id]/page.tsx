import type { Metadata } from "next";
import Link from "next/link";
import { Timeline } from "@/components/case-entries/timeline";
import { PupilFacts } from "@/components/pupils/pupil-header";
import { LinkButton } from "@/components/ui/button";
import { Badge, Notice, PageHeader } from "@/components/ui/layout";
import { can, creatableKinds } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { CASE_ENTRY_KINDS } from "@/lib/case-entries/kinds";
import { getPupilRecord } from "@/lib/case-entries/timeline";
import { formatDate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { orNotFound } from "./record";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The browser tab never shows a child's name (shared screens, history).
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("caseEntries.title") };
}

export default async function PupilRecordPage({ params, searchParams }: Props) {
  const actor = await requirePermission("pupil:open-record");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const kind = CASE_ENTRY_KINDS.find((candidate) => candidate === query.kind);
  const { pupil, entries } = await orNotFound(
    getPupilRecord(actor, id, { kinds: kind ? [kind] : undefined }),
  );
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const kinds = creatableKinds(actor);
  const saved =
    query.saved === "created"
      ? t("caseEntries.created")
      : query.saved === "updated"
        ? t("caseEntries.updated")
        : null;

  return (
    <>
      <PageHeader
        title={`${pupil.firstName} ${pupil.lastName}`}
        intro={[
          pupil.className ?? t("pupils.header.noClass"),
          t("pupils.header.born", { date: formatDate(pupil.dateOfBirth, locale) }),
        ].join(" · ")}
        actions={!pupil.active ? <Badge>{t("pupils.header.left")}</Badge> : undefined}
      />
      {saved ? (
        <div className="mb-4">
          <Notice role="status">{saved}</Notice>
        </div>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(18rem,1fr)]">
        <section aria-labelledby="timeline-heading" className="min-w-0 space-y-4">
          {kinds.length > 0 ? (
            <nav aria-label={t("caseEntries.newEntry")} className="flex flex-wrap gap-2">
              {kinds.map((entryKind) => (
                <LinkButton
                  key={entryKind}
                  href={`/pupils/${pupil.id}/entries/new?kind=${entryKind}`}
                  title={t(`caseEntries.kindHints.${entryKind}`)}
                >
                  + {t(`caseEntries.kinds.${entryKind}`)}
                </LinkButton>
              ))}
            </nav>
          ) : null}
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 id="timeline-heading" className="text-lg font-semibold text-stone-900">
              {t("caseEntries.timeline")}
            </h2>
            <nav aria-label={t("caseEntries.filterLabel")} className="flex flex-wrap gap-1 text-sm">
              {[undefined, ...CASE_ENTRY_KINDS].map((filter) => (
                <Link
                  key={filter ?? "all"}
                  href={filter ? `/pupils/${pupil.id}?kind=${filter}` : `/pupils/${pupil.id}`}
                  aria-current={filter === kind ? "page" : undefined}
                  className="aria-[current=page]:bg-brand-700 rounded-full px-2.5 py-1 text-stone-600 hover:bg-stone-100 aria-[current=page]:text-white"
                >
                  {filter ? t(`caseEntries.kinds.${filter}`) : t("caseEntries.filterAll")}
                </Link>
              ))}
            </nav>
          </div>
          <Timeline
            actor={actor}
            pupilId={pupil.id}
            entries={entries}
            filtered={Boolean(kind)}
            t={t}
            locale={locale}
          />
        </section>
        <aside aria-label={t("pupils.header.guardians")}>
          <PupilFacts
            pupil={pupil}
            t={t}
            locale={locale}
            canReadConsent={can(actor, "consent:read")}
            seesAllConcerns={can(actor, "concern:read:all")}
          />
        </aside>
      </div>
    </>
  );
}
