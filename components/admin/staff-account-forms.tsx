"use client";

/** Password, removal from the school, and the account's status: each its own small form. */
import { useT } from "@/components/i18n-provider";
import { Checkbox, Form, Hidden, SubmitButton } from "@/components/ui/form";
import { StaffPasswordFields, type StaffFormAction } from "./staff-form";

export function StaffPasswordForm({
  action,
  id,
  minPasswordLength,
}: {
  action: StaffFormAction;
  id: string;
  minPasswordLength: number;
}) {
  const t = useT();
  return (
    <Form action={action}>
      <Hidden name="id" value={id} />
      <StaffPasswordFields
        label={t("adminStaff.newPassword")}
        hint={t("adminStaff.passwordHint", { min: minPasswordLength })}
        required
      />
      <SubmitButton variant="secondary">{t("adminStaff.setPassword")}</SubmitButton>
    </Form>
  );
}

export function StaffRemoveForm({
  action,
  id,
  name,
  schoolName,
}: {
  action: StaffFormAction;
  id: string;
  name: string;
  schoolName: string;
}) {
  const t = useT();
  return (
    <Form action={action}>
      <p className="text-sm text-stone-700">
        {t("adminStaff.removeIntro", { name, school: schoolName })}
      </p>
      <Hidden name="id" value={id} />
      <Checkbox
        name="confirm"
        label={t("adminStaff.removeConfirm", { name, school: schoolName })}
      />
      <SubmitButton variant="danger">{t("adminStaff.remove")}</SubmitButton>
    </Form>
  );
}

/** Deactivates an active account, or reactivates a deactivated one. */
export function StaffAccountForm({
  action,
  id,
  active,
}: {
  action: StaffFormAction;
  id: string;
  active: boolean;
}) {
  const t = useT();
  return (
    <Form action={action}>
      <p className="text-sm text-stone-700">
        {active ? t("adminStaff.deactivateIntro") : t("adminStaff.reactivateIntro")}
      </p>
      <Hidden name="id" value={id} />
      <Checkbox
        name="confirm"
        label={active ? t("adminStaff.deactivateConfirm") : t("adminStaff.reactivateConfirm")}
      />
      <SubmitButton variant={active ? "danger" : "primary"}>
        {active ? t("adminStaff.deactivate") : t("adminStaff.reactivate")}
      </SubmitButton>
    </Form>
  );
}
