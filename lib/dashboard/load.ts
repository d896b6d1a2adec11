/**
 * Both dashboards' common figures for a list of schools, each aggregate one query over all of
 * them: a municipality of 50 schools costs the same number of round trips as one school.
 */
import "server-only";
import type { Thresholds } from "@/lib/absence/rules";
import { loadCalendars, RULES_LOOK_BACK_DAYS } from "@/lib/calendar/load";
import type { SchoolCalendar } from "@/lib/calendar/school-calendar";
import { addDays, isoDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { loadThresholds, type SchoolRules } from "@/lib/worklist/absence";
import type { DashboardFilter } from "./filters";
import { schoolFigures, type SchoolFigures } from "./figures";
import {
  countAbsence,
  countAbsenceTrend,
  countClassSizes,
  countConcerns,
  countFirstAction,
  countForum,
  countOverThreshold,
  countPupils,
  type AggregateScope,
  type ClassAbsenceCounts,
  type ClassSize,
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

/** School days from the period's start to its last day with data (0 for a period still to come). */
export function schoolDaysOf(scope: AggregateScope, calendar: SchoolCalendar): number {
  return calendar.schoolDaysBetween(
    new Date(`${scope.from}T00:00:00Z`),
    new Date(`${scope.until}T00:00:00Z`),
  );
}

/**
 * The schools' thresholds and calendars: the calendars cover the period and the absence rules'
 * reach back from today.
 */
export async function loadSchoolRules(scope: AggregateScope): Promise<SchoolRules> {
  const today = new Date(`${scope.today}T00:00:00Z`);
  const lookBack = addDays(today, -RULES_LOOK_BACK_DAYS);
  const from = new Date(`${scope.from}T00:00:00Z`);
  const [thresholds, calendars] = await Promise.all([
    loadThresholds(db, scope.schoolIds),
    loadCalendars(db, scope.schoolIds, { from: from < lookBack ? from : lookBack, to: today }),
  ]);
  return { thresholds, calendars };
}

export type LoadedSchools = {
  figures: Map<string, SchoolFigures>;
  thresholds: Map<string, Thresholds>;
  /** Raw, for the school dashboard's class table to suppress: never returned as is. */
  absenceByClass: Map<string, ClassAbsenceCounts[]>;
  /** Each school's school days in the period. */
  schoolDays: Map<string, number>;
};

/** The figures every dashboard shows, per school, suppressed. */
export async function loadSchoolFigures(
  scope: AggregateScope,
  options: {
    absenceByClass?: boolean;
    /** The schools' thresholds and calendars, when the caller has read them already. */
    rules?: SchoolRules;
    /** The class sizes, when the caller is counting them already (countClassSizes). */
    sizes?: Promise<ClassSize[]>;
  } = {},
): Promise<LoadedSchools> {
  // Nothing is awaited between starting a read and handing it to Promise.all: a read that failed
  // while another was awaited would be an unhandled rejection.
  const sizes = options.sizes ?? countClassSizes(db, scope);
  const rulesRead = options.rules ? Promise.resolve(options.rules) : loadSchoolRules(scope);
  // Independent read-only aggregates: in parallel, each on its own pooled connection; those that
  // need the class sizes or the thresholds start once these are read.
  const [classSizes, rules, concerns, firstAction, absence, byMonth, overThreshold, forum] =
    await Promise.all([
      sizes,
      rulesRead,
      countConcerns(db, scope),
      countFirstAction(db, scope),
      sizes.then((counted) =>
        countAbsence(db, scope, counted, { byClass: options.absenceByClass ?? true }),
      ),
      Promise.all([sizes, rulesRead]).then(([counted, read]) =>
        countAbsenceTrend(db, scope, counted, "month", read.calendars),
      ),
      rulesRead.then((read) => countOverThreshold(db, scope, read)),
      countForum(db, scope),
    ]);
  const pupils = countPupils(scope, classSizes);
  const schoolDays = new Map(
    scope.schoolIds.map((schoolId) => [
      schoolId,
      schoolDaysOf(scope, rules.calendars.get(schoolId)!),
    ]),
  );
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
        schoolDays.get(schoolId)!,
      ),
    ]),
  );
  const absenceByClass = new Map(
    scope.schoolIds.map((schoolId) => [schoolId, absence.get(schoolId)!.byClass]),
  );
  return { figures, thresholds: rules.thresholds, absenceByClass, schoolDays };
}
