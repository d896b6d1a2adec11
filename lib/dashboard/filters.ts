/**
 * The dashboards' filters: a period (default: this school year, 1 August to 31 July) and a grade.
 * Read from the page's query string (a GET form, so a view can be bookmarked). Isomorphic: the
 * filter form and the domain functions share it.
 */
import { z } from "zod";
import { currentSchoolYear } from "@/lib/admin/school-year";
import { isoDay } from "@/lib/dates";
import { parseDay } from "@/lib/validation";

/** The longest period a dashboard covers: a little over two school years. */
export const MAX_PERIOD_DAYS = 800;
export const GRADES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export type DashboardFilter = {
  /** "YYYY-MM-DD", first day of the period. */
  from: string;
  /** "YYYY-MM-DD", last day of the period (inclusive). */
  to: string;
  /** Only pupils of classes of this grade; null for the whole school. */
  grade: number | null;
};

/** The result of reading the query string: the filter to use, and whether the input was refused. */
export type ParsedFilter = { filter: DashboardFilter; invalid: boolean };

export function schoolYearPeriod(today: Date): { from: string; to: string } {
  const start = Number(currentSchoolYear(today).slice(0, 4));
  return { from: `${start}-08-01`, to: `${start + 1}-07-31` };
}

const single = z.preprocess(
  (value) => (Array.isArray(value) ? value[0] : value),
  z.string().trim().optional(),
);

const input = z.object({ from: single, to: single, grade: single });

/**
 * The filter from a query string. Missing values take their defaults; a malformed date, a period
 * ending before it starts or longer than MAX_PERIOD_DAYS, or an unknown grade falls back to the
 * defaults and says so (`invalid`), rather than failing the page.
 */
export function parseDashboardFilter(
  params: Record<string, string | string[] | undefined>,
  today: Date,
): ParsedFilter {
  const defaults = schoolYearPeriod(today);
  const raw = input.safeParse(params);
  if (!raw.success) return { filter: { ...defaults, grade: null }, invalid: true };
  let invalid = false;

  const from = raw.data.from ? parseDay(raw.data.from) : null;
  const to = raw.data.to ? parseDay(raw.data.to) : null;
  if ((raw.data.from && !from) || (raw.data.to && !to)) invalid = true;
  let period = {
    from: from ? isoDay(from) : defaults.from,
    to: to ? isoDay(to) : defaults.to,
  };
  const days = (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000;
  if (days < 0 || days > MAX_PERIOD_DAYS) {
    invalid = true;
    period = defaults;
  }

  let grade: number | null = null;
  if (raw.data.grade) {
    const value = Number(raw.data.grade);
    if ((GRADES as readonly number[]).includes(value) && /^\d+$/.test(raw.data.grade))
      grade = value;
    else invalid = true;
  }
  return { filter: { ...period, grade }, invalid };
}
