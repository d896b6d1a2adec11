"use client";

/** Creating a staff member, and editing their name and email. */
import { useT } from "@/components/i18n-provider";
import { CheckboxGroup, Form, Hidden, SubmitButton, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";
import { ALL_ROLES } from "@/lib/auth/policy";
import type { Role } from "@/lib/generated/prisma/enums";

export type StaffFormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export function StaffCreateForm({
  action,
  schoolName,
  minPasswordLength,
}: {
  action: StaffFormAction;
  schoolName: string;
  minPasswordLength: number;
}) {
  const t = useT();
  return (
    <Form action={action}>
      <NameAndEmailFields />
      <StaffRoleChoices legend={t("adminStaff.rolesAt", { school: schoolName })} />
      <StaffPasswordFields
        label={t("adminStaff.password")}
        hint={t("adminStaff.passwordCreateHint", { min: minPasswordLength })}
        required={false}
      />
      <SubmitButton>{t("adminStaff.createButton")}</SubmitButton>
    </Form>
  );
}

export function StaffDetailsForm({
  action,
  values,
  emailLocked,
}: {
  action: StaffFormAction;
  values: { id: string; version: number; name: string; email: string };
  /** The email reaches schools the actor does not administer (see lib/admin/staff.ts). */
  emailLocked: boolean;
}) {
  const t = useT();
  return (
    <Form action={action}>
      <Hidden name="id" value={values.id} />
      <Hidden name="version" value={values.version} />
      <NameAndEmailFields values={values} emailLocked={emailLocked} />
      <SubmitButton>{t("common.save")}</SubmitButton>
    </Form>
  );
}

function NameAndEmailFields({
  values,
  emailLocked = false,
}: {
  values?: { name: string; email: string };
  emailLocked?: boolean;
}) {
  const t = useT();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        name="name"
        label={t("adminStaff.name")}
        defaultValue={values?.name}
        maxLength={200}
        autoComplete="off"
        required
      />
      <TextField
        name="email"
        type="email"
        label={t("adminStaff.email")}
        hint={emailLocked ? t("adminStaff.emailManagedElsewhereHint") : t("adminStaff.emailHint")}
        defaultValue={values?.email}
        maxLength={320}
        autoComplete="off"
        readOnly={emailLocked}
        required
      />
    </div>
  );
}

/** The roles at the active school, with their Danish names. */
export function StaffRoleChoices({
  legend,
  selected,
  hint,
}: {
  legend: string;
  selected?: readonly Role[];
  hint?: string;
}) {
  const t = useT();
  return (
    <CheckboxGroup
      name="roles"
      legend={legend}
      hint={hint ?? t("adminStaff.rolesHint")}
      options={ALL_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      defaultValues={selected ? [...selected] : []}
      required
    />
  );
}

/** A new password, typed twice; the browser may offer to generate one. */
export function StaffPasswordFields({
  label,
  hint,
  required,
}: {
  label: string;
  hint: string;
  required: boolean;
}) {
  const t = useT();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        name="password"
        type="password"
        label={label}
        hint={hint}
        autoComplete="new-password"
        required={required}
      />
      <TextField
        name="passwordRepeat"
        type="password"
        label={t("adminStaff.passwordRepeat")}
        autoComplete="new-password"
        required={required}
      />
    </div>
  );
}
