/**
 * Both dashboards' common figures for a list of schools, each aggregate one query over all of
 * them: a municipality of 50 schools costs the same number of round trips as one school.
 */
import "server-only";
import type { Thresholds } from "@/lib/absence/rules";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { weekdaysBetween } from "@/lib/worklist/school-days";
import { loadThresholds } from "@/lib/worklist/absence";
import type { DashboardFilter } from "./filters";
import { schoolFigures, type SchoolFigures } from "./figures";
import {
  countAbsence,
  countAbsenceTrend,
  countConcerns,
  countFirstAction,
  countForum,
  countOverThreshold,
  countPupils,
  type AggregateScope,
  type ClassAbsenceCounts,
} from "./queries";

export function aggregateScope(
  schoolIds: readonly string[],
  filter: DashboardFilter,
  today: Date,
): AggregateScope {
  const todayIso = isoDay(today);
  return {
    schoolIds,
    from: filter.from,
    to: filter.to,
    until: filter.to < todayIso ? filter.to : todayIso,
    today: todayIso,
    grade: filter.grade,
  };
}

/** Weekdays from the period's start to its last day with data (0 for a period still to come). */
export function schoolDaysOf(scope: AggregateScope): number {
  return weekdaysBetween(new Date(`${scope.from}T00:00:00Z`), new Date(`${scope.until}T00:00:00Z`));
}

export type LoadedSchools = {
  figures: Map<string, SchoolFigures>;
  thresholds: Map<string, Thresholds>;
  /** Raw, for the school dashboard's class table to suppress: never returned as is. */
  absenceByClass: Map<string, ClassAbsenceCounts[]>;
  schoolDays: number;
};

/** The figures every dashboard shows, per school, suppressed. */
export async function loadSchoolFigures(
  scope: AggregateScope,
  options: {
    absenceByClass?: boolean;
    /** The schools' thresholds, when the caller has read them already. */
    thresholds?: Map<string, Thresholds>;
  } = {},
): Promise<LoadedSchools> {
  const thresholds = options.thresholds ?? (await loadThresholds(db, scope.schoolIds));
  // Independent read-only aggregates: in parallel, each on its own pooled connection.
  const [pupils, concerns, firstAction, absence, byMonth, overThreshold, forum] = await Promise.all(
    [
      countPupils(db, scope),
      countConcerns(db, scope),
      countFirstAction(db, scope),
      countAbsence(db, scope, { byClass: options.absenceByClass ?? true }),
      countAbsenceTrend(db, scope, "month"),
      countOverThreshold(db, scope, thresholds),
      countForum(db, scope),
    ],
  );
  const schoolDays = schoolDaysOf(scope);
  const figures = new Map(
    scope.schoolIds.map((schoolId) => [
      schoolId,
      schoolFigures(
        {
          pupils: pupils.get(schoolId)!.pupils,
          grades: pupils.get(schoolId)!.grades,
          concerns: concerns.get(schoolId)!,
          firstAction: firstAction.get(schoolId)!,
          absence: absence.get(schoolId)!.total,
          absenceByMonth: byMonth.get(schoolId)!,
          thresholds: overThreshold.get(schoolId)!,
          forum: forum.get(schoolId)!,
        },
        schoolDays,
      ),
    ]),
  );
  const absenceByClass = new Map(
    scope.schoolIds.map((schoolId) => [schoolId, absence.get(schoolId)!.byClass]),
  );
  return { figures, thresholds, absenceByClass, schoolDays };
}
