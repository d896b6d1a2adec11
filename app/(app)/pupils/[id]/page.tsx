import type { Metadata } from "next";
import { Link, LinkButton } from "@/components/ui/link";
import { Timeline } from "@/components/case-entries/timeline";
import { PupilFacts } from "@/components/pupils/pupil-header";
import { Badge, Notice, PageHeader } from "@/components/ui/layout";
import { EmergencyBanner, EmergencyOffer } from "@/components/emergency-access/record-notices";
import {
  can,
  canRequestEmergencyAccess,
  creatableKinds,
  EMERGENCY_READABLE,
  emergencyGrantFor,
} from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { CASE_ENTRY_KINDS } from "@/lib/case-entries/kinds";
import { getPupilRecord, TIMELINE_PAGE_SIZE } from "@/lib/case-entries/timeline";
import {
  emergencyAccessDurationHours,
  getEmergencyAccessCandidate,
} from "@/lib/emergency-access/request";
import { NotFoundError } from "@/lib/errors";
import { redirect } from "next/navigation";
import { formatDate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { endEmergencyAccessAction } from "./emergency-access/actions";
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
  const showAll = query.all === "1";
  // A link to one entry (?entry=…#entry-…) shows the timeline down to it, however old.
  const include = typeof query.entry === "string" ? query.entry : undefined;
  const { pupil, entries, total, restricted } = await orNotFound(
    getPupilRecord(actor, id, {
      kinds: kind ? [kind] : undefined,
      limit: showAll ? undefined : TIMELINE_PAGE_SIZE,
      include,
    }).catch(async (error) => {
      // A forum member outside their scope is offered emergency access instead of "not found",
      // for a pupil of their school they could find anyway (nobody else learns the pupil exists).
      if (error instanceof NotFoundError && canRequestEmergencyAccess(actor)) {
        const candidate = await getEmergencyAccessCandidate(actor, id).catch(() => null);
        if (candidate) redirect(`/pupils/${candidate.id}/emergency-access`);
      }
      throw error;
    }),
  );
  const grant = emergencyGrantFor(actor, pupil.id);
  const offerEmergency =
    !grant &&
    canRequestEmergencyAccess(actor) &&
    restricted.some((level) => EMERGENCY_READABLE.includes(level));
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const kinds = creatableKinds(actor);
  const saved =
    query.saved === "created"
      ? t("caseEntries.created")
      : query.saved === "updated"
        ? t("caseEntries.updated")
        : query.emergency === "ended"
          ? t("emergencyAccess.ended")
          : null;
  const pupilName = `${pupil.firstName} ${pupil.lastName}`;

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
      {grant ? (
        <EmergencyBanner
          grant={grant}
          pupilName={pupilName}
          endAction={endEmergencyAccessAction}
          t={t}
          locale={locale}
        />
      ) : null}
      {saved ? (
        <div className="mb-4">
          <Notice role="status">{saved}</Notice>
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(18rem,1fr)]">
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
          {offerEmergency ? (
            <EmergencyOffer
              pupilId={pupil.id}
              pupilName={pupilName}
              hours={emergencyAccessDurationHours()}
              t={t}
            />
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
          {entries.length < total ? (
            <p className="text-sm text-stone-600">
              {t("caseEntries.shownOf", { shown: entries.length, total })}{" "}
              <Link
                href={`/pupils/${pupil.id}?${new URLSearchParams({ ...(kind ? { kind } : {}), all: "1" })}`}
                className="text-brand-700 font-medium hover:underline"
              >
                {t("caseEntries.showAll", { total })}
              </Link>
            </p>
          ) : null}
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
