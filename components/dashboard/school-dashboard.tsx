/**
 * The leadership dashboard's sections, drawn from the suppressed DTO of lib/dashboard/school.ts:
 * key figures first (what leadership looks at when a meeting starts), then concerns, absence,
 * the absence thresholds with the names leadership must act on, time to first action, the forum,
 * and the trivselspersons' workload.
 */
import { Link } from "@/components/ui/link";
import { LevelBadge } from "@/components/concerns/concern-badges";
import { EmptyState } from "@/components/ui/layout";
import { Table, Td } from "@/components/ui/table";
import type { SchoolDashboard } from "@/lib/dashboard/school";
import type { Count } from "@/lib/dashboard/suppression";
import type { ThresholdRule } from "@/lib/dashboard/vocabulary";
import type { Thresholds } from "@/lib/absence/rules";
import { formatDate, type Locale, type Translate } from "@/lib/i18n";
import { ChartCard, DashboardSection, KeyFigure } from "./chart-card";
import { BarsChart, ColumnsChart, TrendChart } from "./charts";
import { CHART_COLOURS } from "./colours";
import {
  breakdownSummary,
  chartPoint,
  Figure,
  figureText,
  isoWeekOf,
  monthLabel,
  trendSummary,
} from "./format";

type Props = { dashboard: SchoolDashboard; t: Translate; locale: Locale };

export function gradeLabel(grade: number | null, t: Translate): string {
  return grade === null ? t("dashboard.noClass") : t("dashboard.grade", { grade });
}

export function ruleText(
  rule: ThresholdRule,
  thresholds: Thresholds,
  t: Translate,
  form: "rules" | "ruleShort" = "rules",
): string {
  return t(`dashboard.thresholds.${form}.${rule}`, {
    notify: thresholds.unauthorisedNotifyPct,
    warning: thresholds.unauthorisedWarningPct,
    days: rule === "CONSECUTIVE" ? thresholds.consecutiveDays : thresholds.patternDays,
    window: thresholds.patternWindowDays,
  });
}

export function KeyFigures({ dashboard, t, locale }: Props) {
  const { figures } = dashboard;
  const fig = (value: Parameters<typeof figureText>[0], unit: Parameters<typeof figureText>[1]) =>
    figureText(value, unit, t, locale);
  return (
    <dl className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3" data-testid="key-figures">
      <KeyFigure
        label={t("dashboard.kpi.openConcerns")}
        value={<Figure value={figures.concerns.open} t={t} locale={locale} />}
        hint={t("dashboard.kpi.openConcernsHint", {
          per100: t("dashboard.units.per100", {
            value: fig(figures.concerns.openPer100, "per100"),
          }),
          raised: fig(figures.concerns.raised, "count"),
        })}
      />
      <KeyFigure
        label={t("dashboard.kpi.absence")}
        value={<Figure value={figures.absence.ratePct} unit="percent" t={t} locale={locale} />}
        hint={t("dashboard.kpi.absenceHint", {
          value: fig(figures.absence.unauthorisedPct, "percent"),
        })}
      />
      <KeyFigure
        label={t("dashboard.kpi.overThreshold")}
        value={<Figure value={figures.thresholds.withoutFollowUp} t={t} locale={locale} />}
        hint={t("dashboard.kpi.overThresholdHint")}
        tone={typeof figures.thresholds.withoutFollowUp === "number" ? "attention" : "neutral"}
      />
      <KeyFigure
        label={t("dashboard.kpi.firstAction")}
        value={<Figure value={figures.firstAction.medianDays} unit="days" t={t} locale={locale} />}
        hint={t("dashboard.kpi.firstActionHint")}
      />
      <KeyFigure
        label={t("dashboard.kpi.overdueActions")}
        value={<Figure value={figures.forum.actionsOverdue} t={t} locale={locale} />}
        hint={t("dashboard.kpi.overdueActionsHint", {
          open: fig(figures.forum.actionsOpen, "count"),
        })}
        tone={typeof figures.forum.actionsOverdue === "number" ? "attention" : "neutral"}
      />
      <KeyFigure
        label={t("dashboard.kpi.consents")}
        value={<Figure value={figures.consentsExpiring} t={t} locale={locale} />}
        hint={t("dashboard.kpi.consentsHint")}
      />
    </dl>
  );
}

