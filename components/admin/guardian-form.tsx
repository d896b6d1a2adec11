"use client";

import { useT } from "@/components/i18n-provider";
import { Checkbox, Form, Hidden, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";
import type { GuardianRow } from "@/lib/admin/pupils";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * Add a guardian to a pupil (`pupilId`) or edit one (`values`). New guardians start with parental
 * authority ticked, as most parents hold it; the hint says what it decides.
 */
export function GuardianForm({
  action,
  pupilId,
  values,
}: {
  action: Action;
  pupilId?: string;
  values?: GuardianRow;
}) {
  const t = useT();
  return (
    <Form action={action}>
      {values ? (
        <>
          <Hidden name="id" value={values.id} />
          <Hidden name="version" value={values.version} />
        </>
      ) : pupilId ? (
        <Hidden name="pupilId" value={pupilId} />
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="name"
          label={t("adminPupils.guardians.name")}
          defaultValue={values?.name}
          autoComplete="off"
          maxLength={200}
          required
        />
        <TextField
          name="relation"
          label={t("adminPupils.guardians.relation")}
          hint={t("adminPupils.guardians.relationHint")}
          defaultValue={values?.relation}
          autoComplete="off"
          maxLength={50}
        />
      </div>
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-stone-900">
          {t("adminPupils.guardians.contact")}
        </legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="email"
            type="email"
            label={t("adminPupils.guardians.email")}
            defaultValue={values?.email}
            autoComplete="off"
            maxLength={320}
          />
          <TextField
            name="phone"
            type="tel"
            label={t("adminPupils.guardians.phone")}
            defaultValue={values?.phone}
            autoComplete="off"
            maxLength={20}
          />
        </div>
        <TextArea
          name="address"
          label={t("adminPupils.guardians.address")}
          defaultValue={values?.address}
          autoComplete="off"
          maxLength={300}
          rows={2}
        />
      </fieldset>
      <Checkbox
        name="hasParentalAuthority"
        label={t("adminPupils.guardians.hasParentalAuthority")}
        hint={t("adminPupils.guardians.hasParentalAuthorityHint")}
        defaultChecked={values?.hasParentalAuthority ?? true}
      />
      <SubmitButton>{values ? t("common.save") : t("adminPupils.guardians.add")}</SubmitButton>
    </Form>
  );
}

/** Removing asks for a ticked confirmation, which is also where a refusal is explained. */
export function RemoveGuardianForm({
  action,
  guardian,
}: {
  action: Action;
  guardian: Pick<GuardianRow, "id" | "version" | "name">;
}) {
  const t = useT();
  return (
    <Form action={action}>
      <Hidden name="id" value={guardian.id} />
      <Hidden name="version" value={guardian.version} />
      <Checkbox
        name="confirm"
        label={t("adminPupils.guardians.confirmRemove", { name: guardian.name })}
        hint={t("adminPupils.guardians.removeHint")}
      />
      <SubmitButton variant="danger">{t("adminPupils.guardians.removeSubmit")}</SubmitButton>
    </Form>
  );
}
