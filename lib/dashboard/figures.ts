/**
 * From raw counts (queries.ts) to the figures a dashboard may show: every count, rate and median
 * goes through suppression.ts here, so nothing else in the app sees a raw count. Shared by the
 * school dashboard and the municipality view.
 */
import "server-only";
import { CONCERN_CATEGORIES, CONCERN_LEVELS } from "@/lib/concerns/constants";
import type { ConcernCategory, ConcernLevel } from "@/lib/generated/prisma/enums";
import type {
  AbsenceCounts,
  ConcernCounts,
  FirstActionCounts,
  ForumCounts,
  ThresholdCounts,
  TrendCounts,
} from "./queries";
import {
  followCount,
  percent,
  round1,
  suppress,
  suppressMeasure,
  suppressBreakdown,
  suppressMeasures,
  NO_SCHOOL,
  WITHHELD,
  type Count,
  type Measure,
} from "./suppression";

import {
  FIRST_ACTION_BUCKETS,
  THRESHOLD_RULES,
  type FirstActionBucket,
  type ThresholdRule,
} from "./vocabulary";

export type ConcernFigures = {
  /** Raised in the period. */
  raised: Count;
  /** Closed in the period. */
  closed: Count;
  /** Open at the end of the period. */
  open: Count;
  openPer100: Measure;
  byLevel: { level: ConcernLevel; count: Count }[];
  byCategory: { category: ConcernCategory; count: Count }[];
  /** `grade` null: pupils without a class. */
  byGrade: { grade: number | null; count: Count }[];
};

export type FirstActionFigures = {
  /** Concerns raised in the period. */
  concerns: Count;
  medianDays: Measure;
  buckets: { bucket: FirstActionBucket; count: Count }[];
};

export type AbsenceFigures = {
  /** Weekdays of the period up to today: the app counts weekdays as school days. */
  schoolDays: number;
  ratePct: Measure;
  unauthorisedPct: Measure;
};

export type TrendPoint = {
  /** First day of the week (Monday) or month. */
  start: string;
  ratePct: Measure;
  unauthorisedPct: Measure;
};

export type ThresholdFigures = {
  rules: { rule: ThresholdRule; withFollowUp: Count; withoutFollowUp: Count }[];
  /** Pupils over at least one threshold without its follow-up. */
  withoutFollowUp: Count;
  withoutFollowUpPer100: Measure;
};

export type ForumFigures = {
  [K in keyof Omit<ForumCounts, "consentsExpiring">]: Count;
};

/** What both dashboards show of one school. */
export type SchoolFigures = {
  pupils: Count;
  concerns: ConcernFigures;
  firstAction: FirstActionFigures;
  absence: AbsenceFigures;
  absenceByMonth: TrendPoint[];
  thresholds: ThresholdFigures;
  forum: ForumFigures;
  consentsExpiring: Count;
};

export type RawSchool = {
  pupils: number;
  grades: number[];
  concerns: ConcernCounts;
  firstAction: FirstActionCounts;
  absence: AbsenceCounts;
  absenceByMonth: TrendCounts[];
  thresholds: ThresholdCounts;
  forum: ForumCounts;
};

/** Per 100 pupils, one decimal; shown with the count it comes from, over at least 5 pupils. */
function per100(count: number, shownCount: Count, pupils: number): Measure {
  return followCount(shownCount, suppressMeasure(percent(count, pupils), { size: pupils }));
}

export function concernFigures(
  counts: ConcernCounts,
  pupils: number,
  schoolGrades: readonly number[],
): ConcernFigures {
  const levels = [...CONCERN_LEVELS].reverse();
  const byLevel = suppressBreakdown(
    counts.open,
    levels.map((level) => counts.byLevel.get(level) ?? 0),
  );
  // Every grade of the school, also those without open concerns (0 shows as "<5" too).
  const grades = [...new Set<number | null>([...schoolGrades, ...counts.byGrade.keys()])].sort(
    (a, b) => (a ?? Number.MAX_SAFE_INTEGER) - (b ?? Number.MAX_SAFE_INTEGER),
  );
  const byGrade = suppressBreakdown(
    counts.open,
    grades.map((grade) => counts.byGrade.get(grade) ?? 0),
  );
  // Open concerns are the total of both breakdowns: withheld if either needs it.
  const open = byLevel.total === WITHHELD ? byLevel.total : byGrade.total;
  return {
    raised: suppress(counts.raised),
    closed: suppress(counts.closed),
    open,
    openPer100: per100(counts.open, open, pupils),
    byLevel: levels.map((level, index) => ({ level, count: byLevel.cells[index]! })),
    // Categories overlap (a concern has several), so they are no breakdown of a shown total.
    byCategory: CONCERN_CATEGORIES.map((category) => ({
      category,
      count: suppress(counts.byCategory.get(category) ?? 0),
    })),
    byGrade: grades.map((grade, index) => ({ grade, count: byGrade.cells[index]! })),
  };
}

