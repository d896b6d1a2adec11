/**
 * The leadership dashboard as a CSV file ("Hent som CSV"): the same tables the page shows, with
 * the same small-cell suppression, and the named list of pupils over a threshold without follow-
 * up. Built by lib/csv-export (formula cells neutralised, `;`, BOM) from the dashboard itself, so
 * the file can never show more than the page.
 */
import "server-only";
import type { Thresholds } from "@/lib/absence/rules";
import { csvSections, type CsvCell } from "@/lib/csv-export";
import type { Translate } from "@/lib/i18n";
import type { SchoolDashboard } from "./school";
import { NO_SCHOOL, SUPPRESSED, type Count, type Measure } from "./suppression";
import type { ThresholdRule } from "./vocabulary";

function figure(value: Count | Measure, t: Translate): CsvCell {
  if (typeof value === "number") return value;
  if (value === NO_SCHOOL) return t("dashboard.markers.noSchool");
  return value === SUPPRESSED ? t("dashboard.markers.suppressed") : t("dashboard.markers.withheld");
}

function ruleName(rule: ThresholdRule, thresholds: Thresholds, t: Translate): string {
  return t(`dashboard.thresholds.ruleShort.${rule}`, {
    notify: thresholds.unauthorisedNotifyPct,
    warning: thresholds.unauthorisedWarningPct,
    days: rule === "CONSECUTIVE" ? thresholds.consecutiveDays : thresholds.patternDays,
    window: thresholds.patternWindowDays,
  });
}

export function schoolDashboardCsv(dashboard: SchoolDashboard, t: Translate): string {
  const settings = dashboard.thresholdSettings;
  return csvSections([
    {
      title: `${dashboard.school.name}: ${t("dashboard.title")} ${dashboard.filter.from}–${dashboard.until}`,
      rows: [],
    },
    {
      title: t("dashboard.absence.byClass"),
      rows: [
        [
          t("dashboard.absence.className"),
          t("dashboard.absence.pupils"),
          t("dashboard.absence.rate"),
          t("dashboard.absence.unauthorised"),
        ],
        ...dashboard.absenceByClass.map((row) => [
          row.className ?? t("dashboard.noClass"),
          figure(row.pupils, t),
          figure(row.ratePct, t),
          figure(row.unauthorisedPct, t),
        ]),
      ],
    },
    {
      title: t("dashboard.absence.byWeek"),
      rows: [
        [
          t("dashboard.absence.weekColumn"),
          t("dashboard.absence.rate"),
          t("dashboard.absence.unauthorised"),
        ],
        ...dashboard.absenceByWeek.map((point) => [
          point.start,
          figure(point.ratePct, t),
          figure(point.unauthorisedPct, t),
        ]),
      ],
    },
    {
      title: t("dashboard.thresholds.title"),
      rows: [
        [
          t("dashboard.thresholds.rule"),
          t("dashboard.thresholds.withoutFollowUp"),
          t("dashboard.thresholds.withFollowUp"),
        ],
        ...dashboard.figures.thresholds.rules.map((row) => [
          ruleName(row.rule, settings, t),
          figure(row.withoutFollowUp, t),
          figure(row.withFollowUp, t),
        ]),
      ],
    },
    {
      title: t("dashboard.thresholds.listTitle"),
      rows: [
        [
          t("dashboard.thresholds.pupil"),
          t("dashboard.absence.className"),
          t("dashboard.thresholds.firedRules"),
        ],
        ...dashboard.overThreshold.items.map((item) => [
          item.pupil.name,
          item.pupil.className ?? t("dashboard.noClass"),
          item.rules.map((rule) => ruleName(rule, settings, t)).join(" · "),
        ]),
        ...(dashboard.overThreshold.more
          ? [[t("dashboard.thresholds.listMore", { count: dashboard.overThreshold.items.length })]]
          : []),
      ],
    },
    {
      title: t("dashboard.workload.title"),
      rows: [
        [
          t("dashboard.workload.name"),
          t("dashboard.workload.openConcerns"),
          t("dashboard.workload.followUpsDue"),
          t("dashboard.workload.openActions"),
          t("dashboard.workload.entriesThisMonth"),
        ],
        ...dashboard.workload.map((row) => [
          row.name,
          figure(row.openConcerns, t),
          figure(row.followUpsDue, t),
          figure(row.openActions, t),
          figure(row.entriesThisMonth, t),
        ]),
      ],
    },
  ]);
}
