"use client";

import { useT } from "@/components/i18n-provider";
import { Checkbox, Form, Hidden, SubmitButton, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";

type Values = {
  id: string;
  name: string;
  code: string | null;
  active: boolean;
  version: number;
  isActiveSchool: boolean;
};

/** A new school (no values) or the edit of one. */
export function SchoolForm({
  action,
  values,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  values?: Values;
}) {
  const t = useT();
  return (
    <Form action={action}>
      {values ? (
        <>
          <Hidden name="id" value={values.id} />
          <Hidden name="version" value={values.version} />
        </>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="name"
          label={t("adminSchools.name")}
          defaultValue={values?.name}
          maxLength={200}
          required
        />
        <TextField
          name="code"
          label={t("adminSchools.code")}
          hint={t("adminSchools.codeHint")}
          defaultValue={values?.code}
          inputMode="numeric"
          maxLength={6}
        />
      </div>
      {values ? <ActiveField values={values} /> : null}
      <SubmitButton>{values ? t("common.save") : t("adminSchools.newSchool")}</SubmitButton>
    </Form>
  );
}

/** The school one works at stays active (the server refuses too); the box is not offered. */
function ActiveField({ values }: { values: Values }) {
  const t = useT();
  if (values.isActiveSchool) {
    return (
      <>
        <Hidden name="active" value="on" />
        <p className="text-sm text-stone-600">{t("adminSchools.activeSchoolHint")}</p>
      </>
    );
  }
  return (
    <Checkbox
      name="active"
      label={t("adminSchools.activeLabel")}
      hint={t("adminSchools.activeHint")}
      defaultChecked={values.active}
    />
  );
}
