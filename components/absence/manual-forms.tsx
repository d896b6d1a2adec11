"use client";

import { useT } from "@/components/i18n-provider";
import { Form, Hidden, SelectField, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

function Period({ today }: { today: string }) {
  const t = useT();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        name="from"
        type="date"
        max={today}
        label={t("absence.manual.from")}
        defaultValue={today}
        required
      />
      <TextField
        name="to"
        type="date"
        max={today}
        label={t("absence.manual.to")}
        defaultValue={today}
        required
      />
    </div>
  );
}

export function RecordAbsenceForm({
  action,
  pupilId,
  today,
}: {
  action: Action;
  pupilId: string;
  today: string;
}) {
  const t = useT();
  return (
    <Form action={action}>
      <Hidden name="pupilId" value={pupilId} />
      <p className="text-sm text-stone-600">{t("absence.manual.recordHint")}</p>
      <Period today={today} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="kind"
          label={t("absence.manual.kind")}
          options={(["ILLNESS", "AUTHORISED", "UNAUTHORISED"] as const).map((kind) => ({
            value: kind,
            label: t(`absence.manual.kinds.${kind}`),
          }))}
          defaultValue="ILLNESS"
          required
        />
        <TextField
          name="lessons"
          type="number"
          min={1}
          max={12}
          inputMode="numeric"
          label={t("absence.manual.lessons")}
          hint={t("absence.manual.lessonsHint")}
        />
      </div>
      <TextArea name="parentsReason" label={t("absence.manual.reason")} rows={2} />
      <SubmitButton>{t("absence.manual.record")}</SubmitButton>
    </Form>
  );
}

export function ParentsReasonForm({
  action,
  pupilId,
  today,
}: {
  action: Action;
  pupilId: string;
  today: string;
}) {
  const t = useT();
  return (
    <Form action={action}>
      <Hidden name="pupilId" value={pupilId} />
      <p className="text-sm text-stone-600">{t("absence.manual.reasonHint")}</p>
      <Period today={today} />
      <TextArea name="parentsReason" label={t("absence.manual.reason")} rows={2} required />
      <SubmitButton variant="secondary">{t("absence.manual.saveReason")}</SubmitButton>
    </Form>
  );
}
