import type { ReactNode } from "react";
import type { EntryDetails } from "@/lib/case-entries/kinds";
import { formatDate, formatShare, type Locale, type Translate } from "@/lib/i18n";

/** A labelled block of free text; blank fields are left out. */
function Part({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === "") return null;
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-stone-600 uppercase">{label}</dt>
      <dd className="mt-0.5 whitespace-pre-line text-stone-800">{children}</dd>
    </div>
  );
}

/** The content of a readable entry, by kind. */
export function EntryContent({
  content,
  t,
  locale,
}: {
  content: EntryDetails;
  t: Translate;
  locale: Locale;
}) {
  const date = (value: string) => formatDate(value, locale);
  switch (content.kind) {
    case "CONVERSATION":
      return (
        <dl className="space-y-3">
          <Part label={t("caseEntries.conversation.with")}>
            {t(`caseEntries.conversation.${content.details.with}`)}
          </Part>
          <Part label={t("caseEntries.conversation.notes")}>{content.details.notes}</Part>
          <Part label={t("caseEntries.conversation.agreements")}>{content.details.agreements}</Part>
        </dl>
      );
    case "ABSENCE_FOLLOW_UP": {
      const d = content.details;
      return (
        <dl className="space-y-3">
          <Part label={t("caseEntries.absence.period")}>
            {t("caseEntries.absence.summary", {
              from: date(d.periodFrom),
              to: date(d.periodTo),
              percent: formatShare(d.absencePercent, locale),
              contacts: d.contacts.map((contact) => t(`caseEntries.absence.${contact}`)).join(", "),
            })}
          </Part>
          <Part label={t("caseEntries.absence.parentsReason")}>{d.parentsReason}</Part>
          <Part label={t("caseEntries.absence.outcome")}>{d.outcome}</Part>
        </dl>
      );
    }
    case "SCHOOL_HOME_CONVERSATION": {
      const d = content.details;
      return (
        // Four lists, not one: a list's groups are its own children (a grid inside a list is not).
        <div className="space-y-3">
          <dl>
            <Part label={t("caseEntries.schoolHome.participants")}>{d.participants}</Part>
          </dl>
          <dl className="grid gap-3 md:grid-cols-3">
            <Part label={t("caseEntries.schoolHome.pupilPerspective")}>{d.pupilPerspective}</Part>
            <Part label={t("caseEntries.schoolHome.homePerspective")}>{d.homePerspective}</Part>
            <Part label={t("caseEntries.schoolHome.schoolPerspective")}>{d.schoolPerspective}</Part>
          </dl>
          <dl className="grid gap-3 md:grid-cols-2">
            <Part label={t("caseEntries.schoolHome.academic")}>{d.academic}</Part>
            <Part label={t("caseEntries.schoolHome.social")}>{d.social}</Part>
            <Part label={t("caseEntries.schoolHome.atHome")}>{d.atHome}</Part>
            <Part label={t("caseEntries.schoolHome.childSays")}>{d.childSays}</Part>
          </dl>
          <dl className="bg-brand-50 space-y-3 rounded-md p-3">
            <Part label={t("caseEntries.schoolHome.agreements")}>{d.agreements}</Part>
            <Part label={t("caseEntries.schoolHome.responsibilities")}>{d.responsibilities}</Part>
            <Part label={t("caseEntries.schoolHome.followUpHow")}>{d.followUpHow}</Part>
            <Part label={t("caseEntries.schoolHome.tovholder")}>{d.tovholder}</Part>
          </dl>
        </div>
      );
    }
    case "REFERRAL":
      return (
        <dl className="space-y-3">
          <Part label={t("caseEntries.referral.partner")}>{content.details.partner}</Part>
          <Part label={t("caseEntries.referral.reason")}>{content.details.reason}</Part>
          <Part label={t("caseEntries.referral.consentNote")}>{content.details.consentNote}</Part>
        </dl>
      );
    case "HANDOVER":
      return (
        <dl className="space-y-3">
          <Part label={t("caseEntries.handover.direction")}>
            {t(`caseEntries.handover.${content.details.direction}`)}
          </Part>
          <Part label={t("caseEntries.handover.otherSchool")}>{content.details.otherSchool}</Part>
          <Part label={t("caseEntries.handover.contactPerson")}>
            {content.details.contactPerson}
          </Part>
          <Part label={t("caseEntries.handover.wellbeingNeeds")}>
            {content.details.wellbeingNeeds}
          </Part>
        </dl>
      );
    case "NOTIFICATION":
      return (
        <dl className="space-y-3">
          <Part label={t("caseEntries.notification.reason")}>{content.details.reason}</Part>
          <Part label={t("caseEntries.notification.parentsInformed")}>
            {content.details.parentsInformed
              ? t("caseEntries.notification.parentsYes")
              : t("caseEntries.notification.parentsNo", {
                  why: content.details.parentsNotInformedWhy ?? "",
                })}
          </Part>
        </dl>
      );
    case "NOTE":
      return <p className="whitespace-pre-line text-stone-800">{content.details.text}</p>;
  }
}
