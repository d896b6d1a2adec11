"use client";

import { useT } from "@/components/i18n-provider";
import { Form, Hidden, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export function CompleteFollowUpForm({
  action,
  entryId,
  version,
}: {
  action: Action;
  entryId: string;
  version: number;
}) {
  const t = useT();
  return (
    <Form action={action} className="flex flex-wrap items-center gap-3">
      <Hidden name="id" value={entryId} />
      <Hidden name="version" value={version} />
      <SubmitButton variant="secondary">{t("caseEntries.followUp.complete")}</SubmitButton>
    </Form>
  );
}

export function NotificationReceiptForm({
  action,
  entryId,
  version,
  receiptReceivedOn,
  municipalityFeedback,
  today,
}: {
  action: Action;
  entryId: string;
  version: number;
  receiptReceivedOn: string | null;
  municipalityFeedback: string | null;
  today: string;
}) {
  const t = useT();
  return (
    <Form action={action} className="space-y-3">
      <Hidden name="entryId" value={entryId} />
      <Hidden name="version" value={version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="receiptReceivedOn"
          type="date"
          max={today}
          label={t("caseEntries.notification.receiptReceivedOn")}
          defaultValue={receiptReceivedOn}
        />
        <TextField
          name="municipalityFeedbackOn"
          type="date"
          max={today}
          label={t("caseEntries.notification.feedbackOn")}
        />
      </div>
      <TextArea
        name="municipalityFeedback"
        label={t("caseEntries.notification.feedback")}
        defaultValue={municipalityFeedback}
        rows={2}
      />
      <SubmitButton variant="secondary">{t("caseEntries.notification.saveReceipt")}</SubmitButton>
    </Form>
  );
}

export function PrintButton() {
  const t = useT();
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print bg-brand-700 hover:bg-brand-800 rounded-md px-3.5 py-2 text-sm font-medium text-white"
    >
      {t("caseEntries.family.print")}
    </button>
  );
}
