"use client";

import { useT } from "@/components/i18n-provider";
import { Form, SubmitButton, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** A new class conference: its date, and a title that defaults from the date when left blank. */
export function ConferenceForm({
  action,
  today,
  exampleTitle,
}: {
  action: Action;
  today: string;
  exampleTitle: string;
}) {
  const t = useT();
  return (
    <Form action={action}>
      <TextField
        name="heldOn"
        type="date"
        label={t("conferences.fields.heldOn")}
        defaultValue={today}
        required
      />
      <TextField
        name="title"
        label={t("conferences.fields.title")}
        hint={t("conferences.fields.titleHint", { example: exampleTitle })}
        placeholder={exampleTitle}
        maxLength={200}
      />
      <SubmitButton>{t("conferences.create")}</SubmitButton>
    </Form>
  );
}
