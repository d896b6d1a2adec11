"use client";

import { useT } from "@/components/i18n-provider";
import {
  Checkbox,
  Form,
  Hidden,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  type Option,
} from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Who attends a named pupil's item; marking the parents absent again re-checks the gate. */
export function ItemAttendanceForm({
  action,
  itemId,
  version,
  guardiansAttending,
  pupilAttending,
}: {
  action: Action;
  itemId: string;
  version: number;
  guardiansAttending: boolean;
  pupilAttending: boolean;
}) {
  const t = useT();
  return (
    <Form action={action} className="space-y-3">
      <Hidden name="itemId" value={itemId} />
      <Hidden name="version" value={version} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-800">{t("forum.item.attendance")}</legend>
        <Checkbox
          name="guardiansAttending"
          label={t("forum.agenda.guardiansAttend")}
          defaultChecked={guardiansAttending}
        />
        <Checkbox
          name="pupilAttending"
          label={t("forum.agenda.pupilAttends")}
          defaultChecked={pupilAttending}
        />
      </fieldset>
      <SubmitButton variant="secondary">{t("forum.item.attendanceSave")}</SubmitButton>
    </Form>
  );
}

export function MinutesForm({
  action,
  itemId,
  version,
  minutes,
}: {
  action: Action;
  itemId: string;
  version: number;
  minutes: string | null;
}) {
  const t = useT();
  return (
    <Form action={action} className="space-y-3">
      <Hidden name="itemId" value={itemId} />
      <Hidden name="version" value={version} />
      <TextArea
        name="minutes"
        label={t("forum.item.minutes.label")}
        hint={t("forum.item.minutes.hint")}
        defaultValue={minutes}
        rows={8}
        maxLength={20000}
      />
      <SubmitButton>{t("forum.item.minutes.save")}</SubmitButton>
    </Form>
  );
}

/** An action's status, in its row of the plan: the select is named by the action it sets. */
export function ActionStatusForm({
  action,
  row,
}: {
  action: Action;
  row: { id: string; version: number; status: string; description: string };
}) {
  const t = useT();
  return (
    <Form action={action} className="flex flex-wrap items-center gap-2">
      <Hidden name="actionId" value={row.id} />
      <Hidden name="version" value={row.version} />
      <select
        name="status"
        aria-label={t("forum.plan.statusFor", { description: row.description })}
        defaultValue={row.status}
        className="rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm"
      >
        {(["OPEN", "DONE", "CANCELLED"] as const).map((status) => (
          <option key={status} value={status}>
            {t(`forum.plan.actionStatus.${status}`)}
          </option>
        ))}
      </select>
      <SubmitButton variant="secondary" className="px-2 py-1.5 text-xs">
        <span aria-hidden="true">{t("forum.plan.statusSave")}</span>
        <span className="sr-only">
          {t("forum.plan.statusSaveFor", { description: row.description })}
        </span>
      </SubmitButton>
    </Form>
  );
}

export function AddActionForm({
  action,
  itemId,
  responsibleOptions,
  today,
}: {
  action: Action;
  itemId: string;
  responsibleOptions: Option[];
  today: string;
}) {
  const t = useT();
  return (
    <Form action={action} className="space-y-4">
      <Hidden name="itemId" value={itemId} />
      <TextArea
        name="description"
        label={t("forum.plan.description")}
        rows={2}
        maxLength={1000}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="responsible"
          label={t("forum.plan.responsible")}
          placeholder={t("forum.plan.chooseResponsible")}
          options={responsibleOptions}
          required
        />
        <TextField name="dueOn" type="date" min={today} label={t("forum.plan.due")} required />
      </div>
      <SubmitButton variant="secondary">{t("forum.plan.addAction")}</SubmitButton>
    </Form>
  );
}

/**
 * The plan's frame: how the parents are involved from here, the forum's follow-up, and the
 * feedback to the parents — required when they did not attend (the seed text: "aftale om
 * tilbagemelding til forældrene … i det omfang, forældrene ikke har deltaget").
 */
export function PlanForm({
  action,
  itemId,
  version,
  values,
  participants,
  feedback,
  today,
}: {
  action: Action;
  itemId: string;
  version: number;
  values: {
    parentInvolvement: string | null;
    followUpOn: string | null;
    feedbackResponsibleId: string | null;
    feedbackDueOn: string | null;
  };
  participants: Option[];
  /** "required": the parents did not attend; "optional": they did; "none": a general theme. */
  feedback: "required" | "optional" | "none";
  today: string;
}) {
  const t = useT();
  return (
    <Form action={action} className="space-y-4">
      <Hidden name="itemId" value={itemId} />
      <Hidden name="version" value={version} />
      <TextArea
        name="parentInvolvement"
        label={t("forum.plan.parentInvolvement")}
        hint={t("forum.plan.parentInvolvementHint")}
        defaultValue={values.parentInvolvement}
        rows={3}
        maxLength={4000}
      />
      <TextField
        name="followUpOn"
        type="date"
        min={today}
        label={t("forum.plan.followUpOn")}
        hint={t("forum.plan.followUpHint")}
        defaultValue={values.followUpOn}
      />
      {feedback === "none" ? null : (
        <fieldset className="space-y-3 rounded-md border border-stone-200 p-4">
          <legend className="px-1 text-sm font-semibold text-stone-900">
            {t("forum.plan.feedback")}
          </legend>
          <p className="text-sm text-stone-600">
            {feedback === "required"
              ? t("forum.plan.feedbackWhy")
              : t("forum.plan.feedbackOptional")}
          </p>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name="feedbackResponsibleId"
              label={t("forum.plan.feedbackResponsible")}
              placeholder={t("forum.plan.chooseResponsible")}
              options={participants}
              defaultValue={values.feedbackResponsibleId}
              required={feedback === "required"}
            />
            <TextField
              name="feedbackDueOn"
              type="date"
              min={today}
              label={t("forum.plan.feedbackDueOn")}
              defaultValue={values.feedbackDueOn}
              required={feedback === "required"}
            />
          </div>
        </fieldset>
      )}
      <SubmitButton>{t("forum.plan.save")}</SubmitButton>
    </Form>
  );
}

/** The feedback is given: by its responsible person, with what the parents were told. */
export function FeedbackGivenForm({
  action,
  feedbackId,
  version,
  givenOn,
  summary,
  today,
}: {
  action: Action;
  feedbackId: string;
  version: number;
  givenOn: string | null;
  summary: string | null;
  today: string;
}) {
  const t = useT();
  return (
    <Form action={action} className="space-y-3">
      <Hidden name="feedbackId" value={feedbackId} />
      <Hidden name="version" value={version} />
      <TextField
        name="givenOn"
        type="date"
        max={today}
        label={t("forum.plan.given.givenOn")}
        defaultValue={givenOn ?? today}
        required
      />
      <TextArea
        name="summary"
        label={t("forum.plan.given.summary")}
        hint={t("forum.plan.given.summaryHint")}
        defaultValue={summary}
        rows={3}
        maxLength={4000}
        required
      />
      <SubmitButton variant="secondary">{t("forum.plan.given.submit")}</SubmitButton>
    </Form>
  );
}
