"use client";

import { useT } from "@/components/i18n-provider";
import {
  CheckboxGroup,
  Form,
  Hidden,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";
import type { ConsentVersion } from "@/lib/consent/register";
import { CONSENT_SCOPES } from "@/lib/consent/scopes";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Guardian = { id: string; name: string; relation: string | null };

/** A new consent or refusal, or a new version of the current one (`previous`). */
export function ConsentForm({
  action,
  pupilId,
  guardians,
  today,
  inAYear,
  previous,
}: {
  action: Action;
  pupilId: string;
  guardians: Guardian[];
  today: string;
  inAYear: string;
  previous?: ConsentVersion;
}) {
  const t = useT();
  return (
    <Form action={action} className="space-y-4">
      <Hidden name="pupilId" value={pupilId} />
      {previous ? <Hidden name="supersedesId" value={previous.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          name="decision"
          label={t("consent.decision")}
          options={(["GIVEN", "REFUSED"] as const).map((value) => ({
            value,
            label: t(`consent.decisions.${value}`),
          }))}
          defaultValue={previous?.decision ?? "GIVEN"}
          required
        />
        <SelectField
          name="form"
          label={t("consent.form")}
          options={(["WRITTEN", "ORAL"] as const).map((value) => ({
            value,
            label: t(`consent.forms.${value}`),
          }))}
          defaultValue={previous?.form ?? "WRITTEN"}
          required
        />
        <TextField
          name="givenOn"
          type="date"
          max={today}
          label={t("consent.givenOn")}
          defaultValue={today}
          required
        />
      </div>
      <TextField
        name="oralNote"
        label={t("consent.oralNote")}
        hint={t("consent.oralNoteHint")}
        defaultValue={previous?.oralNote}
      />
      <CheckboxGroup
        name="guardianIds"
        legend={t("consent.guardians")}
        hint={t("consent.guardiansHint")}
        options={guardians.map((guardian) => ({
          value: guardian.id,
          label: guardian.relation ? `${guardian.name} (${guardian.relation})` : guardian.name,
        }))}
        defaultValues={
          previous?.guardians.map((guardian) => guardian.id) ??
          guardians.map((guardian) => guardian.id)
        }
        required
      />
      <CheckboxGroup
        name="scopes"
        legend={t("consent.scopes")}
        options={CONSENT_SCOPES.map((scope) => ({
          value: scope,
          label: t(`consent.scopeNames.${scope}`),
        }))}
        defaultValues={previous?.scopes ?? ["FORUM"]}
        required
      />
      <TextField
        name="externalPartner"
        label={t("consent.externalPartner")}
        hint={t("consent.externalPartnerHint")}
        defaultValue={previous?.externalPartner}
      />
      <TextArea
        name="purpose"
        label={t("consent.purpose")}
        hint={t("consent.purposeHint")}
        defaultValue={previous?.purpose ?? t("consent.purposeDefault")}
        rows={2}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="validFrom"
          type="date"
          label={t("consent.validFrom")}
          defaultValue={today}
          required
        />
        <TextField
          name="validUntil"
          type="date"
          label={t("consent.validUntil")}
          hint={t("consent.validUntilHint")}
          defaultValue={inAYear}
        />
      </div>
      <TextArea
        name="pupilView"
        label={t("consent.pupilView")}
        hint={t("consent.pupilViewHint")}
        defaultValue={previous?.pupilView}
        rows={2}
      />
      <SubmitButton>{previous ? t("consent.change") : t("consent.new")}</SubmitButton>
    </Form>
  );
}

export function WithdrawConsentForm({
  action,
  consent,
  today,
}: {
  action: Action;
  consent: ConsentVersion;
  today: string;
}) {
  const t = useT();
  return (
    <Form action={action} className="space-y-4">
      <Hidden name="consentId" value={consent.id} />
      <p className="text-sm text-stone-600">{t("consent.withdrawIntro")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="withdrawnByGuardianId"
          label={t("consent.withdrawnBy")}
          options={consent.guardians.map((guardian) => ({
            value: guardian.id,
            label: guardian.name,
          }))}
          defaultValue={consent.guardians[0]?.id}
          required
        />
        <TextField
          name="withdrawnOn"
          type="date"
          max={today}
          label={t("consent.withdrawnOn")}
          defaultValue={today}
          required
        />
      </div>
      <SubmitButton variant="danger">{t("consent.withdrawSubmit")}</SubmitButton>
    </Form>
  );
}
