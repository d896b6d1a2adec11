import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import {
  AreaTables,
  ComparisonCharts,
  KeyFiguresTable,
  MUNICIPALITY_AREAS,
  type MunicipalityArea,
} from "@/components/dashboard/municipality-dashboard";
import { gradeLabel } from "@/components/dashboard/school-dashboard";
import { titled } from "@/components/shell/section-home";
import { EmptyState, Notice, PageHeader } from "@/components/ui/layout";
import { requirePermission } from "@/lib/auth/session";
import { GRADES, parseDashboardFilter } from "@/lib/dashboard/filters";
import { getMunicipalityDashboard } from "@/lib/dashboard/municipality";
import { todayInDenmark } from "@/lib/dates";
import { formatDate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";

export const generateMetadata = titled("dashboard.municipality.title");

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The municipal consultant's home: the municipality's schools side by side, aggregates only
 * (issue 5 item 4). Every figure is suppressed below 5 by lib/dashboard.
 */
export default async function MunicipalityPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requirePermission("dashboard:municipality");
  const [t, locale] = [await getT(), await getLocale()];
  const query = await searchParams;
  const { filter, invalid } = parseDashboardFilter(query, todayInDenmark());
  const area = MUNICIPALITY_AREAS.find((option) => option === query.area) ?? "absence";
  // An area's link keeps the period and grade; the filter form keeps the area.
  const hrefFor = (option: MunicipalityArea) =>
    `/municipality?${new URLSearchParams({
      from: filter.from,
      to: filter.to,
      ...(filter.grade === null ? {} : { grade: String(filter.grade) }),
      area: option,
    })}#areas`;
  const dashboard = await getMunicipalityDashboard(actor, { filter });
  const period = {
    from: formatDate(filter.from, locale),
    to: formatDate(filter.to, locale),
    grade: filter.grade === null ? "" : gradeLabel(filter.grade, t),
  };
  const props = { dashboard, t, locale };
  return (
    <>
      <PageHeader
        title={t("dashboard.municipality.title")}
        intro={t("dashboard.municipality.intro", {
          municipality: dashboard.municipality.name,
          period: t(filter.grade === null ? "dashboard.period" : "dashboard.periodGrade", period),
        })}
      />
      <DashboardFilters
        action="/municipality"
        filter={filter}
        grades={GRADES}
        keep={area === "absence" ? {} : { area }}
      />
      {invalid ? (
        <div className="mb-4">
          <Notice tone="warning" role="status">
            {t("dashboard.filters.invalid")}
          </Notice>
        </div>
      ) : null}
      <p className="max-w-4xl text-xs text-stone-600" data-testid="suppression-note">
        {t("dashboard.suppression")}
      </p>
      {dashboard.schools.length === 0 ? (
        <div className="mt-6">
          <EmptyState>{t("dashboard.municipality.noSchools")}</EmptyState>
        </div>
      ) : (
        <>
          <KeyFiguresTable {...props} />
          <ComparisonCharts {...props} />
          <AreaTables {...props} area={area} hrefFor={hrefFor} />
        </>
      )}
    </>
  );
}