export function firstActionFigures(counts: FirstActionCounts): FirstActionFigures {
  const buckets = suppressBreakdown(
    counts.concerns,
    FIRST_ACTION_BUCKETS.map((bucket) => counts.buckets[bucket]),
  );
  return {
    concerns: buckets.total,
    medianDays: suppressMeasure(counts.medianDays === null ? null : round1(counts.medianDays), {
      size: counts.acted,
    }),
    buckets: FIRST_ACTION_BUCKETS.map((bucket, index) => ({
      bucket,
      count: buckets.cells[index]!,
    })),
  };
}

/** Absence days / (pupils × school days), in per cent. */
function absenceRate(counts: AbsenceCounts, schoolDays: number, kind: "all" | "unauthorised") {
  const days = kind === "all" ? counts.absentDays : counts.unauthorisedDays;
  return percent(days, counts.pupils * schoolDays);
}

export function absenceFigures(counts: AbsenceCounts, schoolDays: number): AbsenceFigures {
  return {
    schoolDays,
    ratePct: suppressMeasure(absenceRate(counts, schoolDays, "all"), {
      size: counts.pupils,
      contributing: counts.absentPupils,
    }),
    unauthorisedPct: suppressMeasure(absenceRate(counts, schoolDays, "unauthorised"), {
      size: counts.pupils,
      contributing: counts.unauthorisedPupils,
    }),
  };
}

/**
 * Rates over a breakdown of the school's absence (classes, weeks, months): each suppressed by its
 * own group, and one more withheld beside a suppressed one (suppressMeasures), per column.
 */
export function absenceBreakdown(
  rows: readonly (AbsenceCounts & { schoolDays: number })[],
): { ratePct: Measure; unauthorisedPct: Measure }[] {
  const all = suppressMeasures(
    rows.map((row) => ({
      value: absenceRate(row, row.schoolDays, "all"),
      size: row.pupils,
      contributing: row.absentPupils,
    })),
  );
  const unauthorised = suppressMeasures(
    rows.map((row) => ({
      value: absenceRate(row, row.schoolDays, "unauthorised"),
      size: row.pupils,
      contributing: row.unauthorisedPupils,
    })),
  );
  return rows.map((_, index) => ({ ratePct: all[index]!, unauthorisedPct: unauthorised[index]! }));
}

/**
 * A week's or month's rates, suppressed among the weeks or months with school days; one without
 * (a holiday) is NO_SCHOOL, neither shown nor hidden.
 */
export function trendFigures(points: readonly TrendCounts[]): TrendPoint[] {
  const rates = absenceBreakdown(points.filter((point) => point.schoolDays > 0));
  let next = 0;
  return points.map((point) =>
    point.schoolDays > 0
      ? { start: point.start, ...rates[next++]! }
      : { start: point.start, ratePct: NO_SCHOOL, unauthorisedPct: NO_SCHOOL },
  );
}

export function thresholdFigures(counts: ThresholdCounts, pupils: number): ThresholdFigures {
  const withoutFollowUp = suppress(counts.anyOpen);
  return {
    rules: THRESHOLD_RULES.map((rule) => ({
      rule,
      withFollowUp: suppress(counts[rule].followed),
      withoutFollowUp: suppress(counts[rule].open),
    })),
    withoutFollowUp,
    withoutFollowUpPer100: per100(counts.anyOpen, withoutFollowUp, pupils),
  };
}

export function forumFigures(counts: ForumCounts): ForumFigures {
  return {
    meetingsHeld: suppress(counts.meetingsHeld),
    itemsDiscussed: suppress(counts.itemsDiscussed),
    actionsDone: suppress(counts.actionsDone),
    actionsOpen: suppress(counts.actionsOpen),
    actionsOverdue: suppress(counts.actionsOverdue),
    feedbackGiven: suppress(counts.feedbackGiven),
    feedbackOverdue: suppress(counts.feedbackOverdue),
  };
}

export function schoolFigures(raw: RawSchool, schoolDays: number): SchoolFigures {
  const firstAction = firstActionFigures(raw.firstAction);
  return {
    pupils: suppress(raw.pupils),
    // The concerns raised in the period are the total of the first-action breakdown: one figure.
    concerns: {
      ...concernFigures(raw.concerns, raw.pupils, raw.grades),
      raised: firstAction.concerns,
    },
    firstAction,
    absence: absenceFigures(raw.absence, schoolDays),
    absenceByMonth: trendFigures(raw.absenceByMonth),
    thresholds: thresholdFigures(raw.thresholds, raw.pupils),
    forum: forumFigures(raw.forum),
    consentsExpiring: suppress(raw.forum.consentsExpiring),
  };
}
