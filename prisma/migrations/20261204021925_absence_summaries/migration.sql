-- CreateEnum
CREATE TYPE "AbsencePeriodKind" AS ENUM ('MONTH', 'SCHOOL_YEAR');

-- CreateTable
CREATE TABLE "AbsenceStanding" (
    "schoolId" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "windowDays" INTEGER NOT NULL,
    "unauthorisedDays" INTEGER NOT NULL,
    "longestRun" INTEGER NOT NULL,

    CONSTRAINT "AbsenceStanding_pkey" PRIMARY KEY ("schoolId","pupilId")
);

-- CreateTable
CREATE TABLE "AbsenceStandingWindow" (
    "schoolId" UUID NOT NULL,
    "windowFrom" DATE NOT NULL,
    "quarterFrom" DATE NOT NULL,
    "until" DATE NOT NULL,
    "computedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AbsenceStandingWindow_pkey" PRIMARY KEY ("schoolId")
);

-- CreateTable
CREATE TABLE "AbsenceClassPeriod" (
    "schoolId" UUID NOT NULL,
    "classKey" UUID NOT NULL,
    "kind" "AbsencePeriodKind" NOT NULL,
    "start" DATE NOT NULL,
    "days" INTEGER NOT NULL,
    "unauthorisedDays" INTEGER NOT NULL,
    "pupils" INTEGER NOT NULL,
    "unauthorisedPupils" INTEGER NOT NULL,

    CONSTRAINT "AbsenceClassPeriod_pkey" PRIMARY KEY ("schoolId","kind","start","classKey")
);

-- CreateIndex
CREATE INDEX "AbsenceStanding_pupilId_idx" ON "AbsenceStanding"("pupilId");

-- AddForeignKey
ALTER TABLE "AbsenceStanding" ADD CONSTRAINT "AbsenceStanding_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ─── The absence summaries, kept by the database (docs/decisions/0029) ────────────────────────
-- Every write to the absence register, and every change of a pupil's class, school or being a
-- current pupil, recomputes the summary rows it moves, in the same transaction, from the register
-- itself: a summary is never adjusted by a difference, so it cannot drift. Recomputations of one
-- school are serialised by a transaction-level advisory lock, so that two transactions never
-- interleave their DELETE and INSERT of the same rows.

-- Weekdays numbered without gaps over weekends (2001-01-01 was a Monday): consecutive school days
-- get consecutive numbers. As in the absence rules of lib/absence/rules.ts.
CREATE FUNCTION "trivsel_school_day"(d date) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ((d - DATE '2001-01-01') / 7) * 5 + ((d - DATE '2001-01-01') % 7)
$$;

-- 1 August of the school year a day belongs to (1 August – 31 July).
CREATE FUNCTION "trivsel_school_year_start"(d date) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT make_date(EXTRACT(YEAR FROM d - INTERVAL '7 months')::int, 8, 1)
$$;

CREATE FUNCTION "trivsel_lock_school_absence"(p_school uuid) RETURNS void
LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(hashtext('trivsel.absence-summaries'), hashtext(p_school::text))
$$;

-- ─── Each pupil's standing against the school's absence rules ────────────────────────────────

-- Recomputes the AbsenceStanding rows of a school's pupils (all of them when p_pupils is null)
-- over the school's stored rule window; nothing when the school has none yet (its first read
-- computes it, trivsel_absence_standing_ensure).
CREATE FUNCTION "trivsel_absence_standing_recompute"(p_school uuid, p_pupils uuid[]) RETURNS void
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
  )
  SELECT p_school, d.pupil_id,
         (COUNT(*) FILTER (WHERE d."date" >= w."windowFrom"))::int,
         (COUNT(*) FILTER (WHERE d."kind" = 'UNAUTHORISED' AND d."date" >= w."quarterFrom"))::int,
         COALESCE(MAX(r.longest_run), 0)
    FROM days d LEFT JOIN runs r ON r.pupil_id = d.pupil_id
   GROUP BY d.pupil_id;
END;
$$;

-- Moves each school's rule window to the one given (the readers compute it: lib/absence/standing.ts)
-- and recomputes the school's standing, where the stored window differs. Schools in id order, so
-- that two readers of overlapping schools take their locks in the same order. Returns how many
-- schools were recomputed.
CREATE FUNCTION "trivsel_absence_standing_ensure"(
  p_schools uuid[], p_window_from date[], p_quarter_from date[], p_until date[]
) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  s record;
  recomputed integer := 0;
