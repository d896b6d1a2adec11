"use client";

import { useT } from "@/components/i18n-provider";
import { Form, Hidden, SubmitButton, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Set or lift the legal hold that stops the retention job; a reason is always required. */
export function LegalHoldForm({
  action,
  pupil,
}: {
  action: Action;
  pupil: { id: string; version: number; legalHold: boolean };
}) {
  const t = useT();
  return (
    // Keyed by the version: after a change the form starts afresh for the new state.
    <Form action={action} key={`${pupil.version}-${pupil.legalHold}`}>
      <p className="text-sm text-stone-700">
        {pupil.legalHold ? t("privacy.legalHold.onIntro") : t("privacy.legalHold.offIntro")}
      </p>
      <Hidden name="id" value={pupil.id} />
      <Hidden name="version" value={pupil.version} />
      <Hidden name="legalHold" value={pupil.legalHold ? "off" : "on"} />
      <TextField
        name="reason"
        label={t("privacy.legalHold.reason")}
        hint={t("privacy.legalHold.reasonHint")}
        maxLength={300}
        required
      />
      <SubmitButton variant="secondary">
        {pupil.legalHold ? t("privacy.legalHold.lift") : t("privacy.legalHold.set")}
      </SubmitButton>
    </Form>
  );
}
