"use client";

import { useT } from "@/components/i18n-provider";
import { Form, Hidden, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

type Values = {
  id: string;
  version: number;
  heldOn: string;
  title: string;
  description: string;
  observations: string | null;
};

/** Write up class work in a class, or edit an entry of its log. */
export function ClassWorkForm({
  action,
  classId,
  values,
  today,
}: {
  action: Action;
  classId: string;
  values?: Values;
  /** "YYYY-MM-DD" in Denmark: the default date and the latest allowed. */
  today: string;
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
      <Hidden name="classId" value={classId} />
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <TextField
          name="heldOn"
          type="date"
          label={t("classes.work.heldOn")}
          defaultValue={values?.heldOn ?? today}
          max={today}
          required
        />
        <TextField
          name="title"
          label={t("classes.work.heading")}
          hint={t("classes.work.headingHint")}
          defaultValue={values?.title}
          maxLength={200}
          required
        />
      </div>
      <TextArea
        name="description"
        label={t("classes.work.description")}
        defaultValue={values?.description}
        maxLength={5000}
        required
      />
      <TextArea
        name="observations"
        label={t("classes.work.observations")}
        hint={t("classes.work.observationsHint")}
        defaultValue={values?.observations}
        maxLength={5000}
      />
      <SubmitButton>{values ? t("common.save") : t("classes.work.submit")}</SubmitButton>
    </Form>
  );
}
