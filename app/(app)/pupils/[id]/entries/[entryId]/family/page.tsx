import type { Metadata } from "next";
import { PrintButton } from "@/components/case-entries/entry-actions";
import { LinkButton } from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/session";
import { getFamilyPage } from "@/lib/case-entries/entry";
import { formatDate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { orNotFound } from "../../../record";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("caseEntries.family.title") };
}

/**
 * The agreements of a school-home conversation, printed for the family: plain language, large
 * type, nothing of the school's own notes.
 */
export default async function FamilyPage({
  params,
}: {
  params: Promise<{ id: string; entryId: string }>;
}) {
  const actor = await requirePermission("pupil:open-record");
  const { id, entryId } = await params;
  const page = await orNotFound(getFamilyPage(actor, id, entryId));
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return (
    <>
      <div className="no-print mb-6 flex flex-wrap gap-2">
        <PrintButton />
        <LinkButton href={`/pupils/${id}?entry=${entryId}#entry-${entryId}`}>
          {t("caseEntries.backToRecord")}
        </LinkButton>
      </div>
      <article
        data-testid="family-page"
        className="mx-auto max-w-2xl rounded-lg border border-stone-200 bg-white p-10 text-lg leading-relaxed print:max-w-none print:border-0 print:p-0"
      >
        <p className="text-sm text-stone-500">{page.schoolName}</p>
        <h1 className="mt-1 text-3xl font-semibold text-stone-900">
          {t("caseEntries.family.title")}
        </h1>
        <p className="mt-2 text-stone-700">
          {t("caseEntries.family.intro", {
            pupil: page.pupilName,
            date: formatDate(page.heldOn, locale, "long"),
          })}
        </p>
        <section className="mt-8">
          <h2 className="text-xl font-semibold text-stone-900">
            {t("caseEntries.family.agreements")}
          </h2>
          <p className="mt-2 whitespace-pre-line">{page.agreements}</p>
        </section>
        <section className="mt-8">
          <h2 className="text-xl font-semibold text-stone-900">
            {t("caseEntries.family.responsibilities")}
          </h2>
          <p className="mt-2 whitespace-pre-line">{page.responsibilities}</p>
        </section>
        <section className="mt-8">
          <h2 className="text-xl font-semibold text-stone-900">
            {t("caseEntries.family.followUp")}
          </h2>
          <p className="mt-2">{page.followUpHow}</p>
          {page.followUpOn ? (
            <p className="mt-1">
              {t("caseEntries.family.followUpWhen", {
                date: formatDate(page.followUpOn, locale, "long"),
              })}
            </p>
          ) : null}
        </section>
        <section className="mt-8 border-t border-stone-200 pt-6">
          <h2 className="text-xl font-semibold text-stone-900">
            {t("caseEntries.family.tovholder")}
          </h2>
          <p className="mt-2">{page.tovholder}</p>
          <p className="mt-4 text-base text-stone-600">
            {t("caseEntries.family.contact", { name: page.tovholder, school: page.schoolName })}
          </p>
        </section>
      </article>
    </>
  );
}
