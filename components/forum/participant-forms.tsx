"use client";

import { useT } from "@/components/i18n-provider";
import { Form, Hidden, SelectField, SubmitButton } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * Whether a participant came: a checkbox that saves as soon as it changes (the page stays where
 * it is, so this is no change of context), with a button for those who prefer one.
 */
export function AttendanceToggle({
  action,
  meetingId,
  participantId,
  name,
  attended,
}: {
  action: Action;
  meetingId: string;
  participantId: string;
  name: string;
  attended: boolean | null;
}) {
  const t = useT();
  return (
    <Form action={action} className="flex items-center gap-2">
      <Hidden name="meetingId" value={meetingId} />
      <Hidden name="participantId" value={participantId} />
      <label className="flex items-center gap-2 text-sm text-stone-800">
        <input
          type="checkbox"
          name="attended"
          defaultChecked={attended === true}
          onChange={(event) => event.currentTarget.form?.requestSubmit()}
          className="size-4 rounded border-stone-400"
        />
        <span aria-hidden="true">{t("forum.participants.attended")}</span>
        <span className="sr-only">{t("forum.participants.attendedFor", { name })}</span>
      </label>
    </Form>
  );
}

export function RemoveParticipantForm({
  action,
  meetingId,
  participantId,
  name,
}: {
  action: Action;
  meetingId: string;
  participantId: string;
  name: string;
}) {
  const t = useT();
  return (
    <Form action={action} className="flex flex-col items-end gap-1">
      <Hidden name="meetingId" value={meetingId} />
      <Hidden name="participantId" value={participantId} />
      <SubmitButton variant="secondary" className="px-2 py-1 text-xs">
        <span aria-hidden="true">{t("forum.participants.remove")}</span>
        <span className="sr-only">{t("forum.participants.removeFor", { name })}</span>
      </SubmitButton>
    </Form>
  );
}

/** An ad-hoc participant: the school's staff first, then the rest of the municipality. */
export function AddParticipantForm({
  action,
  meetingId,
  users,
}: {
  action: Action;
  meetingId: string;
  users: { id: string; name: string; atThisSchool: boolean }[];
}) {
  const t = useT();
  if (users.length === 0)
    return <p className="text-sm text-stone-600">{t("forum.participants.noneToAdd")}</p>;
  return (
    <Form action={action} className="space-y-3">
      <Hidden name="meetingId" value={meetingId} />
      <SelectField
        name="userId"
        label={t("forum.participants.user")}
        hint={t("forum.participants.addHint")}
        placeholder={t("forum.participants.choose")}
        options={users.map((user) => ({
          value: user.id,
          label: user.atThisSchool
            ? user.name
            : t("forum.participants.otherSchool", { name: user.name }),
        }))}
        required
      />
      <SubmitButton variant="secondary">{t("forum.participants.addSubmit")}</SubmitButton>
    </Form>
  );
}
