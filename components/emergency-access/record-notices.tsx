import { LinkButton } from "@/components/ui/link";
import type { FormState } from "@/lib/actions/form-state";
import type { EmergencyGrant } from "@/lib/auth/policy";
import { formatDate, TIME_ZONE, type Locale, type Translate } from "@/lib/i18n";
import { dateTimeFormat } from "@/lib/intl";
import { EndEmergencyAccessForm } from "./forms";

/** "14.30" in Denmark, in the reader's language. */
export function clockTime(instant: Date, locale: Locale): string {
  return dateTimeFormat(locale === "da" ? "da-DK" : "en-GB", {
    timeZone: TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
  }).format(instant);
}

/** On the record while an emergency access runs: whose, until when, and the way to end it. */
export function EmergencyBanner({
  grant,
  pupilName,
  endAction,
  t,
  locale,
}: {
  grant: EmergencyGrant;
  endAction: (previous: FormState, formData: FormData) => Promise<FormState>;
  pupilName: string;
  t: Translate;
  locale: Locale;
}) {
  return (
    <section
      aria-labelledby="emergency-banner"
      data-testid="emergency-banner"
      className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-lg border-2 border-red-700 bg-red-50 px-4 py-3 text-red-950"
    >
      <div className="max-w-3xl">
        <h2 id="emergency-banner" className="font-semibold">
          {t("emergencyAccess.banner.title", {
            pupil: pupilName,
            time: clockTime(grant.expiresAt, locale),
            date: formatDate(grant.expiresAt, locale),
          })}
        </h2>
        <p className="mt-1 text-sm">{t("emergencyAccess.banner.text")}</p>
      </div>
      <EndEmergencyAccessForm action={endAction} id={grant.id} />
    </section>
  );
}

/** For a forum member who sees closed CASE or FORUM entries: the way to emergency access. */
export function EmergencyOffer({
  pupilId,
  pupilName,
  hours,
  t,
}: {
  pupilId: string;
  pupilName: string;
  hours: number;
  t: Translate;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <p className="max-w-2xl">{t("emergencyAccess.offer.text", { pupil: pupilName, hours })}</p>
      <LinkButton href={`/pupils/${pupilId}/emergency-access`} variant="danger">
        {t("emergencyAccess.offer.button")}
      </LinkButton>
    </div>
  );
}
