"use client";

/**
 * The form of a timeline entry: what every entry has (date, heading, who may read it, follow-up,
 * the concern it answers) and the fields of its kind. Used to add and to edit.
 */
import { useT } from "@/components/i18n-provider";
import {
  CheckboxGroup,
  Checkbox,
  Form,
  Hidden,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  type Option,
} from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";
import type { EntryDetails } from "@/lib/case-entries/kinds";
import {
  CONTACT_METHODS,
  CONVERSATION_WITH,
  HANDOVER_DIRECTIONS,
} from "@/lib/case-entries/constants";
import type { CaseEntryKind, Confidentiality } from "@/lib/generated/prisma/enums";

export type EntryFormValues = {
  id: string;
  version: number;
  occurredOn: string;
  title: string | null;
  confidentiality: Confidentiality;
  followUpOn: string | null;
  followUpOwnerId: string | null;
  concernId: string | null;
  content: EntryDetails | null;
};

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  kind: CaseEntryKind;
  pupilId: string;
  today: string;
  confidentialities: Confidentiality[];
  owners: Option[];
  concerns: Option[];
  values?: EntryFormValues;
};

/** The stored value of one of the kind's fields, as a form default. */
function field(values: EntryFormValues | undefined, name: string): string | undefined {
  const details = values?.content?.details as Record<string, unknown> | undefined;
  const value = details?.[name];
  return value === null || value === undefined ? undefined : String(value);
}

