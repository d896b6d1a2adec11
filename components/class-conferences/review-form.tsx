"use client";

import type { ReactNode } from "react";
import { useT } from "@/components/i18n-provider";
import { Form, Hidden, SubmitButton, TextArea } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";
import type { ReviewIntent } from "@/lib/class-conferences/intents";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** A submit button that says what the save is for; the form posts the pressed one's intent. */
function IntentButton({
  intent,
  variant = "secondary",
  children,
}: {
  intent: ReviewIntent;
  variant?: "primary" | "secondary";
  children: ReactNode;
}) {
  return (
    <SubmitButton name="intent" value={intent} variant={variant}>
      {children}
    </SubmitButton>
  );
}

/**
 * How the class works as a whole and notes, with the walk-through's buttons. "Gem" comes first,
 * so Enter in a field is a plain save.
 */
export function ReviewForm({
  action,
  review,
  hasNext,
}: {
  action: Action;
  review: {
    id: string;
    version: number;
    howClassWorks: string | null;
    notes: string | null;
    reviewedAt: string | null;
  };
  hasNext: boolean;
}) {
  const t = useT();
  return (
    <Form action={action}>
      <Hidden name="id" value={review.id} />
      <Hidden name="version" value={review.version} />
      <TextArea
        name="howClassWorks"
        label={t("conferences.review.howClassWorks")}
        hint={t("conferences.review.howClassWorksHint")}
        defaultValue={review.howClassWorks}
        maxLength={5000}
        rows={6}
      />
      <TextArea
        name="notes"
        label={t("conferences.review.notes")}
        defaultValue={review.notes}
        maxLength={5000}
        rows={3}
      />
      <div className="flex flex-wrap gap-2">
        <IntentButton intent="save">{t("conferences.review.save")}</IntentButton>
        {review.reviewedAt ? (
          <IntentButton intent="reopen">{t("conferences.review.reopen")}</IntentButton>
        ) : (
          <IntentButton intent="reviewed">{t("conferences.review.markReviewed")}</IntentButton>
        )}
        <IntentButton intent="next" variant="primary">
          {hasNext ? t("conferences.review.saveAndNext") : t("conferences.review.saveAndFinish")}
        </IntentButton>
      </div>
    </Form>
  );
}
