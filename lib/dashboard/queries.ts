/**
 * The dashboards' aggregates, computed in PostgreSQL for a list of schools at once (one school
 * for leadership, every school of the municipality for the municipal view), grouped by school:
 * GROUP BY, GROUPING SETS, FILTER and window functions, never rows loaded to be counted here.
 * Raw counts: they never leave lib/dashboard — figures.ts suppresses them first.
 *
 * The callers authorise and scope: `schoolIds` comes from a policy scope.
 */
import "server-only";
import type { SchoolCalendar } from "@/lib/calendar/school-calendar";
import { addDays } from "@/lib/dates";
import type { DbOrTx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ConcernCategory, ConcernLevel } from "@/lib/generated/prisma/enums";
import { TIME_ZONE } from "@/lib/i18n";
import {
  absenceRuleWindows,
  absenceStandingCtes,
  ensureAbsenceStanding,
  type SchoolRules,
} from "@/lib/worklist/absence";
import {
  FIRST_ACTION_BUCKETS,
  THRESHOLD_RULES,
  type FirstActionBucket,
  type ThresholdRule,
} from "./vocabulary";

export type AggregateScope = {
  schoolIds: readonly string[];
  /** First day of the period, "YYYY-MM-DD". */
  from: string;
  /** Last day of the period (inclusive). */
  to: string;
  /** The last day with data: the period's end, or today when the period runs on. */
  until: string;
  today: string;
  /** Only pupils in classes of this grade. */
  grade: number | null;
};

const ids = (scope: AggregateScope) => Prisma.sql`${[...scope.schoolIds]}::uuid[]`;
/**
 * The schools' classes, to join as `cl`: restricted to the schools, so that PostgreSQL reads
 * their classes from the index rather than hashing every class of the installation (27,100 at
 * national scale, half the class sizes' time).
 */
const classesOf = (scope: AggregateScope) =>
  Prisma.sql`(SELECT "id", "grade", "letter" FROM "Class" WHERE "schoolId" = ANY(${ids(scope)}))`;
/** The grade filter over a pupil's class `cl` (pupils without a class only when unfiltered). */
const inGrade = (scope: AggregateScope) =>
  Prisma.sql`(${scope.grade}::int IS NULL OR cl."grade" = ${scope.grade}::int)`;
/** A timestamp's calendar day in Denmark. */
const dayOf = (column: Prisma.Sql) => Prisma.sql`(${column} AT TIME ZONE ${TIME_ZONE})::date`;
/**
 * The instant a calendar day begins in Denmark ("YYYY-MM-DD"), and the instant after it ends:
 * "on or after `from`" is `column >= startOf(from)`, "by `to`" is `column < endOf(to)`. The bounds
 * are converted once a statement; converting every row's timestamp to its day instead (dayOf) cost
 * a municipality's forum figures half their time (docs/performance.md).
 */
const startOf = (day: string) => Prisma.sql`(${day}::date::timestamp AT TIME ZONE ${TIME_ZONE})`;
const endOf = (day: string) =>
  Prisma.sql`((${day}::date + 1)::timestamp AT TIME ZONE ${TIME_ZONE})`;
/** A timestamp on a day from `from` to `to`, both included, in Denmark. */
const onDays = (column: Prisma.Sql, from: string, to: string) =>
  Prisma.sql`(${column} >= ${startOf(from)} AND ${column} < ${endOf(to)})`;

function bySchool<T extends { schoolId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.schoolId);
    if (list) list.push(row);
    else map.set(row.schoolId, [row]);
  }
  return map;
}

// ─── Pupils ──────────────────────────────────────────────────────────────────────────────────

/** A class's current pupils (in the scope's grade); `classId` null for pupils without a class. */
export type ClassSize = {
  schoolId: string;
  classId: string | null;
  grade: number | null;
  letter: string | null;
  pupils: number;
};

/**
 * The schools' current pupils counted per class, in the grade. Counted from the index
 * (schoolId, active, classId) alone, then joined to the classes — a thousand rows, not 25,000.
 * Read once per dashboard and handed to the aggregates that divide by it, which join it to their
 * counts in TypeScript: three of them counted it each, a third of their time at municipality
 * scale, and handed back to PostgreSQL as arrays it was 106 kB of parameters a statement for a
 * municipality's 1,130 classes (10 ms of socket writes a request, and Prisma's encoding of them).
 */
export async function countClassSizes(db: DbOrTx, scope: AggregateScope): Promise<ClassSize[]> {
  // Awaited here, so that the query starts now (a Prisma promise waits for its first `then`).
  return await db.$queryRaw<ClassSize[]>`
    SELECT pc.school_id AS "schoolId", pc.class_id AS "classId", cl."grade", cl."letter", pc.pupils
      FROM (SELECT p."schoolId" AS school_id, p."classId" AS class_id, COUNT(*)::int AS pupils
              FROM "Pupil" p
             WHERE p."schoolId" = ANY(${ids(scope)}) AND p."active"
             GROUP BY p."schoolId", p."classId") pc
      LEFT JOIN ${classesOf(scope)} cl ON cl."id" = pc.class_id
     WHERE ${inGrade(scope)}`;
}

