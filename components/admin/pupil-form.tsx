"use client";

import NextForm from "next/form";
import { Link } from "@/components/ui/link";
import { useId } from "react";
import { useT } from "@/components/i18n-provider";
import { buttonClass } from "@/components/ui/button";
import { Form, Hidden, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import { inputClass } from "@/components/ui/styles";
import type { FormState } from "@/lib/actions/form-state";
import type { ClassOption, PupilDetail } from "@/lib/admin/pupils";
import type { Translate } from "@/lib/i18n";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

type PupilValues = Pick<
  PupilDetail,
  "id" | "version" | "firstName" | "lastName" | "dateOfBirth" | "externalId" | "classId"
>;

function classLabel(t: Translate, choice: ClassOption): string {
  return t(choice.active ? "adminPupils.classOption" : "adminPupils.classOptionInactive", {
    name: choice.name,
    schoolYear: choice.schoolYear,
  });
}

/** Create or edit a pupil. New pupils go into active classes; a pupil keeps an inactive class. */
export function PupilForm({
  action,
  classes,
  values,
}: {
  action: Action;
  classes: ClassOption[];
  values?: PupilValues;
}) {
  const t = useT();
  const options = classes
    .filter((choice) => choice.active || choice.id === values?.classId)
    .map((choice) => ({ value: choice.id, label: classLabel(t, choice) }));
  return (
    <Form action={action}>
      {values ? (
        <>
          <Hidden name="id" value={values.id} />
          <Hidden name="version" value={values.version} />
        </>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="firstName"
          label={t("adminPupils.fields.firstName")}
          defaultValue={values?.firstName}
          autoComplete="off"
          maxLength={100}
          required
        />
        <TextField
          name="lastName"
          label={t("adminPupils.fields.lastName")}
          defaultValue={values?.lastName}
          autoComplete="off"
          maxLength={100}
          required
        />
        <TextField
          name="dateOfBirth"
          type="date"
          label={t("adminPupils.fields.dateOfBirth")}
          defaultValue={values?.dateOfBirth}
          required
        />
        <TextField
          name="externalId"
          label={t("adminPupils.fields.externalId")}
          hint={t("adminPupils.fields.externalIdHint")}
          defaultValue={values?.externalId}
          autoComplete="off"
          maxLength={50}
          required
        />
        <SelectField
          name="classId"
          label={t("adminPupils.fields.class")}
          hint={t("adminPupils.fields.classHint")}
          options={options}
          placeholder={t("adminPupils.noClass")}
          defaultValue={values?.classId ?? ""}
        />
      </div>
      <SubmitButton>{values ? t("common.save") : t("adminPupils.createPupil")}</SubmitButton>
    </Form>
  );
}

/** Mark an active pupil as left, or make a pupil who has left active again. */
export function PupilStatusForm({
  action,
  pupil,
  today,
}: {
  action: Action;
  pupil: { id: string; version: number; active: boolean };
  /** "YYYY-MM-DD" in Denmark, the default leaving date. */
  today: string;
}) {
  const t = useT();
  return (
    <Form action={action}>
      <Hidden name="id" value={pupil.id} />
      <Hidden name="version" value={pupil.version} />
      {pupil.active ? (
        <>
          <TextField
            name="leftOn"
            type="date"
            label={t("adminPupils.leave.leftOn")}
            hint={t("adminPupils.leave.leftOnHint")}
            defaultValue={today}
            max={today}
            required
          />
          <SubmitButton variant="secondary">{t("adminPupils.leave.submit")}</SubmitButton>
        </>
      ) : (
        <SubmitButton variant="secondary">{t("adminPupils.leave.reactivate")}</SubmitButton>
      )}
    </Form>
  );
}

/**
 * The pupil search: a GET form, so a search is a URL (back button, bookmarks) and needs no
 * server action. Keyed by the current criteria, so "clear" empties the fields.
 */
export function PupilSearchForm({
  classes,
  search,
}: {
  classes: ClassOption[];
  search: { q?: string; classId?: string; status: string };
}) {
  const t = useT();
  const ids = { q: useId(), hint: useId(), classId: useId(), status: useId() };
  return (
    <NextForm
      action="/admin/pupils"
      role="search"
      aria-label={t("adminPupils.search.label")}
      key={JSON.stringify(search)}
      className="mb-4 grid items-end gap-4 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto]"
    >
      <div>
        <label htmlFor={ids.q} className="block text-sm font-medium text-stone-800">
          {t("adminPupils.search.query")}
        </label>
        <input
          id={ids.q}
          name="q"
          type="search"
          defaultValue={search.q}
          maxLength={100}
          autoComplete="off"
          aria-describedby={ids.hint}
          className={inputClass}
        />
        <p id={ids.hint} className="mt-1 text-xs text-stone-500">
          {t("adminPupils.search.queryHint")}
        </p>
      </div>
      <div className="self-start">
        <label htmlFor={ids.classId} className="block text-sm font-medium text-stone-800">
          {t("adminPupils.search.class")}
        </label>
        <select
          id={ids.classId}
          name="classId"
          defaultValue={search.classId ?? ""}
          className={inputClass}
        >
          <option value="">{t("adminPupils.search.allClasses")}</option>
          <option value="none">{t("adminPupils.search.withoutClass")}</option>
          {classes.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {classLabel(t, choice)}
            </option>
          ))}
        </select>
      </div>
      <div className="self-start">
        <label htmlFor={ids.status} className="block text-sm font-medium text-stone-800">
          {t("adminPupils.search.status")}
        </label>
        <select id={ids.status} name="status" defaultValue={search.status} className={inputClass}>
          <option value="active">{t("adminPupils.search.active")}</option>
          <option value="left">{t("adminPupils.search.left")}</option>
          <option value="all">{t("adminPupils.search.all")}</option>
        </select>
      </div>
      <div className="flex gap-2 self-start sm:pt-6">
        <button type="submit" className={buttonClass("primary")}>
          {t("common.search")}
        </button>
        <Link href="/admin/pupils" className={buttonClass("ghost")}>
          {t("common.clearFilter")}
        </Link>
      </div>
    </NextForm>
  );
}
