"use client";

/** A staff member's roles and classes at the active school. */
import { useT } from "@/components/i18n-provider";
import { CheckboxGroup, Form, Hidden, SubmitButton } from "@/components/ui/form";
import type { Role } from "@/lib/generated/prisma/enums";
import { StaffRoleChoices, type StaffFormAction } from "./staff-form";

type Versioned = { id: string; version: number };

export function StaffRolesForm({
  action,
  values,
  isSelf,
}: {
  action: StaffFormAction;
  values: Versioned & { roles: readonly Role[] };
  isSelf: boolean;
}) {
  const t = useT();
  return (
    <Form action={action}>
      <Hidden name="id" value={values.id} />
      <Hidden name="version" value={values.version} />
      <StaffRoleChoices
        legend={t("adminStaff.roles")}
        selected={values.roles}
        hint={
          isSelf
            ? `${t("adminStaff.rolesHint")} ${t("adminStaff.ownAdminHint")}`
            : t("adminStaff.rolesHint")
        }
      />
      <SubmitButton>{t("common.save")}</SubmitButton>
    </Form>
  );
}

export function StaffClassesForm({
  action,
  values,
  options,
}: {
  action: StaffFormAction;
  values: Versioned & { classIds: string[] };
  options: { id: string; name: string; active: boolean }[];
}) {
  const t = useT();
  return (
    <Form action={action}>
      <Hidden name="id" value={values.id} />
      <Hidden name="version" value={values.version} />
      <CheckboxGroup
        name="classIds"
        legend={t("adminStaff.classesLegend")}
        hint={options.length ? t("adminStaff.classesHint") : t("adminStaff.noClasses")}
        options={options.map((option) => ({
          value: option.id,
          label: option.active ? option.name : t("adminStaff.inactiveClass", { name: option.name }),
        }))}
        defaultValues={values.classIds}
      />
      <SubmitButton>{t("common.save")}</SubmitButton>
    </Form>
  );
}
