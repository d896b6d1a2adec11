/**
 * The municipal view's parts: the schools side by side (key figures, two charts), then one table
 * per area with the same aggregates as the school dashboard — never a name, never a class.
 */
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { LevelBadge } from "@/components/concerns/concern-badges";
import { FIRST_ACTION_BUCKETS, THRESHOLD_RULES } from "@/lib/dashboard/vocabulary";
import type { MunicipalityDashboard, MunicipalitySchool } from "@/lib/dashboard/municipality";
import type { Count, Measure } from "@/lib/dashboard/suppression";
import type { Locale, Translate } from "@/lib/i18n";
import { CONCERN_CATEGORIES } from "@/lib/concerns/constants";
import { ChartCard, DashboardSection } from "./chart-card";
import { BarsChart } from "./charts";
import { FigureTable, type FigureCell } from "./figure-table";
import { breakdownSummary, chartPoint, figureText, monthLabel, type Unit } from "./format";

type Props = { dashboard: MunicipalityDashboard; t: Translate; locale: Locale };

/** A table with one row per school and `columns` after the school's name, its cells as printed. */
function SchoolTable({
  caption,
  columns,
  schools,
  cells,
  t,
}: {
  caption: string;
  columns: ReactNode[];
  schools: MunicipalitySchool[];
  cells: (school: MunicipalitySchool) => FigureCell[];
  t: Translate;
}) {
  return (
    <FigureTable
      caption={caption}
      columns={columns}
      rows={schools.map((school) => ({ key: school.id, label: school.name, cells: cells(school) }))}
      markers={{
        suppressed: {
          text: t("dashboard.markers.suppressed"),
          label: t("dashboard.markers.suppressedLabel"),
        },
        withheld: {
          text: t("dashboard.markers.withheld"),
          label: t("dashboard.markers.withheldLabel"),
        },
      }}
    />
  );
}

export function KeyFiguresTable({ dashboard, t, locale }: Props) {
  const figure = (value: Count | Measure, unit: Unit = "count") =>
    figureText(value, unit, t, locale);
  return (
    <DashboardSection
      id="key-figures"
      title={t("dashboard.municipality.keyFigures")}
      intro={t("dashboard.municipality.keyFiguresIntro")}
    >
      <div data-testid="municipality-table">
        <SchoolTable
          t={t}
          caption={t("dashboard.municipality.school")}
          schools={dashboard.schools}
          columns={[
            t("dashboard.municipality.pupils"),
            t("dashboard.kpi.openConcerns"),
            t("dashboard.concerns.openPer100"),
            t("dashboard.absence.rate"),
            t("dashboard.absence.unauthorised"),
            t("dashboard.kpi.overThreshold"),
            t("dashboard.municipality.overThresholdPer100"),
            t("dashboard.kpi.firstAction"),
            t("dashboard.forum.meetingsHeld"),
            t("dashboard.forum.actionsOverdue"),
            t("dashboard.kpi.consents"),
          ]}
          cells={({ figures }) => [
            figure(figures.pupils),
            figure(figures.concerns.open),
            figure(figures.concerns.openPer100, "per100"),
            figure(figures.absence.ratePct, "percent"),
            figure(figures.absence.unauthorisedPct, "percent"),
            figure(figures.thresholds.withoutFollowUp),
            figure(figures.thresholds.withoutFollowUpPer100, "per100"),
            figure(figures.firstAction.medianDays, "days"),
            figure(figures.forum.meetingsHeld),
            figure(figures.forum.actionsOverdue),
            figure(figures.consentsExpiring),
          ]}
        />
      </div>
    </DashboardSection>
  );
}

export function ComparisonCharts({ dashboard, t, locale }: Props) {
  const chart = (
    id: string,
    title: string,
    pick: (school: MunicipalitySchool) => Measure,
    unit: Unit,
  ) => {
    const rows = dashboard.schools.map((school) => ({
      label: school.name,
      figure: pick(school),
    }));
    return (
      <ChartCard
        id={id}
        title={title}
        summary={breakdownSummary(rows, unit, t, locale)}
        chart={
          <BarsChart
            labelWidth={130}
            data={rows.map((row) => ({
              label: row.label,
              ...chartPoint(row.figure, unit, t, locale),
            }))}
          />
        }
        // The same numbers are columns of the key figures above: a link, not a second table.
        table={{ href: "#key-figures", text: t("dashboard.municipality.chartFigures") }}
        t={t}
      />
    );
  };
  return (
    <div className="mt-4 grid gap-4 lg:grid-cols-2">
      {chart(
        "municipality-absence",
        t("dashboard.municipality.absenceChart"),
        (school) => school.figures.absence.ratePct,
        "percent",
      )}
      {chart(
        "municipality-concerns",
        t("dashboard.municipality.concernsChart"),
        (school) => school.figures.concerns.openPer100,
        "per100",
      )}
    </div>
  );
}

/** The areas of the municipal view, one at a time (`?area=`), absence first. */
export const MUNICIPALITY_AREAS = [
  "absence",
  "concerns",
  "first-action",
  "thresholds",
  "forum",
] as const;
export type MunicipalityArea = (typeof MUNICIPALITY_AREAS)[number];

/**
 * One area's tables, school by school, with links to the other areas. One at a time: each is
 * fifty rows of up to a dozen figures, and all of them at once made a page of 3,000 cells
 * (docs/decisions/0030).
 */
