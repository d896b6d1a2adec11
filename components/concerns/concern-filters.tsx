"use client";

import NextForm from "next/form";
import { Link } from "@/components/ui/link";
import { useId } from "react";
import { useT } from "@/components/i18n-provider";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/styles";
import type { ClassFilterOption } from "@/lib/concerns";
import { CONCERN_CATEGORIES, CONCERN_LEVELS, CONCERN_STATUSES } from "@/lib/concerns/constants";
import type { ConcernFilter } from "@/lib/concerns/schemas";

/** The school list's filters: a GET form, so a filtered list is a URL one can bookmark. */
export function ConcernFilters({
  classes,
  filter,
}: {
  classes: ClassFilterOption[];
  filter: ConcernFilter;
}) {
  const t = useT();
  const ids = { status: useId(), level: useId(), category: useId(), classId: useId() };
  const select = (
    id: string,
    name: keyof ConcernFilter,
    label: string,
    allLabel: string,
    options: { value: string; label: string }[],
  ) => (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={String(filter[name] ?? "")} className={inputClass}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <NextForm
      action="/concerns"
      role="search"
      aria-label={t("concerns.filters.label")}
      key={JSON.stringify(filter)}
      className="mb-4 grid items-end gap-4 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_1fr_auto]"
    >
      {select(
        ids.status,
        "status",
        t("concerns.filters.status"),
        t("concerns.filters.all"),
        CONCERN_STATUSES.map((status) => ({
          value: status,
          label: t(`concerns.statuses.${status}`),
        })),
      )}
      {select(
        ids.level,
        "level",
        t("concerns.filters.level"),
        t("concerns.filters.all"),
        [...CONCERN_LEVELS].reverse().map((level) => ({
          value: level,
          label: t(`concerns.levels.${level}`),
        })),
      )}
      {select(
        ids.category,
        "category",
        t("concerns.filters.category"),
        t("concerns.filters.all"),
        CONCERN_CATEGORIES.map((category) => ({
          value: category,
          label: t(`concerns.categories.${category}`),
        })),
      )}
      {select(
        ids.classId,
        "classId",
        t("concerns.filters.class"),
        t("concerns.filters.allClasses"),
        classes.map((choice) => ({ value: choice.id, label: choice.name })),
      )}
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("concerns.filters.apply")}
        </button>
        <Link href="/concerns" className={buttonClass("ghost")}>
          {t("common.clearFilter")}
        </Link>
      </div>
    </NextForm>
  );
}
