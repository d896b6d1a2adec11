"use client";

import NextForm from "next/form";
import { useId } from "react";
import { useT } from "@/components/i18n-provider";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/styles";
import type { PickerClass } from "@/lib/concerns";

/**
 * The first step of the concern form: a GET search (a name, a class, or both), so it works
 * without JavaScript and the back button. Keyed by the criteria, so a new search shows them.
 */
export function PupilPicker({
  classes,
  criteria,
}: {
  classes: PickerClass[];
  criteria: { q?: string; classId?: string };
}) {
  const t = useT();
  const ids = { q: useId(), hint: useId(), classId: useId() };
  return (
    <NextForm
      action="/concerns/new"
      role="search"
      aria-label={t("concerns.picker.label")}
      key={JSON.stringify(criteria)}
      className="grid items-start gap-4 sm:grid-cols-[2fr_1fr_auto]"
    >
      <div>
        <label htmlFor={ids.q} className="block text-sm font-medium text-stone-800">
          {t("concerns.picker.query")}
        </label>
        <input
          id={ids.q}
          name="q"
          type="search"
          defaultValue={criteria.q}
          maxLength={100}
          autoComplete="off"
          aria-describedby={ids.hint}
          className={inputClass}
        />
        <p id={ids.hint} className="mt-1 text-xs text-stone-500">
          {t("concerns.picker.queryHint")}
        </p>
      </div>
      <div>
        <label htmlFor={ids.classId} className="block text-sm font-medium text-stone-800">
          {t("concerns.picker.class")}
        </label>
        <select
          id={ids.classId}
          name="classId"
          defaultValue={criteria.classId ?? ""}
          className={inputClass}
        >
          <option value="">{t("concerns.picker.anyClass")}</option>
          {classes.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
            </option>
          ))}
        </select>
      </div>
      <div className="sm:pt-6">
        <button type="submit" className={buttonClass("secondary")}>
          {t("concerns.picker.find")}
        </button>
      </div>
    </NextForm>
  );
}
