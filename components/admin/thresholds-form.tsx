"use client";

import { useT } from "@/components/i18n-provider";
import { Form, Hidden, SubmitButton, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";
import type { Thresholds } from "@/lib/absence/rules";

export function ThresholdsForm({
  action,
  values,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  values: Thresholds & { version: number };
}) {
  const t = useT();
  const number = { type: "number", inputMode: "numeric", required: true } as const;
  return (
    <Form action={action} className="space-y-6">
      <Hidden name="version" value={values.version} />
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-stone-900">{t("thresholds.unlawful")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="unauthorisedWarningPct"
            label={t("thresholds.unauthorisedWarningPct")}
            defaultValue={String(values.unauthorisedWarningPct)}
            min={1}
            max={100}
            {...number}
          />
          <TextField
            name="unauthorisedNotifyPct"
            label={t("thresholds.unauthorisedNotifyPct")}
            defaultValue={String(values.unauthorisedNotifyPct)}
            min={1}
            max={100}
            {...number}
          />
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-stone-900">{t("thresholds.pattern")}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            name="patternDays"
            label={t("thresholds.patternDays")}
            hint={t("thresholds.patternHint")}
            defaultValue={String(values.patternDays)}
            min={1}
            max={100}
            {...number}
          />
          <TextField
            name="patternWindowDays"
            label={t("thresholds.patternWindowDays")}
            defaultValue={String(values.patternWindowDays)}
            min={5}
            max={200}
            {...number}
          />
          <TextField
            name="consecutiveDays"
            label={t("thresholds.consecutiveDays")}
            hint={t("thresholds.consecutiveHint")}
            defaultValue={String(values.consecutiveDays)}
            min={2}
            max={30}
            {...number}
          />
        </div>
      </fieldset>
      <SubmitButton>{t("common.save")}</SubmitButton>
    </Form>
  );
}
