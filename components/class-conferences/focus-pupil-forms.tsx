"use client";

import { useT } from "@/components/i18n-provider";
import { Form, Hidden, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

type Candidate = { id: string; firstName: string; lastName: string };

/** Chooses a pupil of the class as a focus pupil, with a short reason. */
export function AddFocusPupilForm({
  action,
  reviewId,
  candidates,
}: {
  action: Action;
  reviewId: string;
  candidates: Candidate[];
}) {
  const t = useT();
  return (
    <Form action={action}>
      <Hidden name="reviewId" value={reviewId} />
      <div className="grid gap-4 sm:grid-cols-[1fr_2fr]">
        <SelectField
          name="pupilId"
          label={t("conferences.focus.pupil")}
          options={candidates.map((pupil) => ({
            value: pupil.id,
            label: `${pupil.firstName} ${pupil.lastName}`,
          }))}
          placeholder={t("conferences.focus.choosePupil")}
          defaultValue=""
          required
        />
        <TextField
          name="reason"
          label={t("conferences.focus.reason")}
          hint={t("conferences.focus.reasonHint")}
          maxLength={500}
          autoComplete="off"
          required
        />
      </div>
      <SubmitButton variant="secondary">{t("conferences.focus.add")}</SubmitButton>
    </Form>
  );
}

export function RemoveFocusPupilForm({
  action,
  reviewId,
  pupilId,
  name,
}: {
  action: Action;
  reviewId: string;
  pupilId: string;
  name: string;
}) {
  const t = useT();
  return (
    <Form action={action} className="flex flex-col items-end gap-2">
      <Hidden name="reviewId" value={reviewId} />
      <Hidden name="pupilId" value={pupilId} />
      <SubmitButton variant="secondary">
        {t("conferences.focus.remove")}
        <span className="sr-only"> {t("conferences.focus.removeFor", { name })}</span>
      </SubmitButton>
    </Form>
  );
}