export type PupilCounts = {
  pupils: number;
  /** The grades the school's current pupils are in (each shown in "by grade", even at 0). */
  grades: number[];
};

/** Active pupils per school (in the grade), and their grades, from the class sizes. */
export function countPupils(
  scope: AggregateScope,
  sizes: readonly ClassSize[],
): Map<string, PupilCounts> {
  const counts = new Map(
    scope.schoolIds.map((schoolId) => [schoolId, { pupils: 0, grades: new Set<number>() }]),
  );
  for (const size of sizes) {
    const school = counts.get(size.schoolId);
    if (!school) continue;
    school.pupils += size.pupils;
    if (size.grade !== null) school.grades.add(size.grade);
  }
  return new Map(
    [...counts].map(([schoolId, { pupils, grades }]) => [
      schoolId,
      { pupils, grades: [...grades].sort((a, b) => a - b) },
    ]),
  );
}

// ─── Concerns ────────────────────────────────────────────────────────────────────────────────

export type ConcernCounts = {
  /** Open at the end of the period (raised by then, not closed by then). */
  open: number;
  raised: number;
  closed: number;
  byLevel: Map<ConcernLevel, number>;
  byCategory: Map<ConcernCategory, number>;
  /** Key: the pupil's grade; null for a pupil without a class. */
  byGrade: Map<number | null, number>;
};

type BreakdownRow = { schoolId: string; dimension: string; key: string | null; count: number };

/** Concerns of the schools' pupils, open at `until`, by level, category and grade. */
export async function countConcerns(
  db: DbOrTx,
  scope: AggregateScope,
): Promise<Map<string, ConcernCounts>> {
  const rows = await db.$queryRaw<BreakdownRow[]>`
    WITH scoped AS (
      SELECT c."schoolId" AS school_id, c."level", c."categories", cl."grade",
             c."createdAt" AS raised_at, c."closedAt" AS closed_at
        FROM "Concern" c
        JOIN "Pupil" p ON p."id" = c."pupilId"
        LEFT JOIN ${classesOf(scope)} cl ON cl."id" = p."classId"
       WHERE c."schoolId" = ANY(${ids(scope)}) AND ${inGrade(scope)}
         AND c."createdAt" < ${endOf(scope.until)}
         -- Closed before the period began: in none of the counts. Left out before the join, so
         -- that the years of closed concerns a school keeps do not slow its overview.
         AND (c."closedAt" IS NULL OR c."closedAt" >= ${startOf(scope.from)}
              OR c."createdAt" >= ${startOf(scope.from)})
    ),
    open AS (SELECT * FROM scoped WHERE closed_at IS NULL OR closed_at >= ${endOf(scope.until)})
    SELECT school_id AS "schoolId", 'total' AS dimension, 'open' AS key, COUNT(*)::int AS count
      FROM open GROUP BY school_id
    UNION ALL
    SELECT school_id, 'total', 'raised', COUNT(*)::int
      FROM scoped WHERE raised_at >= ${startOf(scope.from)} GROUP BY school_id
    UNION ALL
    SELECT school_id, 'total', 'closed', COUNT(*)::int
      FROM scoped WHERE ${onDays(Prisma.sql`closed_at`, scope.from, scope.until)} GROUP BY school_id
    UNION ALL
    SELECT school_id, 'level', "level"::text, COUNT(*)::int FROM open GROUP BY school_id, "level"
    UNION ALL
    SELECT school_id, 'grade', "grade"::text, COUNT(*)::int FROM open GROUP BY school_id, "grade"
    UNION ALL
    SELECT school_id, 'category', category::text, COUNT(*)::int
      FROM open CROSS JOIN LATERAL unnest("categories") AS category
     GROUP BY school_id, category`;

  const result = new Map<string, ConcernCounts>();
  const grouped = bySchool(rows);
  for (const schoolId of scope.schoolIds) {
    const counts: ConcernCounts = {
      open: 0,
      raised: 0,
      closed: 0,
      byLevel: new Map(),
      byCategory: new Map(),
      byGrade: new Map(),
    };
    for (const row of grouped.get(schoolId) ?? []) {
      if (row.dimension === "total" && row.key === "open") counts.open = row.count;
      else if (row.dimension === "total" && row.key === "raised") counts.raised = row.count;
      else if (row.dimension === "total" && row.key === "closed") counts.closed = row.count;
      else if (row.dimension === "level") counts.byLevel.set(row.key as ConcernLevel, row.count);
      else if (row.dimension === "category")
        counts.byCategory.set(row.key as ConcernCategory, row.count);
      else if (row.dimension === "grade")
        counts.byGrade.set(row.key === null ? null : Number(row.key), row.count);
    }
    result.set(schoolId, counts);
  }
  return result;
}

