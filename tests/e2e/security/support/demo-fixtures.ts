/**
 * The ids (and current versions) of Demoskolen's records that the authorization matrix aims its
 * calls at, read fresh from the e2e database before each call: a refused call must find them as
 * they were, an allowed one needs the version a form would carry.
 *
 * Two records are the matrix's own, made by its first allowed calls (the administrator creating
 * a staff member and a pupil): the calls that change or remove staff and pupils aim at them, so
 * the demo users the other specs sign in as are left alone.
 */
import type pg from "pg";
import { addDays, isoDay, todayInDenmark } from "@/lib/dates";
import { demoCalendar } from "../../support/demo-calendar";

export const MATRIX_STAFF_EMAIL = "matrix-staff@demoskolen.dk";
export const MATRIX_PUPIL_ID = "MATRIX-1";
export const MATRIX_HOLIDAY = "Matrixferie";
export const SCHOOL = "Demoskolen";

type Row = Record<string, unknown>;

async function one(db: pg.Client, sql: string, params: unknown[] = []): Promise<Row> {
  const { rows } = await db.query(sql, params);
  return (rows[0] as Row | undefined) ?? {};
}

function str(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

function day(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : str(value);
}

/** A school day of the demo schools two weeks or more ago (for a manual absence), as YYYY-MM-DD. */
export function recentSchoolDay(): string {
  const calendar = demoCalendar();
  let day = addDays(todayInDenmark(), -14);
  while (!calendar.isSchoolDay(day)) day = addDays(day, -1);
  return isoDay(day);
}

export function today(offsetDays = 0): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

export async function loadFixtures(db: pg.Client) {
  const school = await one(
    db,
    `SELECT s.id, s.name, s.code, s.version, t.version AS "thresholdsVersion"
       FROM "School" s LEFT JOIN "ThresholdSettings" t ON t."schoolId" = s.id WHERE s.name = $1`,
    [SCHOOL],
  );
  const schoolId = str(school.id);
  const user = async (email: string) =>
    str((await one(db, `SELECT id FROM "User" WHERE email = $1`, [email])).id);
  const trivselsperson = await user("trivselsperson@demoskolen.dk");

  const class4A = await one(
    db,
    `SELECT id, version, grade, letter, "schoolYear" FROM "Class"
      WHERE "schoolId" = $1 AND grade = 4 AND letter = 'A' AND active`,
    [schoolId],
  );
  const staff = await one(db, `SELECT id, version, name, email FROM "User" WHERE email = $1`, [
    MATRIX_STAFF_EMAIL,
  ]);
  const pupil = await one(
    db,
    `SELECT id, version, "firstName", "lastName", "dateOfBirth", "classId" FROM "Pupil"
      WHERE "schoolId" = $1 AND "externalId" = $2`,
    [schoolId, MATRIX_PUPIL_ID],
  );
  const guardian = await one(
    db,
    `SELECT id, version, name FROM "Guardian" WHERE "pupilId" = $1 ORDER BY "createdAt" LIMIT 1`,
    [pupil.id ?? null],
  );
  // Consent is recorded for a pupil of the demo with a guardian holding parental authority (a
  // guardian in a consent cannot be removed, and the matrix removes its own pupil's guardian).
  const consentPupil = await one(
    db,
    `SELECT p.id AS "pupilId", g.id AS "guardianId" FROM "Pupil" p
       JOIN "Guardian" g ON g."pupilId" = p.id AND g."hasParentalAuthority"
      WHERE p."classId" = $1 AND p.active ORDER BY p."lastName", p."firstName", g."createdAt" LIMIT 1`,
    [class4A.id],
  );
  const consent = await one(
    db,
    `SELECT id FROM "Consent" WHERE "pupilId" = $1 AND "withdrawnOn" IS NULL
      ORDER BY "createdAt" DESC LIMIT 1`,
    [consentPupil.pupilId],
  );
  const concern = await one(
    db,
    `SELECT id, version FROM "Concern" WHERE "schoolId" = $1 ORDER BY "createdAt" LIMIT 1`,
    [schoolId],
  );

  const planned = await one(
    db,
    `SELECT id, version, "startsAt", place FROM "ForumMeeting"
      WHERE "schoolId" = $1 AND status = 'PLANNED' ORDER BY "startsAt" LIMIT 1`,
    [schoolId],
  );
  const addedParticipant = await one(
    db,
    `SELECT p.id FROM "ForumParticipant" p WHERE p."meetingId" = $1 AND p."userId" = $2`,
    [planned.id, staff.id ?? null],
  );
  const plannedPupilItem = await one(
    db,
    `SELECT id, version FROM "AgendaItem" WHERE "meetingId" = $1 AND kind = 'PUPIL'
      ORDER BY position LIMIT 1`,
    [planned.id],
  );
  const matrixTheme = await one(
    db,
    `SELECT id FROM "AgendaItem" WHERE "meetingId" = $1 AND kind = 'THEME' AND title = 'Matrix-tema'
      ORDER BY position DESC LIMIT 1`,
    [planned.id],
  );
  // An item the consent gate lets open (the guardians attended), in a held meeting of the fixed
  // members only: the forum members write minutes, plans and actions there.
  const openItem = await one(
    db,
    `SELECT a.id, a.version FROM "AgendaItem" a JOIN "ForumMeeting" m ON m.id = a."meetingId"
      WHERE m."schoolId" = $1 AND a.kind = 'PUPIL' AND a."guardiansAttending"
      ORDER BY m."startsAt" DESC LIMIT 1`,
    [schoolId],
  );
  const plan = await one(db, `SELECT id, version FROM "ActionPlan" WHERE "agendaItemId" = $1`, [
    openItem.id,
  ]);
  const planAction = await one(
    db,
    `SELECT id, version FROM "Action" WHERE "planId" = $1 ORDER BY "createdAt" LIMIT 1`,
    [plan.id ?? null],
  );
  const trivselspersonAction = await one(
    db,
    `SELECT id, version FROM "Action" WHERE "schoolId" = $1 AND "responsibleUserId" = $2
        AND status = 'OPEN' AND "planId" IS NOT NULL ORDER BY "createdAt" LIMIT 1`,
    [schoolId, trivselsperson],
  );
  const feedback = await one(
    db,
    `SELECT id, version FROM "ParentFeedback" WHERE "schoolId" = $1 AND "responsibleUserId" = $2
      ORDER BY "createdAt" LIMIT 1`,
    [schoolId, trivselsperson],
  );

  const conference = await one(
    db,
    `SELECT id FROM "ClassConference" WHERE "schoolId" = $1 ORDER BY "heldOn" DESC LIMIT 1`,
    [schoolId],
  );
  const review = await one(
    db,
    `SELECT id, version, "classId" FROM "ClassConferenceReview"
      WHERE "conferenceId" = $1 AND "classId" = $2`,
    [conference.id ?? null, class4A.id],
  );
  const conferenceTask = await one(
    db,
    `SELECT id, version FROM "Action" WHERE "reviewId" IS NOT NULL AND "schoolId" = $1
        AND status = 'OPEN' ORDER BY "createdAt" LIMIT 1`,
    [schoolId],
  );
  const group = await one(
    db,
    `SELECT id, version, kind, name, "leaderId", "startsOn", "endsOn" FROM "Group"
      WHERE "schoolId" = $1 AND active ORDER BY "createdAt" LIMIT 1`,
    [schoolId],
  );
  const classWork = await one(
    db,
    `SELECT id, version, "heldOn", title, description FROM "ClassWork"
      WHERE "schoolId" = $1 ORDER BY "createdAt" LIMIT 1`,
    [schoolId],
  );

  const entryOfTrivselsperson = await one(
    db,
    `SELECT id, version FROM "CaseEntry" WHERE "pupilId" = $1 AND "authorId" = $2 AND kind = 'NOTE'
      ORDER BY "createdAt" LIMIT 1`,
    [pupil.id ?? null, trivselsperson],
  );
  const openFollowUp = await one(
    db,
    `SELECT id, version FROM "CaseEntry" WHERE "schoolId" = $1 AND confidentiality = 'CASE'
        AND "followUpOn" IS NOT NULL AND "followUpDoneAt" IS NULL ORDER BY "createdAt" LIMIT 1`,
    [schoolId],
  );
  const notification = await one(
    db,
    `SELECT e.id, n.version FROM "CaseEntry" e JOIN "Notification" n ON n."caseEntryId" = e.id
      WHERE e."schoolId" = $1 AND e.confidentiality = 'CASE' LIMIT 1`,
    [schoolId],
  );
  const schoolHome = await one(
    db,
    `SELECT id, "pupilId" FROM "CaseEntry" WHERE "schoolId" = $1 AND kind = 'SCHOOL_HOME_CONVERSATION'
      AND confidentiality = 'CASE' LIMIT 1`,
    [schoolId],
  );
  const teachersConcern = await one(
    db,
    `SELECT c.id FROM "Concern" c JOIN "User" u ON u.id = c."raisedById"
      WHERE c."schoolId" = $1 AND u.email = 'laerer@demoskolen.dk' ORDER BY c."createdAt" LIMIT 1`,
    [schoolId],
  );
  const themeItem = await one(
    db,
    `SELECT a.id, a."meetingId" FROM "AgendaItem" a JOIN "ForumMeeting" m ON m.id = a."meetingId"
      WHERE m."schoolId" = $1 AND a.kind = 'THEME' AND m.status = 'HELD'
        AND NOT EXISTS (SELECT 1 FROM "ForumParticipant" p WHERE p."meetingId" = m.id AND p."adHoc")
      ORDER BY m."startsAt" LIMIT 1`,
    [schoolId],
  );

  // The health nurse's latest emergency access to the matrix's pupil (the matrix asks for it).
  const nurseGrant = await one(
    db,
    `SELECT e.id, e.version FROM "EmergencyAccess" e JOIN "User" u ON u.id = e."userId"
      WHERE u.email = 'sundhedsplejerske@demoskolen.dk' AND e."pupilId" = $1
      ORDER BY e."startedAt" DESC LIMIT 1`,
    [pupil.id ?? null],
  );

  const matrixHoliday = await one(
    db,
    `SELECT id FROM "SchoolHoliday" WHERE "schoolId" = $1 AND name = $2 ORDER BY "createdAt" DESC LIMIT 1`,
    [schoolId, MATRIX_HOLIDAY],
  );

  return {
    nurseGrant: { id: str(nurseGrant.id), version: str(nurseGrant.version) },
    matrixHoliday: { id: str(matrixHoliday.id) },
    school: {
      id: schoolId,
      name: str(school.name),
      code: str(school.code),
      version: str(school.version),
    },
    thresholdsVersion: str(school.thresholdsVersion ?? 0),
    users: { trivselsperson },
    class4A: {
      id: str(class4A.id),
      version: str(class4A.version),
      grade: str(class4A.grade),
      letter: str(class4A.letter),
      schoolYear: str(class4A.schoolYear),
    },
    staff: { id: str(staff.id), version: str(staff.version), name: str(staff.name) },
    pupil: {
      id: str(pupil.id),
      version: str(pupil.version),
      firstName: str(pupil.firstName),
      lastName: str(pupil.lastName),
      dateOfBirth: day(pupil.dateOfBirth),
    },
    guardian: { id: str(guardian.id), version: str(guardian.version), name: str(guardian.name) },
    consent: {
      id: str(consent.id),
      pupilId: str(consentPupil.pupilId),
      guardianId: str(consentPupil.guardianId),
    },
    concern: { id: str(concern.id), version: str(concern.version) },
    planned: {
      id: str(planned.id),
      version: str(planned.version),
      day: day(planned.startsAt),
      place: str(planned.place),
    },
    addedParticipantId: str(addedParticipant.id),
    plannedPupilItem: { id: str(plannedPupilItem.id), version: str(plannedPupilItem.version) },
    matrixThemeId: str(matrixTheme.id),
    openItem: { id: str(openItem.id), version: str(openItem.version) },
    planVersion: str(plan.version ?? 0),
    planAction: { id: str(planAction.id), version: str(planAction.version) },
    trivselspersonAction: {
      id: str(trivselspersonAction.id),
      version: str(trivselspersonAction.version),
    },
    feedback: { id: str(feedback.id), version: str(feedback.version) },
    conferenceId: str(conference.id),
    review: { id: str(review.id), version: str(review.version), classId: str(review.classId) },
    conferenceTask: { id: str(conferenceTask.id), version: str(conferenceTask.version) },
    group: {
      id: str(group.id),
      version: str(group.version),
      kind: str(group.kind),
      name: str(group.name),
      leaderId: str(group.leaderId),
      startsOn: day(group.startsOn),
      endsOn: day(group.endsOn),
    },
    classWork: {
      id: str(classWork.id),
      version: str(classWork.version),
      heldOn: day(classWork.heldOn),
      title: str(classWork.title),
      description: str(classWork.description),
    },
    entryOfTrivselsperson: {
      id: str(entryOfTrivselsperson.id),
      version: str(entryOfTrivselsperson.version),
    },
    openFollowUp: { id: str(openFollowUp.id), version: str(openFollowUp.version) },
    notification: { entryId: str(notification.id), version: str(notification.version) },
    schoolHome: { id: str(schoolHome.id), pupilId: str(schoolHome.pupilId) },
    teachersConcernId: str(teachersConcern.id),
    themeItem: { id: str(themeItem.id), meetingId: str(themeItem.meetingId) },
  };
}

export type Fixtures = Awaited<ReturnType<typeof loadFixtures>>;