BEGIN
  FOR s IN
    SELECT * FROM unnest(p_schools, p_window_from, p_quarter_from, p_until)
               AS t(school_id, window_from, quarter_from, until)
     ORDER BY school_id
  LOOP
    CONTINUE WHEN EXISTS (
      SELECT 1 FROM "AbsenceStandingWindow"
       WHERE "schoolId" = s.school_id AND "windowFrom" = s.window_from
         AND "quarterFrom" = s.quarter_from AND "until" = s.until);
    PERFORM "trivsel_lock_school_absence"(s.school_id);
    -- Another transaction may have moved it while this one waited for the lock.
    CONTINUE WHEN EXISTS (
      SELECT 1 FROM "AbsenceStandingWindow"
       WHERE "schoolId" = s.school_id AND "windowFrom" = s.window_from
         AND "quarterFrom" = s.quarter_from AND "until" = s.until);
    INSERT INTO "AbsenceStandingWindow" ("schoolId", "windowFrom", "quarterFrom", "until", "computedAt")
    VALUES (s.school_id, s.window_from, s.quarter_from, s.until, now())
    ON CONFLICT ("schoolId") DO UPDATE
      SET "windowFrom" = EXCLUDED."windowFrom", "quarterFrom" = EXCLUDED."quarterFrom",
          "until" = EXCLUDED."until", "computedAt" = EXCLUDED."computedAt";
    PERFORM "trivsel_absence_standing_recompute"(s.school_id, NULL);
    recomputed := recomputed + 1;
  END LOOP;
  RETURN recomputed;
END;
$$;

-- ─── Absence per class, month and school year ─────────────────────────────────────────────────

-- Recomputes every AbsenceClassPeriod row of the given classes: p_classes is {{schoolId, classKey}, …},
-- classKey the nil UUID for pupils without a class. Counts the school days with absence of the
-- class's current pupils, recorded at their school.
CREATE FUNCTION "trivsel_absence_classes_recompute"(p_classes uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  s uuid;
BEGIN
  IF coalesce(array_length(p_classes, 1), 0) = 0 THEN
    RETURN;
  END IF;
  FOR s IN
    SELECT DISTINCT p_classes[i][1] FROM generate_subscripts(p_classes, 1) AS i ORDER BY 1
  LOOP
    PERFORM "trivsel_lock_school_absence"(s);
  END LOOP;
  DELETE FROM "AbsenceClassPeriod" c
   USING (SELECT DISTINCT p_classes[i][1] AS school_id, p_classes[i][2] AS class_key
            FROM generate_subscripts(p_classes, 1) AS i) k
   WHERE c."schoolId" = k.school_id AND c."classKey" = k.class_key;
  INSERT INTO "AbsenceClassPeriod"
    ("schoolId", "classKey", "kind", "start", "days", "unauthorisedDays", "pupils", "unauthorisedPupils")
  SELECT x.school_id, x.class_key,
         CASE WHEN GROUPING(x.month) = 0 THEN 'MONTH' ELSE 'SCHOOL_YEAR' END::"AbsencePeriodKind",
         COALESCE(x.month, x.year_start),
         COUNT(*)::int,
         (COUNT(*) FILTER (WHERE x."kind" = 'UNAUTHORISED'))::int,
         COUNT(DISTINCT x.pupil_id)::int,
         (COUNT(DISTINCT x.pupil_id) FILTER (WHERE x."kind" = 'UNAUTHORISED'))::int
    FROM (SELECT k.school_id, k.class_key, r."pupilId" AS pupil_id, r."kind",
                 date_trunc('month', r."date")::date AS month,
                 "trivsel_school_year_start"(r."date") AS year_start
            FROM (SELECT DISTINCT p_classes[i][1] AS school_id, p_classes[i][2] AS class_key
                    FROM generate_subscripts(p_classes, 1) AS i) k
            JOIN "Pupil" p ON p."schoolId" = k.school_id AND p."active"
                          AND COALESCE(p."classId", '00000000-0000-0000-0000-000000000000') = k.class_key
            JOIN "AbsenceRecord" r ON r."pupilId" = p."id" AND r."schoolId" = p."schoolId"
           WHERE EXTRACT(ISODOW FROM r."date") < 6) x
   GROUP BY GROUPING SETS ((x.school_id, x.class_key, x.month), (x.school_id, x.class_key, x.year_start));
END;
$$;

-- The classes of these pupils now (or as they were, for pupils just deleted: see the Pupil trigger).
CREATE FUNCTION "trivsel_classes_of"(p_pupils uuid[]) RETURNS uuid[]
LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(DISTINCT ARRAY[p."schoolId", COALESCE(p."classId", '00000000-0000-0000-0000-000000000000')]), '{}')
    FROM "Pupil" p WHERE p."id" = ANY (p_pupils)
