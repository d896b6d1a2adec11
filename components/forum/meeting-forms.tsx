"use client";

import { useT } from "@/components/i18n-provider";
import { Form, Hidden, SelectField, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export type MeetingValues = {
  id: string;
  version: number;
  day: string;
  startTime: string;
  endTime: string | null;
  place: string;
  status: "PLANNED" | "HELD" | "CANCELLED";
  summary: string | null;
};

function WhenAndWhere({ values, today }: { values?: MeetingValues; today: string }) {
  const t = useT();
  return (
    <>
      <TextField
        name="day"
        type="date"
        label={t("forum.fields.day")}
        defaultValue={values?.day}
        min={values ? undefined : today}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="startTime"
          type="time"
          label={t("forum.fields.startTime")}
          hint={t("forum.fields.timeHint")}
          defaultValue={values?.startTime ?? "14:00"}
          required
        />
        <TextField
          name="endTime"
          type="time"
          label={t("forum.fields.endTime")}
          defaultValue={values?.endTime ?? "15:30"}
        />
      </div>
      <TextField
        name="place"
        label={t("forum.fields.place")}
        hint={t("forum.fields.placeHint")}
        defaultValue={values?.place}
        maxLength={200}
        required
      />
    </>
  );
}

/** A new meeting: date, time and place; the fixed members are invited by the domain. */
export function NewMeetingForm({ action, today }: { action: Action; today: string }) {
  const t = useT();
  return (
    <Form action={action} className="space-y-4">
      <WhenAndWhere today={today} />
      <SubmitButton>{t("forum.newMeeting.submit")}</SubmitButton>
    </Form>
  );
}

/** The meeting's time and place, its status (held, cancelled) and its overall conclusion. */
export function EditMeetingForm({
  action,
  values,
  today,
}: {
  action: Action;
  values: MeetingValues;
  today: string;
}) {
  const t = useT();
  return (
    <Form action={action} className="space-y-4">
      <Hidden name="id" value={values.id} />
      <Hidden name="version" value={values.version} />
      <WhenAndWhere values={values} today={today} />
      <SelectField
        name="status"
        label={t("forum.fields.status")}
        options={(["PLANNED", "HELD", "CANCELLED"] as const).map((status) => ({
          value: status,
          label: t(`forum.status.${status}`),
        }))}
        defaultValue={values.status}
        required
      />
      <TextArea
        name="summary"
        label={t("forum.fields.summary")}
        hint={t("forum.fields.summaryHint")}
        defaultValue={values.summary}
        rows={4}
        maxLength={8000}
      />
      <SubmitButton>{t("forum.meeting.save")}</SubmitButton>
    </Form>
  );
}
