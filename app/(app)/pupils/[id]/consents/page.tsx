import type { Metadata } from "next";
import { ConsentForm, WithdrawConsentForm } from "@/components/consent/consent-forms";
import { LinkButton } from "@/components/ui/link";
import { Badge, Card, EmptyState, Notice, PageHeader } from "@/components/ui/layout";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { getConsentRegister, type ConsentState, type ConsentVersion } from "@/lib/consent/register";
import { MAX_CONSENT_DAYS } from "@/lib/consent/schemas";
import { addDays, isoDay, todayInDenmark } from "@/lib/dates";
import { formatDate, formatDateTime, type Locale, type Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { orNotFound } from "../record";
import { recordConsentAction, withdrawConsentAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("consent.title") };
}

const stateTone: Record<ConsentState, "green" | "yellow" | "red" | "neutral"> = {
  VALID: "green",
  NOT_YET_VALID: "yellow",
  EXPIRED: "neutral",
  WITHDRAWN: "red",
  REFUSED: "red",
  SUPERSEDED: "neutral",
};

export default async function ConsentsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("consent:read");
  const { id } = await params;
  const register = await orNotFound(getConsentRegister(actor, id));
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const today = todayInDenmark();
  const manage = can(actor, "consent:manage");
  const dates = { today: isoDay(today), inAYear: isoDay(addDays(today, MAX_CONSENT_DAYS - 1)) };
  return (
    <>
      <PageHeader
        title={t("consent.registerFor", { pupil: register.pupil.name })}
        intro={t("consent.intro")}
        actions={<LinkButton href={`/pupils/${id}`}>{t("caseEntries.backToRecord")}</LinkButton>}
      />
      {register.informOnly.length > 0 ? (
        <div className="mb-4">
          <Notice>
            {t("consent.informOnly", {
              names: register.informOnly.map((guardian) => guardian.name).join(", "),
            })}
          </Notice>
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(20rem,2fr)]">
        <section className="space-y-4" aria-label={t("consent.title")}>
          {register.chains.length === 0 ? <EmptyState>{t("consent.empty")}</EmptyState> : null}
          {register.chains.map(({ current, earlier }) => (
            <Card key={current.id}>
              <VersionDetails version={current} t={t} locale={locale} />
              {manage && current.decision === "GIVEN" && !current.withdrawnOn ? (
                <details className="mt-4 border-t border-stone-100 pt-3">
                  <summary className="cursor-pointer text-sm font-medium text-red-700">
                    {t("consent.withdraw")}
                  </summary>
                  <div className="mt-3">
                    <WithdrawConsentForm
                      action={withdrawConsentAction}
                      consent={current}
                      today={dates.today}
                    />
                  </div>
                </details>
              ) : null}
              {manage ? (
                <details className="mt-3 border-t border-stone-100 pt-3">
                  <summary className="text-brand-700 cursor-pointer text-sm font-medium">
                    {t("consent.change")}
                  </summary>
                  <p className="mt-2 text-sm text-stone-600">{t("consent.changeIntro")}</p>
                  <div className="mt-3">
                    <ConsentForm
                      action={recordConsentAction}
                      pupilId={id}
                      guardians={register.guardians}
                      {...dates}
                      previous={current}
                    />
                  </div>
                </details>
              ) : null}
              {earlier.length > 0 ? (
                <details className="mt-3 border-t border-stone-100 pt-3">
                  <summary className="cursor-pointer text-sm text-stone-700">
                    {t("consent.earlier", { count: earlier.length })}
                  </summary>
                  <ol className="mt-3 space-y-3">
                    {earlier.map((version) => (
                      <li key={version.id} className="rounded-md bg-stone-50 p-3">
                        <VersionDetails version={version} t={t} locale={locale} />
                      </li>
                    ))}
                  </ol>
                </details>
              ) : null}
            </Card>
          ))}
        </section>
        {manage ? (
          <Card title={t("consent.new")}>
            {register.guardians.length === 0 ? (
              <Notice tone="warning">{t("consent.noGuardians")}</Notice>
            ) : (
              <ConsentForm
                action={recordConsentAction}
                pupilId={id}
                guardians={register.guardians}
                {...dates}
              />
            )}
          </Card>
        ) : null}
      </div>
    </>
  );
}

function VersionDetails({
  version,
  t,
  locale,
}: {
  version: ConsentVersion;
  t: Translate;
  locale: Locale;
}) {
  const date = (value: string) => formatDate(value, locale);
  return (
    <div className="space-y-2 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={stateTone[version.state]}>
          {t(`consent.states.${version.state}`, { date: date(version.validFrom) })}
        </Badge>
        <span className="font-medium text-stone-900">
          {t(`consent.decisions.${version.decision}`)}
        </span>
        <span className="text-stone-600">
          · {t(`consent.forms.${version.form}`)} · {date(version.givenOn)}
        </span>
      </div>
      <p className="text-stone-800">
        {version.scopes.map((scope) => t(`consent.scopeNames.${scope}`)).join(", ")}
        {version.externalPartner ? `: ${version.externalPartner}` : ""}
      </p>
      <p className="text-stone-700">{version.purpose}</p>
      {version.decision === "GIVEN" ? (
        <p className="text-stone-700">
          {t("consent.validLine", {
            from: date(version.validFrom),
            until: date(version.validUntil),
          })}
        </p>
      ) : null}
      <p className="text-stone-600">
        {t("consent.guardians")}: {version.guardians.map((guardian) => guardian.name).join(", ")}
      </p>
      {version.oralNote ? <p className="text-stone-600">{version.oralNote}</p> : null}
      {version.pupilView ? (
        <p className="text-stone-600">
          {t("consent.pupilView")}: {version.pupilView}
        </p>
      ) : null}
      {version.withdrawnOn ? (
        <p className="font-medium text-red-700">
          {t("consent.withdrawnLine", {
            date: date(version.withdrawnOn),
            name: version.withdrawnBy ?? "",
          })}
        </p>
      ) : null}
      <p className="text-xs text-stone-500">
        {t("consent.recordedBy", {
          name: version.recordedBy,
          date: formatDateTime(version.recordedAt, locale),
        })}
      </p>
    </div>
  );
}
