-- AbsenceStanding keeps only the pupils over at least one of their school's thresholds, and
-- AbsenceStandingWindow the thresholds it was kept over beside the window (docs/decisions/0029):
-- the dashboards read the few pupils they count instead of every pupil with a day's absence.
-- The stored standing is recomputed on the first read after this migration.
DELETE FROM "AbsenceStanding";
DELETE FROM "AbsenceStandingWindow";

-- AlterTable
ALTER TABLE "AbsenceStandingWindow" ADD COLUMN     "consecutiveDays" INTEGER NOT NULL,
ADD COLUMN     "notifyPct" INTEGER NOT NULL,
ADD COLUMN     "patternDays" INTEGER NOT NULL,
ADD COLUMN     "quarterWeekdays" INTEGER NOT NULL,
ADD COLUMN     "warningPct" INTEGER NOT NULL;

-- CreateIndex
CREATE INDEX "CaseEntry_pupilId_kind_schoolId_occurredOn_idx" ON "CaseEntry"("pupilId", "kind", "schoolId", "occurredOn");

-- CreateIndex
CREATE INDEX "Pupil_schoolId_active_classId_idx" ON "Pupil"("schoolId", "active", "classId");

-- The school's pupils over a threshold, over its stored window and thresholds: the same
-- comparisons as the readers' (absenceStandingCtes in lib/worklist/absence.ts).
CREATE OR REPLACE FUNCTION "trivsel_absence_standing_recompute"(p_school uuid, p_pupils uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  w "AbsenceStandingWindow"%ROWTYPE;
BEGIN
  PERFORM "trivsel_lock_school_absence"(p_school);
  SELECT * INTO w FROM "AbsenceStandingWindow" WHERE "schoolId" = p_school;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  DELETE FROM "AbsenceStanding"
   WHERE "schoolId" = p_school AND (p_pupils IS NULL OR "pupilId" = ANY (p_pupils));
  INSERT INTO "AbsenceStanding" ("schoolId", "pupilId", "windowDays", "unauthorisedDays", "longestRun")
  WITH days AS (
    SELECT a."pupilId" AS pupil_id, a."date", a."kind", "trivsel_school_day"(a."date") AS school_day
      FROM "AbsenceRecord" a
     WHERE a."schoolId" = p_school
       AND a."date" BETWEEN LEAST(w."windowFrom", w."quarterFrom") AND w."until"
       AND (p_pupils IS NULL OR a."pupilId" = ANY (p_pupils))
       AND EXTRACT(ISODOW FROM a."date") < 6
  ),
  runs AS (
    SELECT pupil_id, MAX(length)::int AS longest_run
      FROM (SELECT pupil_id, COUNT(*) AS length
              FROM (SELECT pupil_id,
                           school_day - ROW_NUMBER() OVER (PARTITION BY pupil_id ORDER BY school_day) AS run
                      FROM days WHERE "date" >= w."windowFrom") numbered
             GROUP BY pupil_id, run) lengths
     GROUP BY pupil_id
  ),
  counted AS (
    SELECT d.pupil_id,
           (COUNT(*) FILTER (WHERE d."date" >= w."windowFrom"))::int AS window_days,
           (COUNT(*) FILTER (WHERE d."kind" = 'UNAUTHORISED' AND d."date" >= w."quarterFrom"))::int AS unauthorised_days,
           COALESCE(MAX(r.longest_run), 0) AS longest_run
      FROM days d LEFT JOIN runs r ON r.pupil_id = d.pupil_id
     GROUP BY d.pupil_id
  )
  SELECT p_school, c.pupil_id, c.window_days, c.unauthorised_days, c.longest_run
    FROM counted c
   WHERE (c.window_days > 0 AND c.window_days >= w."patternDays")
      OR (c.unauthorised_days > 0 AND c.unauthorised_days * 100 >= w."warningPct" * w."quarterWeekdays")
      OR (c.unauthorised_days > 0 AND c.unauthorised_days * 100 >= w."notifyPct" * w."quarterWeekdays")
      OR (c.longest_run >= w."consecutiveDays");
END;
$$;

-- The readers' window now comes with the thresholds it is counted against.
DROP FUNCTION "trivsel_absence_standing_ensure"(uuid[], date[], date[], date[]);

CREATE FUNCTION "trivsel_absence_standing_ensure"(
  p_schools uuid[], p_window_from date[], p_quarter_from date[], p_until date[],
  p_quarter_weekdays integer[], p_pattern_days integer[], p_warning_pct integer[],
  p_notify_pct integer[], p_consecutive_days integer[]
) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  s record;
  recomputed integer := 0;
BEGIN
  FOR s IN
    SELECT * FROM unnest(p_schools, p_window_from, p_quarter_from, p_until, p_quarter_weekdays,
                         p_pattern_days, p_warning_pct, p_notify_pct, p_consecutive_days)
               AS t(school_id, window_from, quarter_from, until, quarter_weekdays,
                    pattern_days, warning_pct, notify_pct, consecutive_days)
     ORDER BY school_id
  LOOP
    CONTINUE WHEN EXISTS (
      SELECT 1 FROM "AbsenceStandingWindow" w
       WHERE w."schoolId" = s.school_id
         AND (w."windowFrom", w."quarterFrom", w."until", w."quarterWeekdays", w."patternDays",
              w."warningPct", w."notifyPct", w."consecutiveDays")
           = (s.window_from, s.quarter_from, s.until, s.quarter_weekdays, s.pattern_days,
              s.warning_pct, s.notify_pct, s.consecutive_days));
    PERFORM "trivsel_lock_school_absence"(s.school_id);
    -- Another transaction may have moved it while this one waited for the lock.
    CONTINUE WHEN EXISTS (
      SELECT 1 FROM "AbsenceStandingWindow" w
       WHERE w."schoolId" = s.school_id
         AND (w."windowFrom", w."quarterFrom", w."until", w."quarterWeekdays", w."patternDays",
              w."warningPct", w."notifyPct", w."consecutiveDays")
           = (s.window_from, s.quarter_from, s.until, s.quarter_weekdays, s.pattern_days,
              s.warning_pct, s.notify_pct, s.consecutive_days));
    INSERT INTO "AbsenceStandingWindow"
      ("schoolId", "windowFrom", "quarterFrom", "until", "quarterWeekdays", "patternDays",
       "warningPct", "notifyPct", "consecutiveDays", "computedAt")
    VALUES (s.school_id, s.window_from, s.quarter_from, s.until, s.quarter_weekdays, s.pattern_days,
            s.warning_pct, s.notify_pct, s.consecutive_days, now())
    ON CONFLICT ("schoolId") DO UPDATE
      SET "windowFrom" = EXCLUDED."windowFrom", "quarterFrom" = EXCLUDED."quarterFrom",
          "until" = EXCLUDED."until", "quarterWeekdays" = EXCLUDED."quarterWeekdays",
          "patternDays" = EXCLUDED."patternDays", "warningPct" = EXCLUDED."warningPct",
          "notifyPct" = EXCLUDED."notifyPct", "consecutiveDays" = EXCLUDED."consecutiveDays",
          "computedAt" = EXCLUDED."computedAt";
    PERFORM "trivsel_absence_standing_recompute"(s.school_id, NULL);
    recomputed := recomputed + 1;
  END LOOP;
  RETURN recomputed;
END;
$$;
