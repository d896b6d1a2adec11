/** The school year that begins in August of `start`: "2026/27". */
export function schoolYearLabel(start: number): string {
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

/** A Danish school year starts on 1 August: "2026/27" runs from August 2026 to July 2027. */
export function currentSchoolYear(today = new Date()): string {
  const start = today.getUTCMonth() >= 7 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  return schoolYearLabel(start);
}
