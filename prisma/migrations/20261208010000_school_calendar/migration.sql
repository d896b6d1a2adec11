-- A school's holidays (ferier og fridage): the absence rules count school days — weekdays without
-- public holidays and without the school's holidays — not weekdays (docs/decisions/0041).
CREATE TABLE "SchoolHoliday" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "from" DATE NOT NULL,
    "to" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SchoolHoliday_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "SchoolHoliday_schoolId_to_idx" ON "SchoolHoliday"("schoolId", "to");

ALTER TABLE "SchoolHoliday" ADD CONSTRAINT "SchoolHoliday_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A holiday ends on or after the day it begins. A trigger, not a CHECK constraint: Prisma 6.19's
-- schema engine crashes ("RuntimeError: unreachable") diffing a shadow database that has one
-- (docs/decisions/0041).
CREATE FUNCTION "school_holiday_ends_after_it_begins"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."to" < NEW."from" THEN
    RAISE EXCEPTION 'a school holiday ends before it begins (% to %)', NEW."from", NEW."to"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "school_holiday_ends_after_it_begins" BEFORE INSERT OR UPDATE ON "SchoolHoliday"
  FOR EACH ROW EXECUTE FUNCTION "school_holiday_ends_after_it_begins"();

-- The window's days without school (weekdays only: public holidays and the school's holidays)
-- are kept beside it: a day in it counts for nothing, and a run of absence bridges it as it
-- bridges a weekend. Every school's standing is counted anew at its next read.
DELETE FROM "AbsenceStandingWindow";
ALTER TABLE "AbsenceStandingWindow" ADD COLUMN "closedDays" DATE[];

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
    -- School days numbered without gaps: weekdays, less the closed ones before the day.
    SELECT a."pupilId" AS pupil_id, a."date", a."kind",
           "trivsel_school_day"(a."date")
             - (SELECT COUNT(*)::int FROM unnest(w."closedDays") c WHERE c < a."date") AS school_day
      FROM "AbsenceRecord" a
     WHERE a."schoolId" = p_school
       AND a."date" BETWEEN LEAST(w."windowFrom", w."quarterFrom") AND w."until"
       AND (p_pupils IS NULL OR a."pupilId" = ANY (p_pupils))
       AND EXTRACT(ISODOW FROM a."date") < 6
       AND NOT (a."date" = ANY (COALESCE(w."closedDays", '{}')))
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

-- The readers' window now comes with its days without school, each school's as the text of a
-- DATE[] ('{2026-10-12,2026-10-13}'): one array per school, of any length.
DROP FUNCTION "trivsel_absence_standing_ensure"(uuid[], date[], date[], date[], integer[], integer[], integer[], integer[], integer[]);

CREATE FUNCTION "trivsel_absence_standing_ensure"(
  p_schools uuid[], p_window_from date[], p_quarter_from date[], p_until date[],
  p_quarter_weekdays integer[], p_pattern_days integer[], p_warning_pct integer[],
  p_notify_pct integer[], p_consecutive_days integer[], p_closed_days text[]
) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  s record;
  recomputed integer := 0;
BEGIN
  FOR s IN
    SELECT t.school_id, t.window_from, t.quarter_from, t.until, t.quarter_weekdays,
           t.pattern_days, t.warning_pct, t.notify_pct, t.consecutive_days,
           t.closed_days::date[] AS closed_days
      FROM unnest(p_schools, p_window_from, p_quarter_from, p_until, p_quarter_weekdays,
                  p_pattern_days, p_warning_pct, p_notify_pct, p_consecutive_days, p_closed_days)
               AS t(school_id, window_from, quarter_from, until, quarter_weekdays,
                    pattern_days, warning_pct, notify_pct, consecutive_days, closed_days)
     ORDER BY t.school_id
  LOOP
    CONTINUE WHEN EXISTS (
      SELECT 1 FROM "AbsenceStandingWindow" w
       WHERE w."schoolId" = s.school_id
         AND (w."windowFrom", w."quarterFrom", w."until", w."quarterWeekdays", w."patternDays",
              w."warningPct", w."notifyPct", w."consecutiveDays", w."closedDays")
           = (s.window_from, s.quarter_from, s.until, s.quarter_weekdays, s.pattern_days,
              s.warning_pct, s.notify_pct, s.consecutive_days, s.closed_days));
    PERFORM "trivsel_lock_school_absence"(s.school_id);
    -- Another transaction may have moved it while this one waited for the lock.
    CONTINUE WHEN EXISTS (
      SELECT 1 FROM "AbsenceStandingWindow" w
       WHERE w."schoolId" = s.school_id
         AND (w."windowFrom", w."quarterFrom", w."until", w."quarterWeekdays", w."patternDays",
              w."warningPct", w."notifyPct", w."consecutiveDays", w."closedDays")
           = (s.window_from, s.quarter_from, s.until, s.quarter_weekdays, s.pattern_days,
              s.warning_pct, s.notify_pct, s.consecutive_days, s.closed_days));
    INSERT INTO "AbsenceStandingWindow"
      ("schoolId", "windowFrom", "quarterFrom", "until", "quarterWeekdays", "patternDays",
       "warningPct", "notifyPct", "consecutiveDays", "closedDays", "computedAt")
    VALUES (s.school_id, s.window_from, s.quarter_from, s.until, s.quarter_weekdays, s.pattern_days,
            s.warning_pct, s.notify_pct, s.consecutive_days, s.closed_days, now())
    ON CONFLICT ("schoolId") DO UPDATE
      SET "windowFrom" = EXCLUDED."windowFrom", "quarterFrom" = EXCLUDED."quarterFrom",
          "until" = EXCLUDED."until", "quarterWeekdays" = EXCLUDED."quarterWeekdays",
          "patternDays" = EXCLUDED."patternDays", "warningPct" = EXCLUDED."warningPct",
          "notifyPct" = EXCLUDED."notifyPct", "consecutiveDays" = EXCLUDED."consecutiveDays",
          "closedDays" = EXCLUDED."closedDays", "computedAt" = EXCLUDED."computedAt";
    PERFORM "trivsel_absence_standing_recompute"(s.school_id, NULL);
    recomputed := recomputed + 1;
  END LOOP;
  RETURN recomputed;
END;
$$;
