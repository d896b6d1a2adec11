"use client";

import NextForm from "next/form";
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useT } from "@/components/i18n-provider";
import { buttonClass } from "@/components/ui/button";
import { Checkbox, Form, Hidden, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import { Notice } from "@/components/ui/layout";
import { inputClass } from "@/components/ui/styles";
import type { FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** The answer to adding a named pupil, and whether the consent gate refused them. */
export type AgendaFormState = FormState & { gateRefused?: boolean };
type PupilAction = (previous: FormState, formData: FormData) => Promise<AgendaFormState>;

export type CandidateOption = {
  id: string;
  label: string;
  concerns: { id: string; label: string }[];
};

type Kind = "PUPIL" | "ANONYMOUS_CASE" | "THEME";
const KINDS: Kind[] = ["PUPIL", "ANONYMOUS_CASE", "THEME"];

/**
 * The trivselsperson adds an item: a named pupil (found by a GET search, then through the
 * consent gate on the server), an anonymous case, or a general theme. When the gate refuses a
 * pupil, one click opens the anonymous form — empty: the pupil's name must not travel into it.
 */
export function AddAgendaItem({
  meetingId,
  pupilAction,
  caseAction,
  themeAction,
  criteria,
  classes,
  candidates,
  searchMessages,
  themes,
}: {
  meetingId: string;
  pupilAction: PupilAction;
  caseAction: Action;
  themeAction: Action;
  criteria: { q: string; classId?: string };
  classes: { id: string; name: string }[];
  candidates: CandidateOption[];
  searchMessages: string[];
  themes: { value: string; label: string }[];
}) {
  const t = useT();
  const [kind, setKind] = useState<Kind>("PUPIL");
  const [refused, setRefused] = useState(false);
  const [focusAnonymous, setFocusAnonymous] = useState(0);
  const anonymousPanel = useRef<HTMLDivElement>(null);
  const ids = { legend: useId(), q: useId(), qHint: useId(), classId: useId() };

  useEffect(() => {
    if (focusAnonymous)
      anonymousPanel.current?.querySelector<HTMLInputElement>("input:not([type=hidden])")?.focus();
  }, [focusAnonymous]);

  const addPupil = useCallback(
    async (previous: FormState, formData: FormData) => {
      const state = await pupilAction(previous, formData);
      setRefused(Boolean(state.gateRefused));
      return state;
    },
    [pupilAction],
  );

  return (
    <div className="space-y-4">
      <fieldset>
        <legend id={ids.legend} className="text-sm font-medium text-stone-800">
          {t("forum.add.kind")}
        </legend>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
          {KINDS.map((option) => (
            <label key={option} className="flex items-center gap-2 text-sm text-stone-800">
              <input
                type="radio"
                name="agenda-kind"
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
                className="size-4 border-stone-400"
              />
              {t(`forum.kinds.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <div hidden={kind !== "PUPIL"} className="space-y-4">
        <NextForm
          action={`/forum/${meetingId}`}
          role="search"
          aria-label={t("forum.add.pupil.searchLabel")}
          key={JSON.stringify(criteria)}
          scroll={false}
          className="grid items-start gap-3 sm:grid-cols-[2fr_1fr_auto]"
        >
          <div>
            <label htmlFor={ids.q} className="block text-sm font-medium text-stone-800">
              {t("forum.add.pupil.query")}
            </label>
            <input
              id={ids.q}
              name="q"
              type="search"
              defaultValue={criteria.q}
              maxLength={100}
              autoComplete="off"
              aria-describedby={ids.qHint}
              className={inputClass}
            />
            <p id={ids.qHint} className="mt-1 text-xs text-stone-500">
              {t("forum.add.pupil.queryHint")}
            </p>
          </div>
          <div>
            <label htmlFor={ids.classId} className="block text-sm font-medium text-stone-800">
              {t("forum.add.pupil.class")}
            </label>
            <select
              id={ids.classId}
              name="classId"
              defaultValue={criteria.classId ?? ""}
              className={inputClass}
            >
              <option value="">{t("forum.add.pupil.anyClass")}</option>
              {classes.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
            </select>
          </div>
          <div className="sm:pt-6">
            <button type="submit" className={buttonClass("secondary")}>
              {t("forum.add.pupil.find")}
            </button>
          </div>
        </NextForm>
        {searchMessages.length > 0 ? (
          <div role="status" className="space-y-1 text-sm text-stone-700">
            {searchMessages.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        ) : null}
        {candidates.length > 0 ? (
          <PupilItemForm
            key={candidates.map((candidate) => candidate.id).join()}
            action={addPupil}
            meetingId={meetingId}
            candidates={candidates}
          />
        ) : null}
        {refused ? (
          <Notice tone="warning">
            <p className="font-medium">{t("forum.add.refusedTitle")}</p>
            <button
              type="button"
              className={buttonClass("secondary", "mt-2")}
              onClick={() => {
                setKind("ANONYMOUS_CASE");
                setRefused(false);
                setFocusAnonymous((count) => count + 1);
              }}
            >
              {t("forum.add.asAnonymous")}
            </button>
          </Notice>
        ) : null}
      </div>

      <div hidden={kind !== "ANONYMOUS_CASE"} ref={anonymousPanel}>
        <Form action={caseAction} className="space-y-4">
          <Hidden name="kind" value="ANONYMOUS_CASE" />
          <Hidden name="meetingId" value={meetingId} />
          <TextField
            name="title"
            label={t("forum.add.anonymous.title")}
            hint={t("forum.add.anonymous.hint")}
            maxLength={300}
            autoComplete="off"
            required
          />
          <SubmitButton>{t("forum.add.anonymous.submit")}</SubmitButton>
        </Form>
      </div>

      <div hidden={kind !== "THEME"}>
        <ThemeItemForm action={themeAction} meetingId={meetingId} themes={themes} />
      </div>
    </div>
  );
}

function PupilItemForm({
  action,
  meetingId,
  candidates,
}: {
  action: PupilAction;
  meetingId: string;
  candidates: CandidateOption[];
}) {
  const t = useT();
  const only = candidates.length === 1 ? candidates[0]!.id : undefined;
  const [pupilId, setPupilId] = useState(only ?? "");
  const concerns = candidates.find((candidate) => candidate.id === pupilId)?.concerns ?? [];
  // A saved form is reset to its defaults; the concerns offered follow it.
  const reset = useCallback(() => setPupilId(only ?? ""), [only]);
  return (
    <Form action={action} onSuccess={reset} className="space-y-4">
      <Hidden name="kind" value="PUPIL" />
      <Hidden name="meetingId" value={meetingId} />
      <SelectField
        name="pupilId"
        label={t("forum.add.pupil.pupil")}
        placeholder={t("forum.add.pupil.choose")}
        options={candidates.map((candidate) => ({ value: candidate.id, label: candidate.label }))}
        defaultValue={only}
        onChange={(event) => setPupilId(event.currentTarget.value)}
        required
      />
      {concerns.length > 0 ? (
        <div key={pupilId}>
          <SelectField
            name="concernId"
            label={t("forum.add.pupil.concern")}
            placeholder={t("forum.add.pupil.concernNone")}
            options={concerns.map((concern) => ({ value: concern.id, label: concern.label }))}
          />
        </div>
      ) : null}
      <div className="space-y-2">
        <Checkbox
          name="guardiansAttending"
          label={t("forum.add.pupil.guardians")}
          hint={t("forum.add.pupil.guardiansHint")}
        />
        <Checkbox name="pupilAttending" label={t("forum.add.pupil.pupilAttends")} />
      </div>
      <p className="text-xs text-stone-500">{t("forum.add.pupil.gateHint")}</p>
      <SubmitButton>{t("forum.add.pupil.submit")}</SubmitButton>
    </Form>
  );
}

function ThemeItemForm({
  action,
  meetingId,
  themes,
}: {
  action: Action;
  meetingId: string;
  themes: { value: string; label: string }[];
}) {
  const t = useT();
  const [theme, setTheme] = useState("");
  const reset = useCallback(() => setTheme(""), []);
  return (
    <Form action={action} onSuccess={reset} className="space-y-4">
      <Hidden name="meetingId" value={meetingId} />
      <SelectField
        name="theme"
        label={t("forum.add.theme.theme")}
        placeholder={t("forum.add.theme.choose")}
        options={[...themes, { value: "OTHER", label: t("forum.add.theme.own") }]}
        onChange={(event) => setTheme(event.currentTarget.value)}
        required
      />
      {theme === "OTHER" ? (
        <TextField
          name="title"
          label={t("forum.add.theme.title")}
          hint={t("forum.add.theme.titleHint")}
          maxLength={300}
          required
        />
      ) : null}
      <SubmitButton>{t("forum.add.theme.submit")}</SubmitButton>
    </Form>
  );
}

/**
 * The agenda's order, one form around the whole list: each item's ↑, ↓ and "Fjern" are its submit
 * buttons, and the one pressed posts which step for which item. The answer shows above the list;
 * while one step is saved every button waits, so two moves cannot cross. (Three forms an item
 * cost the meeting's page a tenth of its time: docs/performance.md.)
 */
export function AgendaOrderForm({ action, children }: { action: Action; children: ReactNode }) {
  return (
    <Form action={action} className="space-y-2">
      {children}
    </Form>
  );
}

/** One step of the agenda's order, for the item at `position` (1-based). */
export function AgendaStepButton({
  step,
  itemId,
  position,
}: {
  step: "up" | "down" | "remove";
  itemId: string;
  position: number;
}) {
  const t = useT();
  const label = {
    up: t("forum.agenda.moveUpFor", { position }),
    down: t("forum.agenda.moveDownFor", { position }),
    remove: t("forum.agenda.removeFor", { position }),
  }[step];
  return (
    <SubmitButton
      name="arrange"
      value={`${step}:${itemId}`}
      variant="secondary"
      className="px-2 py-1 text-xs"
    >
      <span aria-hidden="true">
        {step === "up" ? "↑" : step === "down" ? "↓" : t("forum.agenda.remove")}
      </span>
      <span className="sr-only">{label}</span>
    </SubmitButton>
  );
}
