/** The dashboards' own vocabulary, shared by the queries and the pages (isomorphic). */

/** Time from a concern to its first action, in calendar days. */
export const FIRST_ACTION_BUCKETS = [
  "SAME_DAY",
  "DAYS_1_2",
  "DAYS_3_7",
  "DAYS_8_14",
  "OVER_14",
  "NOT_YET",
] as const;
export type FirstActionBucket = (typeof FIRST_ACTION_BUCKETS)[number];

/**
 * The absence thresholds, most serious first: unlawful absence at the notify level, at the
 * warning level (below notify), the pattern of days, days in a row.
 */
export const THRESHOLD_RULES = ["NOTIFY", "WARNING", "PATTERN", "CONSECUTIVE"] as const;
export type ThresholdRule = (typeof THRESHOLD_RULES)[number];
