/**
 * The leadership's dashboard of the active school (DESIGN.md §4 flow 7): concerns, absence and its
 * development, pupils over the absence thresholds, time from concern to first action, the forum's
 * throughput, expiring consents and the trivselspersons' workload — every figure suppressed below
 * 5 (suppression.ts). No case content anywhere; names only in the list of pupils over a threshold
 * without follow-up, which leadership must act on (the notify duty at 15 %), and each pupil on it
 * gets a line in the audit trail.
 */
import "server-only";
import { className } from "@/lib/admin/classes";
import type { Thresholds } from "@/lib/absence/rules";
import { recordPupilReads } from "@/lib/audit";
import { assertCan, dashboardSchoolScope, ForbiddenError, type Actor } from "@/lib/auth/policy";
import type { PupilLabel } from "@/lib/concerns/shared";
import { todayInDenmark } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { absenceBreakdown, trendFigures, type SchoolFigures, type TrendPoint } from "./figures";
import { schoolYearPeriod, type DashboardFilter } from "./filters";
import { aggregateScope, loadSchoolFigures, loadSchoolRules } from "./load";
import { countAbsenceTrend, countClassSizes, countWorkload, listOverThreshold } from "./queries";
import { suppress, suppressPartition, type Count, type Measure } from "./suppression";
import type { ThresholdRule } from "./vocabulary";

/** The named list shows at most this many pupils, and says when there are more. */
export const OVER_THRESHOLD_LIST_LIMIT = 100;

export type ClassAbsenceRow = {
  classId: string | null;
  /** "4.A"; null for pupils without a class. */
  className: string | null;
  grade: number | null;
  pupils: Count;
  ratePct: Measure;
  unauthorisedPct: Measure;
};

export type WorkloadRow = {
  userId: string;
  name: string;
  openConcerns: Count;
  followUpsDue: Count;
  openActions: Count;
  entriesThisMonth: Count;
};

export type OverThresholdItem = { pupil: PupilLabel; rules: ThresholdRule[] };

export type SchoolDashboard = {
  school: { id: string; name: string };
  filter: DashboardFilter;
  /** "YYYY-MM-DD": today; thresholds, overdue and expiring are as of this day. */
  today: string;
  /** The last day the period's figures count (the period's end, or today). */
  until: string;
  /** The school's grades, for the filter. */
  grades: number[];
  figures: SchoolFigures;
  absenceByClass: ClassAbsenceRow[];
  absenceByWeek: TrendPoint[];
  thresholdSettings: Thresholds;
  overThreshold: { items: OverThresholdItem[]; more: boolean };
  workload: WorkloadRow[];
};

export async function getSchoolDashboard(
  actor: Actor,
  options: { filter?: DashboardFilter; today?: Date } = {},
): Promise<SchoolDashboard> {
  assertCan(actor, "dashboard:view");
  const school = await db.school.findFirst({
    where: dashboardSchoolScope(actor),
    select: { id: true, name: true },
  });
  if (!school) throw new ForbiddenError("scope");
  const today = options.today ?? todayInDenmark();
  const filter = options.filter ?? { ...schoolYearPeriod(today), grade: null };
  const scope = aggregateScope([school.id], filter, today);

  const rules = await loadSchoolRules(scope);
  const sizes = countClassSizes(db, scope);
  // Independent reads, at once; nothing is returned before the names' audit lines are written.
  const [loaded, byWeek, workload, grades, listed] = await Promise.all([
    loadSchoolFigures(scope, { rules, sizes }),
    sizes.then((counted) => countAbsenceTrend(db, scope, counted, "week", rules.calendars)),
    countWorkload(db, school.id, scope.today),
    db.class.findMany({
      where: { schoolId: school.id, active: true },
      distinct: ["grade"],
      orderBy: { grade: "asc" },
      select: { grade: true },
    }),
    // The names, with one audit line per pupil shown, in one transaction: no audit, no names.
    db.$transaction(async (tx) => {
      const rows = await listOverThreshold(tx, scope, rules, OVER_THRESHOLD_LIST_LIMIT + 1);
      const shown = rows.slice(0, OVER_THRESHOLD_LIST_LIMIT);
      await recordPupilReads(
        tx,
        actor,
        { action: "dashboard.read", purpose: "dashboard" },
        shown.map((row) => row.pupilId),
      );
      return { shown, more: rows.length > shown.length };
    }),
  ]);

  const classes = loaded.absenceByClass.get(school.id)!;
  const classPupils = suppressPartition(classes.map((row) => row.pupils));
  const classRates = absenceBreakdown(
    classes.map((row) => ({ ...row, schoolDays: loaded.schoolDays.get(school.id)! })),
  );

  return {
    school,
    filter,
    today: scope.today,
    until: scope.until,
    grades: grades.map((row) => row.grade),
    figures: loaded.figures.get(school.id)!,
    absenceByClass: classes.map((row, index) => ({
      classId: row.classId,
      className:
        row.grade !== null && row.letter !== null
          ? className({ grade: row.grade, letter: row.letter })
          : null,
      grade: row.grade,
      pupils: classPupils[index]!,
      ...classRates[index]!,
    })),
    absenceByWeek: trendFigures(byWeek.get(school.id)!),
    thresholdSettings: loaded.thresholds.get(school.id)!,
    overThreshold: {
      items: listed.shown.map((row) => ({
        pupil: {
          id: row.pupilId,
          name: `${row.firstName} ${row.lastName}`,
          className:
            row.grade !== null && row.letter !== null
              ? className({ grade: row.grade, letter: row.letter })
              : null,
        },
        rules: row.rules,
      })),
      more: listed.more,
    },
    workload: workload.map((row) => ({
      userId: row.userId,
      name: row.name,
      openConcerns: suppress(row.openConcerns),
      followUpsDue: suppress(row.followUpsDue),
      openActions: suppress(row.openActions),
      entriesThisMonth: suppress(row.entriesThisMonth),
    })),
  };
}
