"use client";

import { useT } from "@/components/i18n-provider";
import { Form, Hidden, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Logs a session of the group (or plans one), within the group's period. */
export function SessionForm({
  action,
  groupId,
  today,
  startsOn,
  endsOn,
}: {
  action: Action;
  groupId: string;
  today: string;
  startsOn: string;
  endsOn: string | null;
}) {
  const t = useT();
  const defaultDay = today < startsOn ? startsOn : endsOn && today > endsOn ? endsOn : today;
  return (
    <Form action={action}>
      <Hidden name="groupId" value={groupId} />
      <TextField
        name="heldOn"
        type="date"
        label={t("groups.sessions.heldOn")}
        defaultValue={defaultDay}
        min={startsOn}
        max={endsOn ?? undefined}
        required
      />
      <TextArea
        name="notes"
        label={t("groups.sessions.notes")}
        hint={t("groups.sessions.notesHint")}
        maxLength={2000}
        rows={3}
      />
      <SubmitButton>{t("groups.sessions.submit")}</SubmitButton>
    </Form>
  );
}