export type FirstActionCounts = {
  /** Concerns raised in the period. */
  concerns: number;
  /** Of those, acted on. */
  acted: number;
  /** Median calendar days from raised to first action, over those acted on. */
  medianDays: number | null;
  buckets: Record<FirstActionBucket, number>;
};

/** Time from concern to first action (calendar days in Denmark) for concerns raised in the period. */
export async function countFirstAction(
  db: DbOrTx,
  scope: AggregateScope,
): Promise<Map<string, FirstActionCounts>> {
  const rows = await db.$queryRaw<
    ({ schoolId: string; concerns: number; acted: number; medianDays: number | null } & Record<
      FirstActionBucket,
      number
    >)[]
  >`
    -- MATERIALIZED: the days computed once a concern. Inlined, the expression was computed again
    -- in each of the eight aggregates below — sixteen time-zone conversions a row, two thirds of
    -- the statement's time (9.2 → 3.6 ms for a municipality's 992 concerns).
    WITH raised AS MATERIALIZED (
      SELECT c."schoolId" AS school_id,
             ${dayOf(Prisma.sql`c."firstActionAt"`)} - ${dayOf(Prisma.sql`c."createdAt"`)} AS days
        FROM "Concern" c
        ${
          // The pupil's class only to filter by grade: every concern has its pupil, and joining
          // the municipality's 25,000 pupils to none was half the statement's time.
          scope.grade === null
            ? Prisma.empty
            : Prisma.sql`JOIN "Pupil" p ON p."id" = c."pupilId"
        JOIN ${classesOf(scope)} cl ON cl."id" = p."classId" AND cl."grade" = ${scope.grade}::int`
        }
       WHERE c."schoolId" = ANY(${ids(scope)})
         AND ${onDays(Prisma.sql`c."createdAt"`, scope.from, scope.to)}
    )
    SELECT school_id AS "schoolId",
           COUNT(*)::int AS concerns,
           COUNT(days)::int AS acted,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY days))::float8 AS "medianDays",
           (COUNT(*) FILTER (WHERE days <= 0))::int AS "SAME_DAY",
           (COUNT(*) FILTER (WHERE days BETWEEN 1 AND 2))::int AS "DAYS_1_2",
           (COUNT(*) FILTER (WHERE days BETWEEN 3 AND 7))::int AS "DAYS_3_7",
           (COUNT(*) FILTER (WHERE days BETWEEN 8 AND 14))::int AS "DAYS_8_14",
           (COUNT(*) FILTER (WHERE days > 14))::int AS "OVER_14",
           (COUNT(*) FILTER (WHERE days IS NULL))::int AS "NOT_YET"
      FROM raised GROUP BY school_id`;
  const found = new Map(rows.map((row) => [row.schoolId, row]));
  return new Map(
    scope.schoolIds.map((schoolId) => {
      const row = found.get(schoolId);
      const buckets = Object.fromEntries(
        FIRST_ACTION_BUCKETS.map((bucket) => [bucket, row?.[bucket] ?? 0]),
      ) as Record<FirstActionBucket, number>;
      return [
        schoolId,
        {
          concerns: row?.concerns ?? 0,
          acted: row?.acted ?? 0,
          medianDays: row?.medianDays ?? null,
          buckets,
        },
      ];
    }),
  );
}

// ─── Absence ─────────────────────────────────────────────────────────────────────────────────

export type AbsenceCounts = {
  pupils: number;
  /** Pupils absent at least one day. */
  absentPupils: number;
  unauthorisedPupils: number;
  /** Weekdays with absence, one per pupil and day whatever its length. */
  absentDays: number;
  unauthorisedDays: number;
};

export type ClassAbsenceCounts = AbsenceCounts & {
  classId: string | null;
  grade: number | null;
  letter: string | null;
};

const scopedPupils = (scope: AggregateScope) => Prisma.sql`
  pupils AS (
    SELECT p."id", p."schoolId" AS school_id, p."classId" AS class_id, cl."grade", cl."letter"
      FROM "Pupil" p LEFT JOIN ${classesOf(scope)} cl ON cl."id" = p."classId"
     WHERE p."schoolId" = ANY(${ids(scope)}) AND p."active" AND ${inGrade(scope)}
  )`;

/**
 * The register's rows of the pupils still at the school that recorded them: joined on the pupil
 * alone, the school compared after. With the school as a second join key PostgreSQL merged on
 * the school and compared every absence day of a school with every one of its pupils (at
 * national scale 475,991 rows filtered for one school's weeks, 81 ms; 3 ms so). `IS TRUE` makes
 * the comparison a filter rather than a key the planner may merge on.
 */