$$;

-- ─── The triggers ────────────────────────────────────────────────────────────────────────────

-- After a statement on the absence register: the standing of the pupils it touched, per school,
-- and the classes they are in.
CREATE FUNCTION "trivsel_absence_records_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  touched uuid[] := '{}';  -- {{schoolId, pupilId}, …}
  s record;
BEGIN
  -- A trigger's transition tables exist only for its own events: each is read only where it exists.
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    touched := touched || ARRAY(SELECT DISTINCT ARRAY["schoolId", "pupilId"] FROM new_rows);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    touched := touched || ARRAY(SELECT DISTINCT ARRAY["schoolId", "pupilId"] FROM old_rows);
  END IF;
  FOR s IN
    SELECT touched[i][1] AS school_id, array_agg(DISTINCT touched[i][2]) AS pupils
      FROM generate_subscripts(touched, 1) AS i GROUP BY 1 ORDER BY 1
  LOOP
    PERFORM "trivsel_absence_standing_recompute"(s.school_id, s.pupils);
  END LOOP;
  PERFORM "trivsel_absence_classes_recompute"("trivsel_classes_of"(
    ARRAY(SELECT DISTINCT touched[i][2] FROM generate_subscripts(touched, 1) AS i)));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "absence_records_inserted" AFTER INSERT ON "AbsenceRecord"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "trivsel_absence_records_changed"();
CREATE TRIGGER "absence_records_updated" AFTER UPDATE ON "AbsenceRecord"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "trivsel_absence_records_changed"();
CREATE TRIGGER "absence_records_deleted" AFTER DELETE ON "AbsenceRecord"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "trivsel_absence_records_changed"();

-- After a statement on pupils: the classes a pupil left or joined (a new class, another school,
-- no longer a current pupil, deleted). A pupil's standing follows their records, and the readers
-- join the current pupils, so it needs nothing here.
CREATE FUNCTION "trivsel_pupils_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  nil CONSTANT uuid := '00000000-0000-0000-0000-000000000000';
  classes uuid[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT coalesce(array_agg(DISTINCT k), '{}') INTO classes
      FROM (SELECT ARRAY[o."schoolId", COALESCE(o."classId", nil)] AS k
              FROM old_rows o JOIN new_rows n ON n."id" = o."id"
             WHERE (o."classId", o."schoolId", o."active") IS DISTINCT FROM (n."classId", n."schoolId", n."active")
            UNION
            SELECT ARRAY[n."schoolId", COALESCE(n."classId", nil)]
              FROM old_rows o JOIN new_rows n ON n."id" = o."id"
             WHERE (o."classId", o."schoolId", o."active") IS DISTINCT FROM (n."classId", n."schoolId", n."active")) changed;
  ELSE
    SELECT coalesce(array_agg(DISTINCT ARRAY[o."schoolId", COALESCE(o."classId", nil)]), '{}') INTO classes
      FROM old_rows o;
  END IF;
  PERFORM "trivsel_absence_classes_recompute"(classes);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "pupils_updated" AFTER UPDATE ON "Pupil"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "trivsel_pupils_changed"();
CREATE TRIGGER "pupils_deleted" AFTER DELETE ON "Pupil"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "trivsel_pupils_changed"();

-- The register as it stands when this migration runs.
SELECT "trivsel_absence_classes_recompute"(
  ARRAY(SELECT DISTINCT ARRAY[p."schoolId", COALESCE(p."classId", '00000000-0000-0000-0000-000000000000')]
          FROM "Pupil" p)
);
