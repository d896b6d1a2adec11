"use client";

import { useT } from "@/components/i18n-provider";
import { Form, Hidden, SubmitButton, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** A new holiday or day off: its name and its first and last day. */
export function HolidayForm({ action }: { action: Action }) {
  const t = useT();
  return (
    <Form action={action} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          name="name"
          label={t("calendar.name")}
          placeholder={t("calendar.namePlaceholder")}
          maxLength={80}
          required
        />
        <TextField name="from" label={t("calendar.from")} type="date" required />
        <TextField name="to" label={t("calendar.to")} type="date" required />
      </div>
      <SubmitButton>{t("calendar.add")}</SubmitButton>
    </Form>
  );
}

/** One holiday's delete button; a screen reader hears which holiday it deletes. */
export function RemoveHolidayForm({
  action,
  holiday,
  label,
}: {
  action: Action;
  holiday: { id: string };
  /** "Efterårsferie, 12.10.2026–16.10.2026" */
  label: string;
}) {
  const t = useT();
  return (
    <Form action={action} className="space-y-2">
      <Hidden name="id" value={holiday.id} />
      <SubmitButton variant="secondary" className="text-sm">
        {t("calendar.remove")}
        <span className="sr-only"> {label}</span>
      </SubmitButton>
    </Form>
  );
}

/** The municipality's usual plan for a school year, for a school that has none in it yet. */
export function TypicalPlanForm({
  action,
  year,
  label,
}: {
  action: Action;
  year: number;
  label: string;
}) {
  return (
    <Form action={action} className="space-y-3">
      <Hidden name="year" value={year} />
      <SubmitButton variant="secondary">{label}</SubmitButton>
    </Form>
  );
}