const joinPupilsOfRecords = Prisma.sql`
  JOIN pupils pu ON pu."id" = r."pupilId" AND (pu.school_id = r."schoolId") IS TRUE`;

const absenceInPeriod = (scope: AggregateScope) => Prisma.sql`
  r."schoolId" = ANY(${ids(scope)})
  AND r."date" BETWEEN ${scope.from}::date AND ${scope.until}::date
  AND EXTRACT(ISODOW FROM r."date") < 6`;

/** AbsenceClassPeriod's key for the pupils without a class. */
const NO_CLASS = "00000000-0000-0000-0000-000000000000";

/**
 * Whether AbsenceClassPeriod answers for the period whole (docs/decisions/0029): its rows count
 * whole months and school years of the register, which holds no day after today (imports and
 * manual entry refuse them). So a period of whole months does, and one running on to today.
 */
export function summaryCovers(scope: AggregateScope, unit: "month" | "schoolYear"): boolean {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const lastOfMonth = (iso: string) =>
    day(iso).getUTCMonth() !== addDays(day(iso), 1).getUTCMonth();
  if (scope.until < scope.from) return false;
  if (unit === "month")
    return scope.from.endsWith("-01") && (scope.until === scope.today || lastOfMonth(scope.until));
  const start = Number(scope.from.slice(0, 4));
  return scope.from === `${start}-08-01` && scope.to === `${start + 1}-07-31`;
}

/**
 * Absence of the schools' current pupils in the period, per school and per class of `sizes` (the
 * classes with pupils now, joined here to their counts): the rate is absentDays / (pupils × school
 * days). A school year is read from AbsenceClassPeriod, any other period from the register.
 * Either way a day counts where it was recorded, for the pupils still there.
 */
export async function countAbsence(
  db: DbOrTx,
  scope: AggregateScope,
  sizes: readonly ClassSize[],
  options: {
    /** "register" reads the register whatever the period (the summary's test compares the two). */
    source?: "auto" | "register";
    /** The school totals only (the municipal view shows no class): 50 rows, not 1,000. */
    byClass?: boolean;
  } = {},
): Promise<Map<string, { total: AbsenceCounts; byClass: ClassAbsenceCounts[] }>> {
  const { source = "auto", byClass = true } = options;
  const fromSummary = source === "auto" && summaryCovers(scope, "schoolYear");
  const absent = fromSummary
    ? Prisma.sql`
      SELECT a."schoolId" AS school_id, a."classKey" AS class_key,
             a."days", a."unauthorisedDays" AS unauthorised_days,
             a."pupils" AS absent_pupils, a."unauthorisedPupils" AS unauthorised_pupils
        FROM "AbsenceClassPeriod" a
       WHERE a."schoolId" = ANY(${ids(scope)}) AND a."kind" = 'SCHOOL_YEAR'
         AND a."start" = ${scope.from}::date`
    : Prisma.sql`
      SELECT pu.school_id, COALESCE(pu.class_id, ${NO_CLASS}::uuid) AS class_key, COUNT(*)::int AS days,
             (COUNT(*) FILTER (WHERE r."kind" = 'UNAUTHORISED'))::int AS unauthorised_days,
             COUNT(DISTINCT r."pupilId")::int AS absent_pupils,
             (COUNT(DISTINCT r."pupilId") FILTER (WHERE r."kind" = 'UNAUTHORISED'))::int AS unauthorised_pupils
        FROM "AbsenceRecord" r ${joinPupilsOfRecords}
       WHERE ${absenceInPeriod(scope)}
       GROUP BY pu.school_id, pu.class_id`;
  const rows = await db.$queryRaw<(Omit<AbsenceCounts, "pupils"> & AbsentKey)[]>`
    WITH ${fromSummary ? Prisma.empty : Prisma.sql`${scopedPupils(scope)},`}
    absent AS (${absent})
    ${
      byClass
        ? Prisma.sql`
    SELECT a.school_id AS "schoolId", a.class_key AS "classKey",
           a.absent_pupils AS "absentPupils", a.unauthorised_pupils AS "unauthorisedPupils",
           a.days AS "absentDays", a.unauthorised_days AS "unauthorisedDays"
      FROM absent a`
        : // The school totals (50 rows for a municipality, not its 1,130 classes): the summary
          // keeps every class, so the grade is applied here.
          Prisma.sql`
    SELECT a.school_id AS "schoolId", NULL AS "classKey",
           SUM(a.absent_pupils)::int AS "absentPupils",
           SUM(a.unauthorised_pupils)::int AS "unauthorisedPupils",
           SUM(a.days)::int AS "absentDays", SUM(a.unauthorised_days)::int AS "unauthorisedDays"
      FROM absent a LEFT JOIN ${classesOf(scope)} cl ON cl."id" = a.class_key
     WHERE ${inGrade(scope)}
     GROUP BY a.school_id`
    }`;
  const absentBy = new Map(rows.map((row) => [absentKey(row.schoolId, row.classKey), row]));
  if (!byClass) {
    const pupils = countPupils(scope, sizes);
    return new Map(
      scope.schoolIds.map((schoolId) => {
        const found = absentBy.get(absentKey(schoolId, null));
        return [
          schoolId,
          { total: absenceCounts(pupils.get(schoolId)!.pupils, found), byClass: [] },
        ];
      }),
    );
  }
  // The classes with pupils now (in the grade), each with its absence: a class key is never null,
  // so the pupils without a class meet their own row.
  const classesBySchool = bySchool(
    [...sizes].sort(
      (a, b) =>
        (a.grade ?? Infinity) - (b.grade ?? Infinity) ||
        (a.letter ?? "").localeCompare(b.letter ?? ""),
    ),
  );
  return new Map(
    scope.schoolIds.map((schoolId) => {
      const classes: ClassAbsenceCounts[] = (classesBySchool.get(schoolId) ?? []).map((size) => {
        const found = absentBy.get(absentKey(schoolId, size.classId ?? NO_CLASS));
        const { classId, grade, letter } = size;
        return { ...absenceCounts(size.pupils, found), classId, grade, letter };
      });
      const total = classes.reduce<AbsenceCounts>(
        (sum, row) => ({
          pupils: sum.pupils + row.pupils,
          absentPupils: sum.absentPupils + row.absentPupils,
          unauthorisedPupils: sum.unauthorisedPupils + row.unauthorisedPupils,
          absentDays: sum.absentDays + row.absentDays,
          unauthorisedDays: sum.unauthorisedDays + row.unauthorisedDays,
        }),
        { pupils: 0, absentPupils: 0, unauthorisedPupils: 0, absentDays: 0, unauthorisedDays: 0 },
      );
      return [schoolId, { total, byClass: classes }];
    }),
  );
}

