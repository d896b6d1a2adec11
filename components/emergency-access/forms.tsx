"use client";

import { useT } from "@/components/i18n-provider";
import { LinkButton } from "@/components/ui/link";
import { Form, Hidden, SelectField, SubmitButton, TextArea } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

const CATEGORIES = ["CHILD_SAFETY", "SELF_HARM", "VIOLENCE_OR_ABUSE", "OTHER"] as const;

export function RequestEmergencyAccessForm({
  action,
  pupilId,
  reasonMin,
}: {
  action: Action;
  pupilId: string;
  reasonMin: number;
}) {
  const t = useT();
  return (
    <Form action={action}>
      <Hidden name="pupilId" value={pupilId} />
      <SelectField
        name="category"
        label={t("emergencyAccess.form.category")}
        options={CATEGORIES.map((category) => ({
          value: category,
          label: t(`emergencyAccess.categories.${category}`),
        }))}
        placeholder={t("emergencyAccess.form.choose")}
        required
      />
      <TextArea
        name="reason"
        label={t("emergencyAccess.form.reason")}
        hint={t("emergencyAccess.form.reasonHint", { min: reasonMin })}
        rows={5}
        required
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="danger">{t("emergencyAccess.form.submit")}</SubmitButton>
        <LinkButton href={`/pupils/${pupilId}`}>{t("emergencyAccess.form.cancel")}</LinkButton>
      </div>
    </Form>
  );
}

export function EndEmergencyAccessForm({ action, id }: { action: Action; id: string }) {
  const t = useT();
  return (
    <Form action={action} className="">
      <Hidden name="id" value={id} />
      <SubmitButton variant="secondary">{t("emergencyAccess.banner.end")}</SubmitButton>
    </Form>
  );
}

export function ReviewEmergencyAccessForm({
  action,
  id,
  version,
}: {
  action: Action;
  id: string;
  version: number;
}) {
  const t = useT();
  return (
    <Form action={action}>
      <Hidden name="id" value={id} />
      <Hidden name="version" value={version} />
      <TextArea
        name="comment"
        label={t("emergencyAccess.review.comment")}
        hint={t("emergencyAccess.review.commentHint")}
        rows={2}
        required
      />
      <SubmitButton>{t("emergencyAccess.review.submit")}</SubmitButton>
    </Form>
  );
}
