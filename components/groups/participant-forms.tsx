"use client";

import NextForm from "next/form";
import { useId } from "react";
import { useT } from "@/components/i18n-provider";
import { buttonClass } from "@/components/ui/button";
import { Form, Hidden, SubmitButton } from "@/components/ui/form";
import { inputClass } from "@/components/ui/styles";
import type { FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Adds one pupil (a search result, or a former participant) to the group. */
export function AddParticipantForm({
  action,
  groupId,
  pupilId,
  name,
  label,
}: {
  action: Action;
  groupId: string;
  pupilId: string;
  name: string;
  label: string;
}) {
  const t = useT();
  return (
    <Form action={action} className="flex flex-col items-end gap-2">
      <Hidden name="groupId" value={groupId} />
      <Hidden name="pupilId" value={pupilId} />
      <SubmitButton variant="secondary">
        {label}
        <span className="sr-only"> {t("groups.search.addFor", { name })}</span>
      </SubmitButton>
    </Form>
  );
}

/** Ends a pupil's participation today; the row stays as history. */
export function RemoveParticipantForm({
  action,
  groupId,
  pupilId,
  name,
}: {
  action: Action;
  groupId: string;
  pupilId: string;
  name: string;
}) {
  const t = useT();
  return (
    <Form action={action} className="flex flex-col items-end gap-2">
      <Hidden name="groupId" value={groupId} />
      <Hidden name="pupilId" value={pupilId} />
      <SubmitButton variant="secondary">
        {t("groups.participants.remove")}
        <span className="sr-only"> {t("groups.participants.removeFor", { name })}</span>
      </SubmitButton>
    </Form>
  );
}

/**
 * Finds a pupil to add: a GET form on the group's own page, so the search is a URL and needs no
 * script. Keyed by the query, so the field shows what was searched for.
 */
export function ParticipantSearchForm({
  groupId,
  q,
  minLength,
}: {
  groupId: string;
  q?: string;
  minLength: number;
}) {
  const t = useT();
  const ids = { q: useId(), hint: useId() };
  return (
    <NextForm
      action={`/groups/${groupId}`}
      role="search"
      aria-label={t("groups.search.label")}
      key={q ?? ""}
      scroll={false}
      className="flex flex-wrap items-end gap-3"
    >
      <div className="min-w-60 flex-1">
        <label htmlFor={ids.q} className="block text-sm font-medium text-stone-800">
          {t("groups.search.query")}
        </label>
        <input
          id={ids.q}
          name="q"
          type="search"
          defaultValue={q}
          maxLength={100}
          autoComplete="off"
          aria-describedby={ids.hint}
          className={inputClass}
        />
        <p id={ids.hint} className="mt-1 text-xs text-stone-500">
          {t("groups.search.queryHint", { min: minLength })}
        </p>
      </div>
      <button type="submit" className={buttonClass("secondary", "mb-5")}>
        {t("groups.search.submit")}
      </button>
    </NextForm>
  );
}
