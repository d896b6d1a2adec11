"use client";

import NextForm from "next/form";
import { useId } from "react";
import { useT } from "@/components/i18n-provider";
import { buttonClass } from "@/components/ui/button";
import { Form, Hidden, SelectField, SubmitButton } from "@/components/ui/form";
import { inputClass } from "@/components/ui/styles";
import type { FormState } from "@/lib/actions/form-state";
import type { InvitableUsers } from "@/lib/forum/meetings";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * A participant's row, one form: whether they came — a checkbox that saves as soon as it changes
 * (the page stays where it is, so this is no change of context) — and "Fjern", which posts
 * `intent=remove`. The box submits the form without a button, so the action reads no intent as
 * the attendance.
 */
export function ParticipantForm({
  action,
  meetingId,
  participantId,
  name,
  attended,
  removable,
}: {
  action: Action;
  meetingId: string;
  participantId: string;
  name: string;
  attended: boolean | null;
  /** Not on one's own row: the one who runs the meeting stays in it. */
  removable: boolean;
}) {
  const t = useT();
  return (
    <Form action={action} className="flex flex-col items-end gap-1">
      <Hidden name="meetingId" value={meetingId} />
      <Hidden name="participantId" value={participantId} />
      <div className="flex items-center gap-3">
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
        {removable ? (
          <SubmitButton
            name="intent"
            value="remove"
            variant="secondary"
            className="px-2 py-1 text-xs"
          >
            <span aria-hidden="true">{t("forum.participants.remove")}</span>
            <span className="sr-only">{t("forum.participants.removeFor", { name })}</span>
          </SubmitButton>
        ) : null}
      </div>
    </Form>
  );
}

/**
 * An ad-hoc participant: the school's staff, and staff of the municipality's other schools found
 * by name (a search that reloads the page with `?guest=`; a municipality's thousand names are
 * never sent whole).
 */
export function AddParticipantForm({
  action,
  meetingId,
  users,
  guest,
  guestLimit,
}: {
  action: Action;
  meetingId: string;
  users: InvitableUsers;
  guest: string;
  guestLimit: number;
}) {
  const t = useT();
  const ids = { guest: useId(), guestHint: useId() };
  const options = [
    ...users.staff.map((user) => ({ value: user.id, label: user.name })),
    ...users.guests.map((user) => ({
      value: user.id,
      label: t("forum.participants.otherSchool", { name: user.name }),
    })),
  ];
  const found = !guest
    ? null
    : users.guests.length === 0
      ? t("forum.participants.guestNone", { query: guest })
      : users.moreGuests
        ? t("forum.participants.guestMore", { limit: guestLimit })
        : t("forum.participants.guestFound", { count: users.guests.length });
  return (
    <div className="space-y-4">
      <NextForm
        action={`/forum/${meetingId}`}
        role="search"
        aria-label={t("forum.participants.guestSearchLabel")}
        scroll={false}
        className="flex flex-wrap items-end gap-3"
      >
        <div className="min-w-64 flex-1">
          <label htmlFor={ids.guest} className="block text-sm font-medium text-stone-800">
            {t("forum.participants.guestSearch")}
          </label>
          <input
            id={ids.guest}
            name="guest"
            type="search"
            defaultValue={guest}
            maxLength={100}
            autoComplete="off"
            aria-describedby={ids.guestHint}
            className={inputClass}
          />
          <p id={ids.guestHint} className="mt-1 text-xs text-stone-500">
            {t("forum.participants.guestSearchHint")}
          </p>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          {t("forum.participants.guestSubmit")}
        </button>
      </NextForm>
      {found ? (
        <p role="status" className="text-sm text-stone-700">
          {found}
        </p>
      ) : null}
      {options.length === 0 ? (
        <p className="text-sm text-stone-600">{t("forum.participants.noneToAdd")}</p>
      ) : (
        <Form action={action} className="space-y-3">
          <Hidden name="meetingId" value={meetingId} />
          <SelectField
            name="userId"
            label={t("forum.participants.user")}
            hint={t("forum.participants.addHint")}
            placeholder={t("forum.participants.choose")}
            options={options}
            required
          />
          <SubmitButton variant="secondary">{t("forum.participants.addSubmit")}</SubmitButton>
        </Form>
      )}
    </div>
  );
}
