"use client";

import { useT } from "@/components/i18n-provider";
import { Form, Hidden, SelectField, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";
import type { Role } from "@/lib/generated/prisma/enums";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export type ResponsibleChoice = { id: string; name: string; roles: Role[] };

/** A task for the coming period: what, by when, and who (the writer unless chosen otherwise). */
export function AddTaskForm({
  action,
  reviewId,
  responsibles,
  defaultResponsibleId,
  today,
}: {
  action: Action;
  reviewId: string;
  responsibles: ResponsibleChoice[];
  defaultResponsibleId: string;
  today: string;
}) {
  const t = useT();
  return (
    <Form action={action}>
      <Hidden name="reviewId" value={reviewId} />
      <TextArea
        name="description"
        label={t("conferences.tasks.description")}
        hint={t("conferences.tasks.descriptionHint")}
        maxLength={1000}
        rows={2}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="dueOn"
          type="date"
          label={t("conferences.tasks.dueOn")}
          min={today}
          required
        />
        <SelectField
          name="responsibleUserId"
          label={t("conferences.tasks.responsible")}
          hint={t("conferences.tasks.responsibleHint")}
          options={responsibles.map((user) => ({
            value: user.id,
            label: t("conferences.tasks.responsibleOption", {
              name: user.name,
              roles: user.roles.map((role) => t(`roles.${role}`)).join(", "),
            }),
          }))}
          defaultValue={defaultResponsibleId}
          required
        />
      </div>
      <SubmitButton variant="secondary">{t("conferences.tasks.add")}</SubmitButton>
    </Form>
  );
}

export function CancelTaskForm({
  action,
  task,
}: {
  action: Action;
  task: { id: string; version: number; description: string };
}) {
  const t = useT();
  return (
    <Form action={action} className="flex flex-col items-end gap-2">
      <Hidden name="id" value={task.id} />
      <Hidden name="version" value={task.version} />
      <SubmitButton variant="secondary">
        {t("conferences.tasks.cancel")}
        <span className="sr-only">
          {" "}
          {t("conferences.tasks.cancelFor", { description: task.description })}
        </span>
      </SubmitButton>
    </Form>
  );
}
