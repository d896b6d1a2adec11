import { EntryForm, type EntryFormValues } from "@/components/case-entries/entry-form";
import { LinkButton } from "@/components/ui/link";
import { Card, PageHeader } from "@/components/ui/layout";
import { allowedConfidentialities, type Actor } from "@/lib/auth/policy";
import type { EntryFormContext } from "@/lib/case-entries/entry";
import { isoDay, todayInDenmark } from "@/lib/dates";
import type { CaseEntryKind } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { listFollowUpOwners } from "@/lib/pupils/search";
import { createEntryAction, updateEntryAction } from "../../actions";

/** The page around an entry's form, new or edited. */
export async function EntryFormPage({
  actor,
  kind,
  context,
  values,
}: {
  actor: Actor;
  kind: CaseEntryKind;
  context: EntryFormContext;
  values?: EntryFormValues;
}) {
  const [t, locale, owners] = await Promise.all([getT(), getLocale(), listFollowUpOwners(actor)]);
  const { pupil } = context;
  const heading = values
    ? t("caseEntries.editTitle")
    : t("caseEntries.newOf", { kind: t(`caseEntries.kinds.${kind}`) });
  return (
    <>
      <PageHeader
        title={heading}
        intro={`${pupil.name}${pupil.className ? ` · ${pupil.className}` : ""} · ${t(`caseEntries.kindHints.${kind}`)}`}
        actions={
          <LinkButton href={`/pupils/${pupil.id}`}>{t("caseEntries.backToRecord")}</LinkButton>
        }
      />
      <Card className="max-w-4xl">
        <EntryForm
          action={values ? updateEntryAction : createEntryAction}
          kind={kind}
          pupilId={pupil.id}
          today={isoDay(todayInDenmark())}
          confidentialities={allowedConfidentialities(actor)}
          owners={owners
            .filter((owner) => owner.id !== actor.userId)
            .map((owner) => ({ value: owner.id, label: owner.name }))}
          concerns={context.concerns.map((concern) => ({
            value: concern.id,
            label: t("caseEntries.fields.concernOption", {
              date: formatDate(concern.createdAt, locale),
              categories: concern.categories
                .map((category) => t(`concerns.categories.${category}`))
                .join(", "),
            }),
          }))}
          values={values}
        />
      </Card>
    </>
  );
}