type AbsentKey = { schoolId: string; classKey: string | null };
const absentKey = (schoolId: string, classKey: string | null) => `${schoolId}/${classKey}`;

function absenceCounts(pupils: number, absent?: Omit<AbsenceCounts, "pupils">): AbsenceCounts {
  return {
    pupils,
    absentPupils: absent?.absentPupils ?? 0,
    unauthorisedPupils: absent?.unauthorisedPupils ?? 0,
    absentDays: absent?.absentDays ?? 0,
    unauthorisedDays: absent?.unauthorisedDays ?? 0,
  };
}

export type TrendCounts = AbsenceCounts & {
  /** First day of the week (Monday) or month, "YYYY-MM-DD". */
  start: string;
  /** School days of the bucket inside the period (0 for a week of holiday). */
  schoolDays: number;
};

/** The school days of the week or month beginning on `start`, within the period. */
function bucketSchoolDays(
  calendar: SchoolCalendar,
  scope: AggregateScope,
  start: string,
  unit: "week" | "month",
): number {
  const first = new Date(`${start}T00:00:00Z`);
  const last =
    unit === "week"
      ? addDays(first, 6)
      : new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  const from = new Date(`${scope.from}T00:00:00Z`);
  const until = new Date(`${scope.until}T00:00:00Z`);
  return calendar.schoolDaysBetween(first < from ? from : first, last > until ? until : last);
}

/**
 * Absence per week or month of the period, per school (every bucket, also those without absence).
 * Months of a period of whole months are read from AbsenceClassPeriod; weeks, and the months of
 * any other period, from the register.
 */
