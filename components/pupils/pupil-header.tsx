import { Link } from "@/components/ui/link";
import { Badge, Card } from "@/components/ui/layout";
import type { PupilHeader } from "@/lib/case-entries/timeline";
import { formatDate, formatShare, type Locale, type Translate } from "@/lib/i18n";

const levelTone = { GREEN: "green", YELLOW: "yellow", RED: "red" } as const;

/** Beside the timeline: who the pupil's people are, what is open, consent and absence. */
export function PupilFacts({
  pupil,
  t,
  locale,
  canReadConsent,
  seesAllConcerns,
}: {
  pupil: PupilHeader;
  t: Translate;
  locale: Locale;
  canReadConsent: boolean;
  /** Without it, only the concerns the viewer raised are listed; say so. */
  seesAllConcerns: boolean;
}) {
  return (
    <div className="space-y-4">
      <Card title={t("pupils.header.openConcerns")}>
        {pupil.openConcerns.length === 0 ? (
          <p className="text-sm text-stone-600">
            {seesAllConcerns
              ? t("pupils.header.noOpenConcerns")
              : t("pupils.header.noOwnOpenConcerns")}
          </p>
        ) : (
          <ul className="space-y-2 text-sm">
            {pupil.openConcerns.map((concern) => (
              <li key={concern.id}>
                <Link
                  href={`/concerns/${concern.id}`}
                  className="flex flex-wrap items-center gap-2 hover:underline"
                >
                  <Badge tone={levelTone[concern.level]}>
                    {t(`concerns.levels.${concern.level}`)}
                  </Badge>
                  <span>
                    {concern.categories
                      .map((category) => t(`concerns.categories.${category}`))
                      .join(", ")}
                  </span>
                  <span className="text-stone-500">{formatDate(concern.createdAt, locale)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card
        title={t("pupils.header.consent")}
        actions={
          canReadConsent ? (
            <Link
              href={`/pupils/${pupil.id}/consents`}
              className="text-brand-700 text-sm hover:underline"
            >
              {t("consent.open")}
            </Link>
          ) : undefined
        }
      >
        {pupil.forumConsentUntil ? (
          <Badge tone="green">
            {t("pupils.header.consentUntil", { date: formatDate(pupil.forumConsentUntil, locale) })}
          </Badge>
        ) : (
          <p className="text-sm text-stone-600">{t("pupils.header.noConsent")}</p>
        )}
      </Card>
      <Card
        title={t("pupils.header.absence")}
        actions={
          <Link
            href={`/pupils/${pupil.id}/absence`}
            className="text-brand-700 text-sm hover:underline"
          >
            {t("absence.manual.open")}
          </Link>
        }
      >
        <p className="text-sm text-stone-700">
          {pupil.absence
            ? t("pupils.header.absenceFigure", {
                ...pupil.absence,
                percent: formatShare(pupil.absence.percent, locale),
              })
            : t("pupils.header.noAbsence")}
        </p>
      </Card>
      <Card title={t("pupils.header.guardians")}>
        {pupil.guardians.length === 0 ? (
          <p className="text-sm text-stone-600">{t("pupils.header.noGuardians")}</p>
        ) : (
          <ul className="space-y-3 text-sm">
            {pupil.guardians.map((guardian) => (
              <li key={guardian.id}>
                <p className="font-medium text-stone-900">
                  {guardian.name}
                  {guardian.relation ? (
                    <span className="font-normal text-stone-600"> ({guardian.relation})</span>
                  ) : null}
                </p>
                <p className="text-stone-600">
                  {guardian.hasParentalAuthority
                    ? t("pupils.header.authority")
                    : t("pupils.header.informOnly")}
                </p>
                {guardian.phone ? <p className="text-stone-700">{guardian.phone}</p> : null}
                {guardian.email ? (
                  <p className="break-all text-stone-700">{guardian.email}</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