export function EntryForm({
  action,
  kind,
  pupilId,
  today,
  confidentialities,
  owners,
  concerns,
  values,
}: Props) {
  const t = useT();
  const d = (name: string) => field(values, name);
  return (
    <Form action={action} className="space-y-6">
      <Hidden name="kind" value={kind} />
      <Hidden name="pupilId" value={pupilId} />
      {values ? (
        <>
          <Hidden name="id" value={values.id} />
          <Hidden name="version" value={values.version} />
        </>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="occurredOn"
          type="date"
          max={today}
          label={t("caseEntries.fields.occurredOn")}
          defaultValue={values?.occurredOn ?? today}
          required
        />
        <TextField
          name="title"
          label={t("caseEntries.fields.title")}
          hint={t("caseEntries.fields.titleHint")}
          defaultValue={values?.title}
          maxLength={200}
        />
      </div>

      <KindFields kind={kind} d={d} values={values} />

      <fieldset className="space-y-4 rounded-lg border border-stone-200 p-4">
        <legend className="px-1 text-sm font-semibold text-stone-900">
          {t("caseEntries.confidentiality.label")}
        </legend>
        <SelectField
          name="confidentiality"
          label={t("caseEntries.confidentiality.label")}
          hint={t("caseEntries.confidentiality.hint")}
          options={confidentialities.map((level) => ({
            value: level,
            label: t(`caseEntries.confidentiality.${level}`),
          }))}
          defaultValue={values?.confidentiality ?? confidentialities[0]}
          required
        />
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="followUpOn"
          type="date"
          min={today}
          label={t("caseEntries.fields.followUpOn")}
          hint={t("caseEntries.fields.followUpOnHint")}
          defaultValue={values?.followUpOn}
        />
        <SelectField
          name="followUpOwnerId"
          label={t("caseEntries.fields.followUpOwner")}
          options={owners}
          placeholder={t("caseEntries.fields.followUpOwnerSelf")}
          defaultValue={values?.followUpOwnerId}
        />
        {concerns.length > 0 ? (
          <SelectField
            name="concernId"
            label={t("caseEntries.fields.concern")}
            options={concerns}
            placeholder={t("caseEntries.fields.concernNone")}
            defaultValue={values?.concernId}
          />
        ) : null}
      </div>

      <SubmitButton>{values ? t("caseEntries.saveChanges") : t("caseEntries.create")}</SubmitButton>
    </Form>
  );
}

function KindFields({
  kind,
  d,
  values,
}: {
  kind: CaseEntryKind;
  d: (name: string) => string | undefined;
  values?: EntryFormValues;
}) {
  const t = useT();
  switch (kind) {
    case "CONVERSATION":
      return (
        <div className="space-y-4">
          <SelectField
            name="with"
            label={t("caseEntries.conversation.with")}
            options={CONVERSATION_WITH.map((value) => ({
              value,
              label: t(`caseEntries.conversation.${value}`),
            }))}
            defaultValue={d("with") ?? "PUPIL"}
            required
          />
          <TextArea
            name="notes"
            label={t("caseEntries.conversation.notes")}
            defaultValue={d("notes")}
            rows={6}
            required
          />
          <TextArea
            name="agreements"
            label={t("caseEntries.conversation.agreements")}
            defaultValue={d("agreements")}
            rows={3}
          />
        </div>
      );
    case "ABSENCE_FOLLOW_UP": {
      const contacts =
        values?.content?.kind === "ABSENCE_FOLLOW_UP" ? values.content.details.contacts : [];
      return (
        <div className="space-y-4">
          <fieldset>
            <legend className="text-sm font-medium text-stone-800">
              {t("caseEntries.absence.period")}
            </legend>
            <div className="mt-1 grid gap-4 sm:grid-cols-3">
              <TextField
                name="periodFrom"
                type="date"
                label={t("caseEntries.absence.periodFrom")}
                defaultValue={d("periodFrom")}
                required
              />
              <TextField
                name="periodTo"
                type="date"
                label={t("caseEntries.absence.periodTo")}
                defaultValue={d("periodTo")}
                required
              />
              <TextField
                name="absencePercent"
                type="number"
                inputMode="decimal"
                min={0}
                max={100}
                step="0.1"
                label={t("caseEntries.absence.absencePercent")}
                defaultValue={d("absencePercent")}
                required
              />
            </div>
          </fieldset>
          <CheckboxGroup
            name="contacts"
            legend={t("caseEntries.absence.contacts")}
            options={CONTACT_METHODS.map((value) => ({
              value,
              label: t(`caseEntries.absence.${value}`),
            }))}
            defaultValues={contacts}
            required
          />
          <TextArea
            name="parentsReason"
            label={t("caseEntries.absence.parentsReason")}
            defaultValue={d("parentsReason")}
            rows={2}
          />
          <TextArea
            name="outcome"
            label={t("caseEntries.absence.outcome")}
            defaultValue={d("outcome")}
            rows={4}
            required
          />
        </div>
      );
    }
    case "SCHOOL_HOME_CONVERSATION":
      return (
        <div className="space-y-6">
          <p className="text-sm text-stone-600">{t("caseEntries.schoolHome.intro")}</p>
          <TextField
            name="participants"
            label={t("caseEntries.schoolHome.participants")}
            hint={t("caseEntries.schoolHome.participantsHint")}
            defaultValue={d("participants")}
            required
          />
          <fieldset className="space-y-4">
            <legend className="text-sm font-semibold text-stone-900">
              {t("caseEntries.schoolHome.perspectives")}
            </legend>
            <div className="grid gap-4 lg:grid-cols-3">
              <TextArea
                name="pupilPerspective"
                label={t("caseEntries.schoolHome.pupilPerspective")}
                defaultValue={d("pupilPerspective")}
                rows={4}
              />
              <TextArea
                name="homePerspective"
                label={t("caseEntries.schoolHome.homePerspective")}
                defaultValue={d("homePerspective")}
                rows={4}
              />
              <TextArea
                name="schoolPerspective"
                label={t("caseEntries.schoolHome.schoolPerspective")}
                defaultValue={d("schoolPerspective")}
                rows={4}
              />
            </div>
          </fieldset>
          <fieldset className="space-y-4">
            <legend className="text-sm font-semibold text-stone-900">
              {t("caseEntries.schoolHome.questions")}
            </legend>
            <div className="grid gap-4 sm:grid-cols-2">
              <TextArea
                name="academic"
                label={t("caseEntries.schoolHome.academic")}
                defaultValue={d("academic")}
                rows={3}
              />
              <TextArea
                name="social"
                label={t("caseEntries.schoolHome.social")}
                defaultValue={d("social")}
                rows={3}
              />
              <TextArea
                name="atHome"
                label={t("caseEntries.schoolHome.atHome")}
                defaultValue={d("atHome")}
                rows={3}
              />
              <TextArea
                name="childSays"
                label={t("caseEntries.schoolHome.childSays")}
                defaultValue={d("childSays")}
                rows={3}
              />
            </div>
          </fieldset>
          <fieldset className="border-brand-200 bg-brand-50/50 space-y-4 rounded-lg border p-4">
            <legend className="px-1 text-sm font-semibold text-stone-900">
              {t("caseEntries.schoolHome.agreementsTitle")}
            </legend>
            <TextArea
              name="agreements"
              label={t("caseEntries.schoolHome.agreements")}
              hint={t("caseEntries.schoolHome.agreementsHint")}
              defaultValue={d("agreements")}
              rows={4}
              required
            />
            <TextArea
              name="responsibilities"
              label={t("caseEntries.schoolHome.responsibilities")}
              hint={t("caseEntries.schoolHome.responsibilitiesHint")}
              defaultValue={d("responsibilities")}
              rows={4}
              required
            />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                name="followUpHow"
                label={t("caseEntries.schoolHome.followUpHow")}
                hint={t("caseEntries.schoolHome.followUpHowHint")}
                defaultValue={d("followUpHow")}
                required
              />
              <TextField
                name="tovholder"
                label={t("caseEntries.schoolHome.tovholder")}
                hint={t("caseEntries.schoolHome.tovholderHint")}
                defaultValue={d("tovholder")}
                required
              />
            </div>
          </fieldset>
        </div>
      );
    case "REFERRAL":
      return (
        <div className="space-y-4">
          <TextField
            name="partner"
            label={t("caseEntries.referral.partner")}
            hint={t("caseEntries.referral.partnerHint")}
            defaultValue={d("partner")}
            required
          />
          <TextArea
            name="reason"
            label={t("caseEntries.referral.reason")}
            defaultValue={d("reason")}
            rows={4}
            required
          />
          <TextField
            name="consentNote"
            label={t("caseEntries.referral.consentNote")}
            hint={t("caseEntries.referral.consentNoteHint")}
            defaultValue={d("consentNote")}
          />
        </div>
      );
    case "HANDOVER":
      return (
        <div className="space-y-4">
          <SelectField
            name="direction"
            label={t("caseEntries.handover.direction")}
            options={HANDOVER_DIRECTIONS.map((value) => ({
              value,
              label: t(`caseEntries.handover.${value}`),
            }))}
            defaultValue={d("direction") ?? "INCOMING"}
            required
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              name="otherSchool"
              label={t("caseEntries.handover.otherSchool")}
              defaultValue={d("otherSchool")}
              required
            />
            <TextField
              name="contactPerson"
              label={t("caseEntries.handover.contactPerson")}
              defaultValue={d("contactPerson")}
            />
          </div>
          <TextArea
            name="wellbeingNeeds"
            label={t("caseEntries.handover.wellbeingNeeds")}
            defaultValue={d("wellbeingNeeds")}
            rows={5}
            required
          />
        </div>
      );
    case "NOTIFICATION":
      return (
        <div className="space-y-4">
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("caseEntries.notification.intro")}
          </p>
          <TextArea
            name="reason"
            label={t("caseEntries.notification.reason")}
            defaultValue={d("reason")}
            rows={5}
            required
          />
          <Checkbox
            name="parentsInformed"
            label={t("caseEntries.notification.parentsInformed")}
            defaultChecked={d("parentsInformed") === "true"}
          />
          <TextArea
            name="parentsNotInformedWhy"
            label={t("caseEntries.notification.parentsNotInformedWhy")}
            hint={t("caseEntries.notification.parentsNotInformedWhyHint")}
            defaultValue={d("parentsNotInformedWhy")}
            rows={2}
          />
        </div>
      );
    case "NOTE":
      return (
        <TextArea
          name="text"
          label={t("caseEntries.note.text")}
          defaultValue={d("text")}
          rows={5}
          required
        />
      );
  }
}
