"use client";

import NextForm from "next/form";
import { Link } from "@/components/ui/link";
import { useId } from "react";
import { useT } from "@/components/i18n-provider";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/styles";
import type { DashboardFilter } from "@/lib/dashboard/filters";

/** The dashboards' period and grade: a GET form, so a view is a URL one can bookmark. */
export function DashboardFilters({
  action,
  filter,
  grades,
  keep = {},
}: {
  action: "/dashboard" | "/municipality";
  filter: DashboardFilter;
  grades: readonly number[];
  /** Other query parameters the view keeps when the filter changes (the municipal view's area). */
  keep?: Record<string, string>;
}) {
  const t = useT();
  const ids = { from: useId(), to: useId(), grade: useId(), note: useId() };
  return (
    <NextForm
      action={action}
      role="search"
      aria-label={t("dashboard.filters.label")}
      key={JSON.stringify(filter)}
      className="mb-6 rounded-lg border border-stone-200 bg-white p-4"
    >
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid items-end gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_auto]">
        <div>
          <label htmlFor={ids.from} className="block text-sm font-medium text-stone-800">
            {t("dashboard.filters.from")}
          </label>
          <input
            id={ids.from}
            name="from"
            type="date"
            defaultValue={filter.from}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor={ids.to} className="block text-sm font-medium text-stone-800">
            {t("dashboard.filters.to")}
          </label>
          <input
            id={ids.to}
            name="to"
            type="date"
            defaultValue={filter.to}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor={ids.grade} className="block text-sm font-medium text-stone-800">
            {t("dashboard.filters.grade")}
          </label>
          <select
            id={ids.grade}
            name="grade"
            defaultValue={filter.grade === null ? "" : String(filter.grade)}
            aria-describedby={ids.note}
            className={inputClass}
          >
            <option value="">{t("dashboard.filters.allGrades")}</option>
            {grades.map((grade) => (
              <option key={grade} value={grade}>
                {t("dashboard.grade", { grade })}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass("primary")}>
            {t("dashboard.filters.apply")}
          </button>
          <Link href={action} className={buttonClass("ghost")}>
            {t("dashboard.filters.reset")}
          </Link>
        </div>
      </div>
      <p id={ids.note} className="mt-2 text-xs text-stone-600">
        {t("dashboard.filters.gradeNote")}
      </p>
    </NextForm>
  );
}
