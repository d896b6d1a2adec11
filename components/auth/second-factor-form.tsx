"use client";

import { giveSecondFactorAction } from "@/app/login/second-factor/actions";
import { useT } from "@/components/i18n-provider";
import { Form, Hidden, SubmitButton, TextField } from "@/components/ui/form";

export function SecondFactorForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useT();
  return (
    <Form action={giveSecondFactorAction}>
      <Hidden name="callbackUrl" value={callbackUrl} />
      <TextField
        name="code"
        label={t("auth.codeLabel")}
        hint={t("auth.codeHint")}
        required
        autoComplete="one-time-code"
        autoFocus
      />
      <SubmitButton className="w-full">{t("auth.secondFactorContinue")}</SubmitButton>
    </Form>
  );
}