export async function countAbsenceTrend(
  db: DbOrTx,
  scope: AggregateScope,
  sizes: readonly ClassSize[],
  unit: "week" | "month",
  calendars: Map<string, SchoolCalendar>,
  source: "auto" | "register" = "auto",
): Promise<Map<string, TrendCounts[]>> {
  const fromSummary = source === "auto" && unit === "month" && summaryCovers(scope, "month");
  const absent = fromSummary
    ? Prisma.sql`
      SELECT a."schoolId" AS school_id, a."start" AS bucket,
             SUM(a."days")::int AS days, SUM(a."unauthorisedDays")::int AS unauthorised_days,
             SUM(a."pupils")::int AS pupils, SUM(a."unauthorisedPupils")::int AS unauthorised_pupils
        FROM "AbsenceClassPeriod" a
        LEFT JOIN ${classesOf(scope)} cl ON cl."id" = a."classKey"
       WHERE a."schoolId" = ANY(${ids(scope)}) AND a."kind" = 'MONTH'
         AND a."start" BETWEEN ${scope.from}::date AND ${scope.until}::date AND ${inGrade(scope)}
       GROUP BY 1, 2`
    : Prisma.sql`
      SELECT pu.school_id, date_trunc(${unit}::text, r."date"::timestamp)::date AS bucket,
             COUNT(*)::int AS days,
             (COUNT(*) FILTER (WHERE r."kind" = 'UNAUTHORISED'))::int AS unauthorised_days,
             COUNT(DISTINCT r."pupilId")::int AS pupils,
             (COUNT(DISTINCT r."pupilId") FILTER (WHERE r."kind" = 'UNAUTHORISED'))::int AS unauthorised_pupils
        FROM "AbsenceRecord" r ${joinPupilsOfRecords}
       WHERE ${absenceInPeriod(scope)}
       GROUP BY 1, 2`;
  // The schools with pupils now (in the grade), each bucket divided by their number.
  const pupils = countPupils(scope, sizes);
  const counted = scope.schoolIds.filter((schoolId) => pupils.get(schoolId)!.pupils > 0);
  // Each week or month with a weekday in the period; its school days from the school's calendar.
  const rows = await db.$queryRaw<
    (Omit<TrendCounts, "pupils" | "schoolDays"> & { schoolId: string })[]
  >`
    WITH ${fromSummary ? Prisma.empty : Prisma.sql`${scopedPupils(scope)},`}
    calendar AS (
      SELECT DISTINCT date_trunc(${unit}::text, d)::date AS bucket
        FROM generate_series(${scope.from}::timestamp, ${scope.until}::timestamp, interval '1 day') AS d
       WHERE EXTRACT(ISODOW FROM d) < 6
    ),
    absent AS (${absent})
    SELECT s.school_id AS "schoolId", to_char(c.bucket, 'YYYY-MM-DD') AS start,
           COALESCE(a.pupils, 0) AS "absentPupils",
           COALESCE(a.unauthorised_pupils, 0) AS "unauthorisedPupils",
           COALESCE(a.days, 0) AS "absentDays",
           COALESCE(a.unauthorised_days, 0) AS "unauthorisedDays"
      FROM calendar c
     CROSS JOIN unnest(${counted}::uuid[]) AS s(school_id)
      LEFT JOIN absent a ON a.school_id = s.school_id AND a.bucket = c.bucket
     ORDER BY s.school_id, c.bucket`;
  const grouped = bySchool(rows);
  return new Map(
    scope.schoolIds.map((schoolId) => [
      schoolId,
      (grouped.get(schoolId) ?? []).map(({ schoolId: _school, ...row }) => {
        void _school;
        return {
          ...row,
          schoolDays: bucketSchoolDays(calendars.get(schoolId)!, scope, row.start, unit),
          pupils: pupils.get(schoolId)!.pupils,
        };
      }),
    ]),
  );
}

// ─── Absence thresholds ──────────────────────────────────────────────────────────────────────

export type ThresholdCounts = Record<ThresholdRule, { followed: number; open: number }> & {
  /** Pupils over at least one threshold without its follow-up (the worklist's pupils). */
  anyOpen: number;
};

/** The condition "over `rule`'s threshold" in the `standing` CTE (warning stops at notify). */
const over: Record<ThresholdRule, Prisma.Sql> = {
  NOTIFY: Prisma.sql`f.notify_over`,
  WARNING: Prisma.sql`(f.warning_over AND NOT f.notify_over)`,
  PATTERN: Prisma.sql`f.pattern_over`,
  CONSECUTIVE: Prisma.sql`f.consecutive_over`,
};
/** The follow-up that silences `rule`: in the quarter for unlawful absence, the window otherwise. */
const followed: Record<ThresholdRule, Prisma.Sql> = {
  NOTIFY: Prisma.sql`f.quarter_followed`,
  WARNING: Prisma.sql`f.quarter_followed`,
  PATTERN: Prisma.sql`f.window_followed`,
  CONSECUTIVE: Prisma.sql`f.window_followed`,
};
const anyOpen = Prisma.sql`((f.pattern_over AND NOT f.window_followed)
  OR (f.warning_over AND NOT f.quarter_followed)
  OR (f.consecutive_over AND NOT f.window_followed))`;

function rulesOf(scope: AggregateScope, rules: SchoolRules) {
  return absenceRuleWindows(scope.schoolIds, rules, new Date(`${scope.today}T00:00:00Z`));
}

/**
 * Current pupils over each threshold today, with and without the follow-up that silences it on
 * the worklist — the same SQL as the worklist (lib/worklist/absence.ts).
 */
