"use client";

import { useT } from "@/components/i18n-provider";
import { Checkbox, Form, Hidden, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";

type Values = {
  id: string;
  grade: number;
  letter: string;
  schoolYear: string;
  active: boolean;
  version: number;
};

export function ClassForm({
  action,
  values,
  defaultSchoolYear,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  values?: Values;
  defaultSchoolYear: string;
}) {
  const t = useT();
  const grades = Array.from({ length: 11 }, (_, grade) => ({
    value: String(grade),
    label: grade === 0 ? t("adminClasses.gradeZero") : t("adminClasses.gradeOption", { grade }),
  }));
  return (
    <Form action={action}>
      {values ? (
        <>
          <Hidden name="id" value={values.id} />
          <Hidden name="version" value={values.version} />
        </>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          name="grade"
          label={t("adminClasses.grade")}
          hint={t("adminClasses.gradeHint")}
          options={grades}
          defaultValue={values ? String(values.grade) : "0"}
          required
        />
        <TextField
          name="letter"
          label={t("adminClasses.letter")}
          hint={t("adminClasses.letterHint")}
          defaultValue={values?.letter}
          maxLength={3}
          required
        />
        <TextField
          name="schoolYear"
          label={t("adminClasses.schoolYear")}
          hint={t("adminClasses.schoolYearHint")}
          defaultValue={values?.schoolYear ?? defaultSchoolYear}
          required
        />
      </div>
      {values ? (
        <Checkbox
          name="active"
          label={t("adminClasses.activeLabel")}
          defaultChecked={values.active}
        />
      ) : null}
      <SubmitButton>{values ? t("common.save") : t("adminClasses.newClass")}</SubmitButton>
    </Form>
  );
}
