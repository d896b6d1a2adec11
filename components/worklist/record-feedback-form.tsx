"use client";

import { useT } from "@/components/i18n-provider";
import { Form, Hidden, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * "Registrér tilbagemeldingen": the day the parents were told and what they were told, against
 * the version the page was read at. Folded away until asked for, so the list stays short.
 */
export function RecordFeedbackForm({
  action,
  row,
  label,
  today,
}: {
  action: Action;
  row: { id: string; version: number };
  /** Names the task for screen readers: several of these forms can be on one page. */
  label: string;
  /** "YYYY-MM-DD" */
  today: string;
}) {
  const t = useT();
  return (
    <details className="w-full rounded-md border border-stone-200 bg-stone-50 px-3 py-2">
      <summary className="text-brand-700 cursor-pointer text-sm font-medium">
        <span aria-hidden="true">{t("worklist.actions.feedback.record")}</span>
        <span className="sr-only">{label}</span>
      </summary>
      <Form action={action} className="mt-3 space-y-3">
        <Hidden name="feedbackId" value={row.id} />
        <Hidden name="version" value={row.version} />
        <TextField
          name="givenOn"
          type="date"
          label={t("worklist.actions.feedback.day")}
          defaultValue={today}
          max={today}
          required
        />
        <TextArea
          name="summary"
          label={t("worklist.actions.feedback.summary")}
          hint={t("worklist.actions.feedback.summaryHint")}
          maxLength={4000}
          rows={3}
          required
        />
        <SubmitButton variant="secondary">{t("worklist.actions.feedback.submit")}</SubmitButton>
      </Form>
    </details>
  );
}