export async function countOverThreshold(
  db: DbOrTx,
  scope: AggregateScope,
  schoolRules: SchoolRules,
): Promise<Map<string, ThresholdCounts>> {
  const columns = Prisma.join(
    THRESHOLD_RULES.flatMap((rule) => [
      Prisma.sql`(COUNT(*) FILTER (WHERE ${over[rule]} AND ${followed[rule]}))::int`,
      Prisma.sql`(COUNT(*) FILTER (WHERE ${over[rule]} AND NOT ${followed[rule]}))::int`,
    ]),
  );
  const rules = rulesOf(scope, schoolRules);
  await ensureAbsenceStanding(db, rules);
  const rows = await db.$queryRaw<{ schoolId: string; counts: number[] }[]>`
    WITH ${absenceStandingCtes(rules)}
    SELECT f.school_id AS "schoolId",
           ARRAY[${columns}, (COUNT(*) FILTER (WHERE ${anyOpen}))::int] AS counts
      FROM standing f
      JOIN "Pupil" p ON p."id" = f.pupil_id AND p."active"
      LEFT JOIN ${classesOf(scope)} cl ON cl."id" = p."classId"
     WHERE ${inGrade(scope)}
     GROUP BY f.school_id`;
  const found = new Map(rows.map((row) => [row.schoolId, row.counts]));
  return new Map(
    scope.schoolIds.map((schoolId) => {
      const counts = found.get(schoolId) ?? [];
      const at = (index: number) => counts[index] ?? 0;
      const result = Object.fromEntries(
        THRESHOLD_RULES.map((rule, index) => [
          rule,
          { followed: at(index * 2), open: at(index * 2 + 1) },
        ]),
      ) as Record<ThresholdRule, { followed: number; open: number }>;
      return [schoolId, { ...result, anyOpen: at(THRESHOLD_RULES.length * 2) }];
    }),
  );
}

export type OverThresholdPupil = {
  pupilId: string;
  firstName: string;
  lastName: string;
  grade: number | null;
  letter: string | null;
  rules: ThresholdRule[];
};

/** The current pupils over a threshold without its follow-up, by name: for leadership only. */
export async function listOverThreshold(
  db: DbOrTx,
  scope: AggregateScope,
  schoolRules: SchoolRules,
  limit: number,
): Promise<OverThresholdPupil[]> {
  const rules = rulesOf(scope, schoolRules);
  await ensureAbsenceStanding(db, rules);
  return db.$queryRaw<OverThresholdPupil[]>`
    WITH ${absenceStandingCtes(rules)}
    SELECT p."id" AS "pupilId", p."firstName", p."lastName", cl."grade", cl."letter",
           array_remove(ARRAY[
             CASE WHEN f.notify_over AND NOT f.quarter_followed THEN 'NOTIFY' END,
             CASE WHEN f.warning_over AND NOT f.notify_over AND NOT f.quarter_followed THEN 'WARNING' END,
             CASE WHEN f.pattern_over AND NOT f.window_followed THEN 'PATTERN' END,
             CASE WHEN f.consecutive_over AND NOT f.window_followed THEN 'CONSECUTIVE' END
           ], NULL) AS rules
      FROM standing f
      JOIN "Pupil" p ON p."id" = f.pupil_id AND p."active"
      LEFT JOIN ${classesOf(scope)} cl ON cl."id" = p."classId"
     WHERE ${anyOpen} AND ${inGrade(scope)}
     ORDER BY f.notify_over DESC, f.window_days DESC, f.unauthorised_days DESC,
              p."lastName", p."firstName", p."id"
     LIMIT ${limit}::int`;
}

// ─── Trivselsforum, action plans and consent ─────────────────────────────────────────────────

export type ForumCounts = {
  meetingsHeld: number;
  itemsDiscussed: number;
  actionsDone: number;
  actionsOpen: number;
  actionsOverdue: number;
  feedbackGiven: number;
  feedbackOverdue: number;
  consentsExpiring: number;
};

/** How many days ahead a consent counts as expiring. */
export const CONSENT_EXPIRY_DAYS = 30;

/**
 * Meetings held and items discussed in the period; forum actions done in the period, open now and
 * overdue now; feedback to parents given in the period and overdue now; consents running out in
 * the next 30 days (pupils in the grade).
 */
