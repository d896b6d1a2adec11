"use client";

/** The school's second-factor rule, and an administrator's reset of one staff member's. */
import { useT } from "@/components/i18n-provider";
import { Checkbox, Form, Hidden, SubmitButton } from "@/components/ui/form";
import type { StaffFormAction } from "./staff-form";

export function SchoolTotpForm({
  action,
  required,
}: {
  action: StaffFormAction;
  required: boolean;
}) {
  const t = useT();
  return (
    <Form action={action}>
      <Checkbox
        name="required"
        label={t("auth.adminTotpRequire")}
        hint={t("auth.adminTotpRequireHint")}
        defaultChecked={required}
      />
      <SubmitButton variant="secondary">{t("common.save")}</SubmitButton>
    </Form>
  );
}

export function StaffTotpResetForm({ action, id }: { action: StaffFormAction; id: string }) {
  const t = useT();
  return (
    <Form action={action}>
      <p className="text-sm text-stone-700">{t("auth.adminTotpResetIntro")}</p>
      <Hidden name="id" value={id} />
      <Checkbox name="confirm" label={t("auth.adminTotpResetConfirm")} />
      <SubmitButton variant="danger">{t("auth.adminTotpReset")}</SubmitButton>
    </Form>
  );
}