export function ConcernsSection({ dashboard, t, locale }: Props) {
  const { concerns } = dashboard.figures;
  type Row = { key: string; label: string; figure: Count };
  const categories: Row[] = concerns.byCategory.map((row) => ({
    key: row.category,
    label: t(`concerns.categories.${row.category}`),
    figure: row.count,
  }));
  const levels = concerns.byLevel.map((row) => ({
    key: row.level,
    label: t(`concerns.levels.${row.level}`),
    figure: row.count,
    colour: CHART_COLOURS[row.level],
  }));
  const grades = concerns.byGrade.map((row) => ({
    key: String(row.grade),
    label:
      row.grade === null ? t("dashboard.noClass") : t("dashboard.gradeShort", { grade: row.grade }),
    figure: row.count,
  }));
  const bars = (rows: Row[]) =>
    rows.map((row) => ({ label: row.label, ...chartPoint(row.figure, "count", t, locale) }));
  const table = (rows: Row[], head: string) => ({
    head: [head, t("dashboard.concerns.count")],
    rows: rows.map((row) => ({
      key: row.key,
      cells: [row.label, <Figure key="n" value={row.figure} t={t} locale={locale} />],
    })),
  });
  return (
    <DashboardSection
      id="concerns"
      title={t("dashboard.concerns.title")}
      intro={t("dashboard.concerns.intro", { date: formatDate(dashboard.until, locale) })}
    >
      <dl className="mb-3 flex flex-wrap gap-x-8 gap-y-1 text-sm">
        {(
          [
            ["raised", concerns.raised],
            ["closed", concerns.closed],
            ["open", concerns.open],
          ] as const
        ).map(([key, value]) => (
          <div key={key} className="flex gap-2">
            <dt className="text-stone-600">{t(`dashboard.concerns.${key}`)}</dt>
            <dd className="font-semibold">
              <Figure value={value} t={t} locale={locale} />
            </dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard
          id="concerns-category"
          title={t("dashboard.concerns.byCategory")}
          summary={breakdownSummary(categories, "count", t, locale)}
          chart={<BarsChart data={bars(categories)} labelWidth={150} />}
          table={table(categories, t("dashboard.concerns.category"))}
          t={t}
          className="lg:row-span-2"
        />
        <ChartCard
          id="concerns-level"
          title={t("dashboard.concerns.byLevel")}
          summary={breakdownSummary(levels, "count", t, locale)}
          chart={
            <BarsChart
              data={levels.map((row) => ({
                label: row.label,
                colour: row.colour,
                ...chartPoint(row.figure, "count", t, locale),
              }))}
            />
          }
          table={{
            head: [t("dashboard.concerns.level"), t("dashboard.concerns.count")],
            rows: concerns.byLevel.map((row) => ({
              key: row.level,
              cells: [
                <LevelBadge key="l" level={row.level} t={t} />,
                <Figure key="n" value={row.count} t={t} locale={locale} />,
              ],
            })),
          }}
          t={t}
        />
        <ChartCard
          id="concerns-grade"
          title={t("dashboard.concerns.byGrade")}
          summary={breakdownSummary(grades, "count", t, locale)}
          chart={<ColumnsChart data={bars(grades)} />}
          table={table(grades, t("dashboard.concerns.gradeColumn"))}
          t={t}
        />
      </div>
    </DashboardSection>
  );
}

export function AbsenceSection({ dashboard, t, locale }: Props) {
  const { absence } = dashboard.figures;
  if (absence.schoolDays === 0) {
    return (
      <DashboardSection id="absence" title={t("dashboard.absence.title")}>
        <EmptyState>{t("dashboard.absence.noDays")}</EmptyState>
      </DashboardSection>
    );
  }
  const classes = dashboard.absenceByClass.map((row) => ({
    key: row.classId ?? "none",
    label: row.className ?? t("dashboard.noClass"),
    figure: row.ratePct,
    row,
  }));
  const weeks = dashboard.absenceByWeek.map((point) => ({
    key: point.start,
    label: t("dashboard.absence.week", { week: isoWeekOf(point.start) }),
    figure: point.ratePct,
    point,
  }));
  const months = dashboard.figures.absenceByMonth.map((point) => ({
    key: point.start,
    label: monthLabel(point.start, locale),
    figure: point.ratePct,
    point,
  }));
  const trendTable = (rows: typeof weeks, head: string) => ({
    head: [head, t("dashboard.absence.rate"), t("dashboard.absence.unauthorised")],
    rows: rows.map(({ key, label, point }) => ({
      key,
      cells: [
        label,
        <Figure key="r" value={point.ratePct} unit="percent" t={t} locale={locale} />,
        <Figure key="u" value={point.unauthorisedPct} unit="percent" t={t} locale={locale} />,
      ],
    })),
  });
  const names = {
    rate: t("dashboard.absence.rate"),
    unauthorised: t("dashboard.absence.unauthorised"),
  };
  const trend = (rows: typeof weeks) =>
    rows.map(({ label, point }) => ({
      label,
      rate: typeof point.ratePct === "number" ? point.ratePct : null,
      unauthorised: typeof point.unauthorisedPct === "number" ? point.unauthorisedPct : null,
    }));
  return (
    <DashboardSection
      id="absence"
      title={t("dashboard.absence.title")}
      intro={t("dashboard.absence.intro", {
        from: formatDate(dashboard.filter.from, locale),
        until: formatDate(dashboard.until, locale),
        days: absence.schoolDays,
      })}
    >
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard
          id="absence-class"
          title={t("dashboard.absence.byClass")}
          summary={breakdownSummary(classes, "percent", t, locale)}
          chart={
            <ColumnsChart
              data={classes.map((row) => ({
                label: row.label,
                ...chartPoint(row.figure, "percent", t, locale),
              }))}
            />
          }
          table={{
            head: [
              t("dashboard.absence.className"),
              t("dashboard.absence.pupils"),
              t("dashboard.absence.rate"),
              t("dashboard.absence.unauthorised"),
            ],
            rows: classes.map(({ key, label, row }) => ({
              key,
              cells: [
                label,
                <Figure key="p" value={row.pupils} t={t} locale={locale} />,
                <Figure key="r" value={row.ratePct} unit="percent" t={t} locale={locale} />,
                <Figure key="u" value={row.unauthorisedPct} unit="percent" t={t} locale={locale} />,
              ],
            })),
          }}
          t={t}
          className="lg:col-span-2"
        />
        <ChartCard
          id="absence-week"
          title={t("dashboard.absence.byWeek")}
          summary={trendSummary(weeks, t, locale)}
          chart={<TrendChart data={trend(weeks)} names={names} locale={locale} />}
          table={trendTable(weeks, t("dashboard.absence.weekColumn"))}
          t={t}
        />
        <ChartCard
          id="absence-month"
          title={t("dashboard.absence.byMonth")}
          summary={trendSummary(months, t, locale)}
          chart={<TrendChart data={trend(months)} names={names} locale={locale} />}
          table={trendTable(months, t("dashboard.absence.monthColumn"))}
          t={t}
        />
      </div>
    </DashboardSection>
  );
}

export function ThresholdsSection({ dashboard, t, locale }: Props) {
  const { thresholds } = dashboard.figures;
  const settings = dashboard.thresholdSettings;
  const { items, more } = dashboard.overThreshold;
  return (
    <DashboardSection
      id="thresholds"
      title={t("dashboard.thresholds.title")}
      intro={t("dashboard.thresholds.intro")}
    >
      <div className="grid gap-4 xl:grid-cols-2">
        <Table
          caption={t("dashboard.thresholds.title")}
          head={[
            t("dashboard.thresholds.rule"),
            t("dashboard.thresholds.withoutFollowUp"),
            t("dashboard.thresholds.withFollowUp"),
          ]}
        >
          {thresholds.rules.map((row) => (
            <tr key={row.rule}>
              <Td>{ruleText(row.rule, settings, t)}</Td>
              <Td className="text-right font-semibold">
                <Figure value={row.withoutFollowUp} t={t} locale={locale} />
              </Td>
              <Td className="text-right">
                <Figure value={row.withFollowUp} t={t} locale={locale} />
              </Td>
            </tr>
          ))}
        </Table>
        <section
          aria-labelledby="over-threshold-list"
          className="rounded-lg border border-stone-200 bg-white p-5 shadow-xs"
          data-testid="over-threshold-list"
        >
          <h3 id="over-threshold-list" className="text-base font-semibold text-stone-900">
            {t("dashboard.thresholds.listTitle")}
          </h3>
          <p className="mt-1 text-sm text-stone-600">{t("dashboard.thresholds.listIntro")}</p>
          {items.length === 0 ? (
            <p className="mt-3 text-sm text-stone-600">{t("dashboard.thresholds.listEmpty")}</p>
          ) : (
            <ul className="mt-3 divide-y divide-stone-100 text-sm">
              {items.map((item) => (
                <li key={item.pupil.id} className="flex flex-wrap justify-between gap-2 py-2">
                  <Link
                    href={`/pupils/${item.pupil.id}`}
                    className="text-brand-700 font-medium hover:underline"
                  >
                    {item.pupil.name}
                    {item.pupil.className ? (
                      <span className="font-normal text-stone-600"> · {item.pupil.className}</span>
                    ) : null}
                  </Link>
                  <span className="text-stone-700">
                    <span className="sr-only">{t("dashboard.thresholds.firedRules")}: </span>
                    {item.rules.map((rule) => ruleText(rule, settings, t, "ruleShort")).join(" · ")}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {more ? (
            <p className="mt-2 text-xs text-stone-600">
              {t("dashboard.thresholds.listMore", { count: items.length })}
            </p>
          ) : null}
        </section>
      </div>
    </DashboardSection>
  );
}

export function FirstActionSection({ dashboard, t, locale }: Props) {
  const { firstAction } = dashboard.figures;
  const buckets = firstAction.buckets.map((row) => ({
    key: row.bucket,
    label: t(`dashboard.firstAction.buckets.${row.bucket}`),
    figure: row.count,
  }));
  return (
    <DashboardSection
      id="first-action"
      title={t("dashboard.firstAction.title")}
      intro={t("dashboard.firstAction.intro")}
    >
      <div className="grid gap-4 lg:grid-cols-[16rem_1fr]">
        <dl className="grid content-start gap-3">
          <KeyFigure
            label={t("dashboard.firstAction.median")}
            value={<Figure value={firstAction.medianDays} unit="days" t={t} locale={locale} />}
          />
          <KeyFigure
            label={t("dashboard.firstAction.concerns")}
            value={<Figure value={firstAction.concerns} t={t} locale={locale} />}
          />
        </dl>
        <ChartCard
          id="first-action"
          title={t("dashboard.firstAction.distribution")}
          summary={breakdownSummary(buckets, "count", t, locale)}
          chart={
            <BarsChart
              data={buckets.map((row) => ({
                label: row.label,
                ...chartPoint(row.figure, "count", t, locale),
              }))}
            />
          }
          table={{
            head: [t("dashboard.firstAction.bucket"), t("dashboard.concerns.count")],
            rows: buckets.map((row) => ({
              key: row.key,
              cells: [row.label, <Figure key="n" value={row.figure} t={t} locale={locale} />],
            })),
          }}
          t={t}
        />
      </div>
    </DashboardSection>
  );
}

export function ForumSection({ dashboard, t, locale }: Props) {
  const { forum, consentsExpiring } = dashboard.figures;
  const items = [
    ["meetingsHeld", forum.meetingsHeld],
    ["itemsDiscussed", forum.itemsDiscussed],
    ["actionsDone", forum.actionsDone],
    ["actionsOpen", forum.actionsOpen],
    ["actionsOverdue", forum.actionsOverdue],
    ["feedbackGiven", forum.feedbackGiven],
    ["feedbackOverdue", forum.feedbackOverdue],
    ["consentsExpiring", consentsExpiring],
  ] as const;
  return (
    <DashboardSection
      id="forum"
      title={t("dashboard.forum.title")}
      intro={t("dashboard.forum.intro")}
    >
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {items.map(([key, value]) => (
          <KeyFigure
            key={key}
            label={t(`dashboard.forum.${key}`)}
            value={<Figure value={value} t={t} locale={locale} />}
          />
        ))}
      </dl>
    </DashboardSection>
  );
}

export function WorkloadSection({ dashboard, t, locale }: Props) {
  return (
    <DashboardSection
      id="workload"
      title={t("dashboard.workload.title")}
      intro={t("dashboard.workload.intro")}
    >
      {dashboard.workload.length === 0 ? (
        <EmptyState>{t("dashboard.workload.empty")}</EmptyState>
      ) : (
        <Table
          caption={t("dashboard.workload.title")}
          head={[
            t("dashboard.workload.name"),
            t("dashboard.workload.openConcerns"),
            t("dashboard.workload.followUpsDue"),
            t("dashboard.workload.openActions"),
            t("dashboard.workload.entriesThisMonth"),
          ]}
        >
          {dashboard.workload.map((row) => (
            <tr key={row.userId}>
              <Td className="font-medium">{row.name}</Td>
              {(["openConcerns", "followUpsDue", "openActions", "entriesThisMonth"] as const).map(
                (key) => (
                  <Td key={key} className="text-right">
                    <Figure value={row[key]} t={t} locale={locale} />
                  </Td>
                ),
              )}
            </tr>
          ))}
        </Table>
      )}
    </DashboardSection>
  );
}