export async function countForum(
  db: DbOrTx,
  scope: AggregateScope,
): Promise<Map<string, ForumCounts>> {
  const inPeriod = (column: Prisma.Sql) => onDays(column, scope.from, scope.to);
  const rows = await db.$queryRaw<(ForumCounts & { schoolId: string })[]>`
    SELECT s."id" AS "schoolId", m.held AS "meetingsHeld", m.items AS "itemsDiscussed",
           a.done AS "actionsDone", a.open AS "actionsOpen", a.overdue AS "actionsOverdue",
           fb.given AS "feedbackGiven", fb.overdue AS "feedbackOverdue",
           c.expiring AS "consentsExpiring"
      FROM "School" s
     CROSS JOIN LATERAL (
       SELECT COUNT(DISTINCT fm."id")::int AS held, COUNT(i."id")::int AS items
         FROM "ForumMeeting" fm LEFT JOIN "AgendaItem" i ON i."meetingId" = fm."id"
        WHERE fm."schoolId" = s."id" AND fm."status" = 'HELD'
          AND ${inPeriod(Prisma.sql`fm."startsAt"`)}
     ) m
     CROSS JOIN LATERAL (
       SELECT (COUNT(*) FILTER (WHERE ac."status" = 'DONE'
                 AND ${inPeriod(Prisma.sql`ac."completedAt"`)}))::int AS done,
              (COUNT(*) FILTER (WHERE ac."status" = 'OPEN'))::int AS open,
              (COUNT(*) FILTER (WHERE ac."status" = 'OPEN' AND ac."dueOn" < ${scope.today}::date))::int AS overdue
         FROM "Action" ac
        WHERE ac."schoolId" = s."id" AND ac."planId" IS NOT NULL
     ) a
     CROSS JOIN LATERAL (
       SELECT (COUNT(*) FILTER (WHERE f."givenOn" BETWEEN ${scope.from}::date AND ${scope.to}::date))::int AS given,
              (COUNT(*) FILTER (WHERE f."givenOn" IS NULL AND f."dueOn" < ${scope.today}::date))::int AS overdue
         FROM "ParentFeedback" f
        WHERE f."schoolId" = s."id"
     ) fb
     CROSS JOIN LATERAL (
       SELECT COUNT(*)::int AS expiring
         FROM "Consent" co
         JOIN "Pupil" p ON p."id" = co."pupilId" AND p."active"
         LEFT JOIN ${classesOf(scope)} cl ON cl."id" = p."classId"
        WHERE co."schoolId" = s."id" AND ${inGrade(scope)}
          AND co."decision" = 'GIVEN' AND co."withdrawnOn" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "Consent" n WHERE n."supersedesId" = co."id")
          AND co."validUntil" BETWEEN ${scope.today}::date
                                  AND ${scope.today}::date + ${CONSENT_EXPIRY_DAYS}::int
     ) c
     WHERE s."id" = ANY(${ids(scope)})`;
  const found = new Map(rows.map(({ schoolId, ...counts }) => [schoolId, counts]));
  const none: ForumCounts = {
    meetingsHeld: 0,
    itemsDiscussed: 0,
    actionsDone: 0,
    actionsOpen: 0,
    actionsOverdue: 0,
    feedbackGiven: 0,
    feedbackOverdue: 0,
    consentsExpiring: 0,
  };
  return new Map(scope.schoolIds.map((schoolId) => [schoolId, found.get(schoolId) ?? none]));
}

// ─── The trivselsperson's workload ───────────────────────────────────────────────────────────

export type WorkloadCounts = {
  userId: string;
  name: string;
  openConcerns: number;
  followUpsDue: number;
  openActions: number;
  entriesThisMonth: number;
};

/** How many days ahead a follow-up counts as due (as on the worklist). */
export const FOLLOW_UP_DUE_DAYS = 7;

/**
 * Per active trivselsperson of one school, now: open concerns they coordinate, follow-ups they own
 * due within 7 days or overdue, open actions, timeline entries written this calendar month.
 */
export async function countWorkload(
  db: DbOrTx,
  schoolId: string,
  today: string,
): Promise<WorkloadCounts[]> {
  const monthStart = `${today.slice(0, 7)}-01`;
  return db.$queryRaw<WorkloadCounts[]>`
    SELECT u."id" AS "userId", u."name",
           (SELECT COUNT(*)::int FROM "Concern" c
             WHERE c."schoolId" = ${schoolId}::uuid AND c."coordinatorId" = u."id"
               AND c."status" <> 'CLOSED') AS "openConcerns",
           (SELECT COUNT(*)::int FROM "CaseEntry" e
             WHERE e."schoolId" = ${schoolId}::uuid AND e."followUpOwnerId" = u."id"
               AND e."followUpDoneAt" IS NULL
               AND e."followUpOn" <= ${today}::date + ${FOLLOW_UP_DUE_DAYS}::int) AS "followUpsDue",
           (SELECT COUNT(*)::int FROM "Action" a
             WHERE a."schoolId" = ${schoolId}::uuid AND a."responsibleKind" = 'USER'
               AND a."responsibleUserId" = u."id" AND a."status" = 'OPEN') AS "openActions",
           -- Written from the month's first day to today, in Denmark: a range of createdAt
           -- (midnight to midnight there), which the index (authorId, schoolId, createdAt) answers.
           (SELECT COUNT(*)::int FROM "CaseEntry" e
             WHERE e."authorId" = u."id" AND e."schoolId" = ${schoolId}::uuid
               AND e."createdAt" >= (${monthStart}::date::timestamp AT TIME ZONE ${TIME_ZONE})
               AND e."createdAt" < ((${today}::date + 1)::timestamp AT TIME ZONE ${TIME_ZONE})) AS "entriesThisMonth"
      FROM "User" u
     WHERE u."active" AND EXISTS (
             SELECT 1 FROM "UserSchoolRole" r
              WHERE r."userId" = u."id" AND r."schoolId" = ${schoolId}::uuid
                AND r."role" = 'TRIVSELSPERSON')
     ORDER BY u."name", u."id"`;
}
