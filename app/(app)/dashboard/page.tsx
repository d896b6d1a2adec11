import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import {
  AbsenceSection,
  ConcernsSection,
  FirstActionSection,
  ForumSection,
  gradeLabel,
  KeyFigures,
  ThresholdsSection,
  WorkloadSection,
} from "@/components/dashboard/school-dashboard";
import { EmergencyReviewNotice } from "@/components/emergency-access/review-notice";
import { titled } from "@/components/shell/section-home";
import { Notice, PageHeader } from "@/components/ui/layout";
import { requirePermission } from "@/lib/auth/session";
import { parseDashboardFilter } from "@/lib/dashboard/filters";
import { getSchoolDashboard } from "@/lib/dashboard/school";
import { todayInDenmark } from "@/lib/dates";
import { formatDate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";

export const generateMetadata = titled("dashboard.title");

type SearchParams = Record<string, string | string[] | undefined>;

function exportQuery(filter: { from: string; to: string; grade: number | null }): string {
  const query = new URLSearchParams({ from: filter.from, to: filter.to });
  if (filter.grade !== null) query.set("grade", String(filter.grade));
  return query.toString();
}

/**
 * The leadership's dashboard (DESIGN.md §4 flow 7): the school's figures for a period, opened at
 * the start of every meeting. Every figure is suppressed below 5 by lib/dashboard.
 */
export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requirePermission("dashboard:view");
  const [t, locale] = [await getT(), await getLocale()];
  const { filter, invalid } = parseDashboardFilter(await searchParams, todayInDenmark());
  const dashboard = await getSchoolDashboard(actor, { filter });
  const period = {
    from: formatDate(filter.from, locale),
    to: formatDate(filter.to, locale),
    grade: filter.grade === null ? "" : gradeLabel(filter.grade, t),
  };
  const props = { dashboard, t, locale };
  return (
    <>
      <PageHeader
        title={t("dashboard.title")}
        intro={t("dashboard.intro", {
          period: t(filter.grade === null ? "dashboard.period" : "dashboard.periodGrade", period),
        })}
      />
      <EmergencyReviewNotice actor={actor} t={t} />
      <DashboardFilters action="/dashboard" filter={filter} grades={dashboard.grades} />
      <p className="mb-4">
        {/* A file download, not a page: a plain link (the route checks dashboard:view itself). */}
        <a
          href={`/api/dashboard/export?${exportQuery(filter)}`}
          className="text-sm font-medium text-teal-800 underline underline-offset-2 hover:text-teal-900"
          download
        >
          {t("dashboard.exportCsv")}
        </a>
      </p>
      {invalid ? (
        <div className="mb-4">
          <Notice tone="warning" role="status">
            {t("dashboard.filters.invalid")}
          </Notice>
        </div>
      ) : null}
      <KeyFigures {...props} />
      <p className="mt-3 max-w-4xl text-xs text-stone-600" data-testid="suppression-note">
        {t("dashboard.suppression")}
      </p>
      <ConcernsSection {...props} />
      <AbsenceSection {...props} />
      <ThresholdsSection {...props} />
      <FirstActionSection {...props} />
      <ForumSection {...props} />
      <WorkloadSection {...props} />
    </>
  );
}
