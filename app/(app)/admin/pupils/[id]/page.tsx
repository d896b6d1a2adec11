import type { ReactNode } from "react";
import { GuardianForm, RemoveGuardianForm } from "@/components/admin/guardian-form";
import { PupilForm, PupilStatusForm } from "@/components/admin/pupil-form";
import { LegalHoldForm } from "@/components/privacy/legal-hold-form";
import { titled } from "@/components/shell/section-home";
import { LinkButton } from "@/components/ui/link";
import { Badge, Card, EmptyState, Notice, PageHeader } from "@/components/ui/layout";
import { getPupil, listClassOptions, type GuardianRow, type PupilDetail } from "@/lib/admin/pupils";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { can } from "@/lib/auth/policy";
import { orNotFound, requirePermission } from "@/lib/auth/session";
import { formatDate, type Locale, type Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import {
  createGuardianAction,
  markPupilLeftAction,
  reactivatePupilAction,
  removeGuardianAction,
  updateGuardianAction,
  updatePupilAction,
} from "../actions";
import { setLegalHoldAction } from "../../../privacy/actions";
import { noticeMessage } from "../notices";

// The pupil's name stays out of the title, and so out of browser history and tab lists.
export const generateMetadata = titled("adminPupils.pupil.details");

export default async function AdminPupilPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("admin:pupils");
  const [t, locale] = [await getT(), await getLocale()];
  const pupil = await orNotFound(getPupil(actor, (await params).id));
  const classes = await listClassOptions(actor);
  const notice = noticeMessage((await searchParams).notice);
  return (
    <>
      <PageHeader
        title={`${pupil.firstName} ${pupil.lastName}`}
        intro={summaryOf(pupil, t, locale)}
        actions={<LinkButton href="/admin/pupils">{t("common.back")}</LinkButton>}
      />
      {notice ? (
        <div role="status" className="mb-6">
          <Notice>{t(notice)}</Notice>
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          <Card title={t("adminPupils.pupil.details")}>
            <PupilForm action={updatePupilAction} classes={classes} values={pupil} />
          </Card>
          <Card title={t("adminPupils.guardians.title")}>
            <div className="space-y-4">
              <Notice>{t("adminPupils.guardians.authorityExplained")}</Notice>
              {pupil.guardians.length === 0 ? (
                <EmptyState>{t("adminPupils.guardians.empty")}</EmptyState>
              ) : (
                <ul className="space-y-3">
                  {pupil.guardians.map((guardian) => (
                    <GuardianItem key={guardian.id} guardian={guardian} t={t} />
                  ))}
                </ul>
              )}
              <section aria-labelledby="add-guardian" className="border-t border-stone-200 pt-4">
                <h3 id="add-guardian" className="mb-3 font-semibold text-stone-900">
                  {t("adminPupils.guardians.add")}
                </h3>
                <GuardianForm action={createGuardianAction} pupilId={pupil.id} />
              </section>
            </div>
          </Card>
        </div>
        <div className="space-y-6 self-start">
          <Card title={t("adminPupils.leave.title")}>
            <PupilStatus pupil={pupil} t={t} locale={locale} />
          </Card>
          {can(actor, "privacy:legal-hold") ? (
            <Card title={t("privacy.legalHold.title")}>
              <LegalHoldForm action={setLegalHoldAction} pupil={pupil} />
            </Card>
          ) : null}
          {can(actor, "audit:read") ? (
            <LinkButton href={`/privacy/pupils/${pupil.id}/access-log`}>
              {t("privacy.accessLog.link")}
            </LinkButton>
          ) : null}
        </div>
      </div>
    </>
  );
}

function summaryOf(pupil: PupilDetail, t: Translate, locale: Locale): string {
  const values = {
    class: pupil.className ?? "",
    externalId: pupil.externalId,
    dateOfBirth: formatDate(pupil.dateOfBirth, locale),
  };
  return pupil.className
    ? t("adminPupils.pupil.summary", values)
    : t("adminPupils.pupil.summaryNoClass", values);
}

function PupilStatus({ pupil, t, locale }: { pupil: PupilDetail; t: Translate; locale: Locale }) {
  const leftOn = pupil.leftOn ? formatDate(pupil.leftOn, locale) : "";
  return (
    <div className="space-y-4 text-sm text-stone-700">
      <p className="flex flex-wrap gap-2">
        {pupil.active ? (
          <Badge tone="green">{t("adminPupils.status.active")}</Badge>
        ) : (
          <Badge>{t("adminPupils.status.left", { date: leftOn })}</Badge>
        )}
        {pupil.legalHold ? <Badge tone="yellow">{t("adminPupils.status.legalHold")}</Badge> : null}
      </p>
      {pupil.legalHold ? <p>{t("adminPupils.status.legalHoldHint")}</p> : null}
      <p>
        {pupil.active
          ? t("adminPupils.leave.intro")
          : t("adminPupils.leave.leftIntro", { date: leftOn })}
      </p>
      <PupilStatusForm
        action={pupil.active ? markPupilLeftAction : reactivatePupilAction}
        pupil={pupil}
        today={isoDay(todayInDenmark())}
      />
    </div>
  );
}

function GuardianItem({ guardian, t }: { guardian: GuardianRow; t: Translate }) {
  const contact = [
    { label: t("adminPupils.guardians.email"), value: guardian.email },
    { label: t("adminPupils.guardians.phone"), value: guardian.phone },
    { label: t("adminPupils.guardians.address"), value: guardian.address },
  ].filter((item) => item.value);
  return (
    <li className="rounded-md border border-stone-200 p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold text-stone-900">{guardian.name}</h3>
        {guardian.relation ? (
          <span className="text-sm text-stone-600">{guardian.relation}</span>
        ) : null}
        {guardian.hasParentalAuthority ? (
          <Badge tone="brand">{t("adminPupils.guardians.authority")}</Badge>
        ) : (
          <Badge>{t("adminPupils.guardians.informationOnly")}</Badge>
        )}
      </div>
      {contact.length > 0 ? (
        <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          {contact.map((item) => (
            <div key={item.label} className="contents">
              <dt className="text-stone-500">{item.label}</dt>
              <dd className="whitespace-pre-line text-stone-800">{item.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="mt-2 text-sm text-stone-500">{t("adminPupils.guardians.noContact")}</p>
      )}
      <div className="mt-3 space-y-2">
        <Disclosure summary={t("adminPupils.guardians.edit", { name: guardian.name })}>
          <GuardianForm action={updateGuardianAction} values={guardian} />
        </Disclosure>
        <Disclosure summary={t("adminPupils.guardians.remove", { name: guardian.name })}>
          <RemoveGuardianForm action={removeGuardianAction} guardian={guardian} />
        </Disclosure>
      </div>
    </li>
  );
}

/** A native <details>: keyboard- and screen-reader-friendly without any script. */
function Disclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="group rounded-md border border-stone-200">
      <summary className="text-brand-700 cursor-pointer px-3 py-2 text-sm font-medium hover:bg-stone-50">
        {summary}
      </summary>
      <div className="border-t border-stone-200 p-3">{children}</div>
    </details>
  );
}