export function AreaTables({
  dashboard,
  t,
  locale,
  area,
  hrefFor,
}: Props & { area: MunicipalityArea; hrefFor: (area: MunicipalityArea) => string }) {
  const { schools } = dashboard;
  const figure = (value: Count | Measure, unit: Unit = "count") =>
    figureText(value, unit, t, locale);
  const months = schools[0]?.figures.absenceByMonth.map((point) => point.start) ?? [];
  const table = (id: string, title: string, intro: string | null, body: ReactNode) => (
    <section aria-labelledby={`${id}-title`} className="mt-6">
      <h3 id={`${id}-title`} className="text-base font-semibold text-stone-900">
        {title}
      </h3>
      {intro ? <p className="mt-1 text-sm text-stone-600">{intro}</p> : null}
      <div className="mt-2">{body}</div>
    </section>
  );
  const tables: Record<MunicipalityArea, () => ReactNode> = {
    absence: () =>
      table(
        "by-month",
        t("dashboard.municipality.trendChart"),
        null,
        <SchoolTable
          t={t}
          caption={t("dashboard.municipality.school")}
          schools={schools}
          columns={months.map((month) => monthLabel(month, locale))}
          cells={({ figures }) =>
            figures.absenceByMonth.map((point) => figure(point.ratePct, "percent"))
          }
        />,
      ),
    concerns: () => (
      <>
        {table(
          "by-level",
          t("dashboard.municipality.concernsTable"),
          null,
          <SchoolTable
            t={t}
            caption={t("dashboard.municipality.school")}
            schools={schools}
            columns={[
              ...(schools[0]?.figures.concerns.byLevel ?? []).map((row) => (
                <LevelBadge key={row.level} level={row.level} t={t} />
              )),
              t("dashboard.concerns.raised"),
              t("dashboard.concerns.closed"),
            ]}
            cells={({ figures }) => [
              ...figures.concerns.byLevel.map((row) => figure(row.count)),
              figure(figures.concerns.raised),
              figure(figures.concerns.closed),
            ]}
          />,
        )}
        {table(
          "by-category",
          t("dashboard.municipality.categoriesTable"),
          null,
          <SchoolTable
            t={t}
            caption={t("dashboard.municipality.school")}
            schools={schools}
            columns={CONCERN_CATEGORIES.map((category) => t(`concerns.categories.${category}`))}
            cells={({ figures }) => figures.concerns.byCategory.map((row) => figure(row.count))}
          />,
        )}
      </>
    ),
    "first-action": () =>
      table(
        "first-action",
        t("dashboard.municipality.firstActionTable"),
        null,
        <SchoolTable
          t={t}
          caption={t("dashboard.municipality.school")}
          schools={schools}
          columns={[
            t("dashboard.municipality.medianDays"),
            ...FIRST_ACTION_BUCKETS.map((bucket) => t(`dashboard.firstAction.buckets.${bucket}`)),
          ]}
          cells={({ figures }) => [
            figure(figures.firstAction.medianDays, "days"),
            ...figures.firstAction.buckets.map((row) => figure(row.count)),
          ]}
        />,
      ),
    thresholds: () =>
      table(
        "thresholds",
        t("dashboard.municipality.thresholdsTable"),
        t("dashboard.municipality.thresholdsIntro"),
        <SchoolTable
          t={t}
          caption={t("dashboard.municipality.school")}
          schools={schools}
          columns={THRESHOLD_RULES.map((rule) => t(`dashboard.thresholds.ruleGeneric.${rule}`))}
          cells={({ figures }) =>
            figures.thresholds.rules.map((row) => [
              figure(row.withoutFollowUp),
              figure(row.withFollowUp),
            ])
          }
        />,
      ),
    forum: () =>
      table(
        "forum",
        t("dashboard.municipality.forumTable"),
        null,
        <SchoolTable
          t={t}
          caption={t("dashboard.municipality.school")}
          schools={schools}
          columns={(
            [
              "meetingsHeld",
              "itemsDiscussed",
              "actionsDone",
              "actionsOpen",
              "actionsOverdue",
              "feedbackGiven",
              "feedbackOverdue",
            ] as const
          ).map((key) => t(`dashboard.forum.${key}`))}
          cells={({ figures }) => [
            figure(figures.forum.meetingsHeld),
            figure(figures.forum.itemsDiscussed),
            figure(figures.forum.actionsDone),
            figure(figures.forum.actionsOpen),
            figure(figures.forum.actionsOverdue),
            figure(figures.forum.feedbackGiven),
            figure(figures.forum.feedbackOverdue),
          ]}
        />,
      ),
  };
  return (
    <DashboardSection
      id="areas"
      title={t("dashboard.municipality.areas")}
      intro={t("dashboard.municipality.areasIntro")}
    >
      <nav
        aria-label={t("dashboard.municipality.areaNav")}
        className="mt-3 flex flex-wrap gap-1 text-sm"
      >
        {MUNICIPALITY_AREAS.map((option) => (
          <Link
            key={option}
            href={hrefFor(option)}
            scroll={false}
            aria-current={option === area ? "page" : undefined}
            className="aria-[current=page]:bg-brand-700 rounded-full px-3 py-1 text-stone-700 hover:bg-stone-100 aria-[current=page]:text-white"
          >
            {t(`dashboard.municipality.areaNames.${option}`)}
          </Link>
        ))}
      </nav>
      {tables[area]()}
    </DashboardSection>
  );
}
