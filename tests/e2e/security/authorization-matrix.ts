/**
 * The authorization matrix (issue #6): every server action and every page of the app shell, the
 * permission of lib/auth/policy.ts that governs it, and the form a browser would send. Whether a
 * role may do it is not written here: it is derived from the policy table (ROLE_PERMISSIONS via
 * `can`, and where an action is narrower than its permission, the policy function that narrows
 * it). authorization-matrix.spec.ts checks that the running app does exactly that, and fails for
 * an action or page that has no row here.
 *
 * Rows run in this order: the first allowed calls make the matrix's own staff member and pupil
 * (demo-fixtures.ts), which the later calls change, so no demo user is touched.
 */
import {
  canReadEntryContent,
  canRequestEmergencyAccess,
  can,
  type Actor,
  type Permission,
} from "@/lib/auth/policy";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  MATRIX_HOLIDAY,
  MATRIX_PUPIL_ID,
  MATRIX_STAFF_EMAIL,
  recentSchoolDay,
  today,
  type Fixtures,
} from "./support/demo-fixtures";

type Fields = Record<string, string | string[]>;

export type ActionRow = {
  /** "<source file>#<exported name>", as in the build's server-reference-manifest.json. */
  action: string;
  /** The permission that decides; several: any of them. */
  permission: Permission | readonly Permission[] | "signed-in" | "anyone";
  /**
   * Where the action is narrower than its permission (only the author, only whoever may read the
   * entry's content): the policy's own rule for it.
   */
  narrowedBy?: { rule: string; allows: (role: Role) => boolean };
  /**
   * "target": aimed at a Demoskolen record, so a user of another school is refused. "own-school":
   * creates at the actor's own school, so another school's user is not refused (not checked).
   */
  crossSchool?: "target" | "own-school";
  /** The form as a browser sends it. */
  fields: (f: Fixtures) => Fields;
  /** Actions called with the FormData alone (not through useActionState). */
  formDataOnly?: boolean;
};

/** The actor a demo user of one role is, for the policy functions. */
export function actorWithRole(role: Role): Actor {
  return {
    userId: `user-${role}`,
    name: role,
    email: `${role}@example.invalid`,
    schoolId: "school",
    schoolName: "Demoskolen",
    municipalityId: "municipality",
    roles: [role],
  };
}

function readsContent(entry: {
  confidentiality: "CASE" | "FORUM" | "PROFESSION" | "PRIVATE";
  authorRole: Role;
}) {
  return (role: Role) =>
    canReadEntryContent(
      actorWithRole(role),
      { schoolId: "school", authorId: "user-TRIVSELSPERSON", ...entry },
      { forumConsentActive: false },
    );
}

const onlyTheTrivselsperson = {
  rule: "only its author or owner, the trivselsperson (demo data)",
  allows: (role: Role) => role === "TRIVSELSPERSON",
};

const F = "app/(app)/forum/actions.ts";
const S = "app/(app)/admin/staff/actions.ts";
const P = "app/(app)/admin/pupils/actions.ts";
const CC = "app/(app)/class-conferences/actions.ts";
const G = "app/(app)/groups/actions.ts";
const EA = "app/(app)/pupils/[id]/emergency-access/actions.ts";
const TF = "app/(app)/admin/staff/two-factor-actions.ts";

export const ACTION_MATRIX: readonly ActionRow[] = [
  // ─── Preferences (no pupil data) ───────────────────────────────────────────────────────────
  {
    action: "app/actions.ts#setLocale",
    permission: "anyone",
    crossSchool: "own-school",
    formDataOnly: true,
    fields: () => ({ locale: "da" }),
  },
  {
    action: "app/actions.ts#selectSchool",
    permission: "signed-in",
    formDataOnly: true,
    fields: (f) => ({ schoolId: f.school.id }),
  },

  // ─── Administration: the matrix's own staff member and pupil first ──────────────────────────
  {
    action: `${S}#createStaffAction`,
    permission: "admin:staff",
    crossSchool: "own-school",
    fields: () => ({ name: "Matrix Medarbejder", email: MATRIX_STAFF_EMAIL, roles: "TEACHER" }),
  },
  {
    action: `${P}#createPupilAction`,
    permission: "admin:pupils",
    crossSchool: "own-school",
    fields: (f) => ({
      firstName: "Matrix",
      lastName: "Elev",
      dateOfBirth: "2016-05-04",
      externalId: MATRIX_PUPIL_ID,
      classId: f.class4A.id,
    }),
  },
  {
    action: `${P}#updatePupilAction`,
    permission: "admin:pupils",
    fields: (f) => ({
      id: f.pupil.id,
      version: f.pupil.version,
      firstName: "Matrix",
      lastName: "Elev",
      dateOfBirth: "2016-05-04",
      externalId: MATRIX_PUPIL_ID,
      classId: f.class4A.id,
    }),
  },
  {
    action: `${P}#createGuardianAction`,
    permission: "admin:pupils",
    fields: (f) => ({ pupilId: f.pupil.id, name: "Matrix Forælder", hasParentalAuthority: "on" }),
  },
  {
    action: `${P}#updateGuardianAction`,
    permission: "admin:pupils",
    fields: (f) => ({
      id: f.guardian.id,
      version: f.guardian.version,
      name: "Matrix Forælder",
      hasParentalAuthority: "on",
    }),
  },
  {
    action: "app/(app)/admin/classes/actions.ts#createClassAction",
    permission: "admin:classes",
    crossSchool: "own-school",
    fields: (f) => ({ grade: "10", letter: "M", schoolYear: f.class4A.schoolYear }),
  },
  {
    action: "app/(app)/admin/classes/actions.ts#updateClassAction",
    permission: "admin:classes",
    fields: (f) => ({
      id: f.class4A.id,
      version: f.class4A.version,
      grade: f.class4A.grade,
      letter: f.class4A.letter,
      schoolYear: f.class4A.schoolYear,
      active: "on",
    }),
  },
  {
    action: "app/(app)/admin/schools/actions.ts#createSchoolAction",
    permission: "admin:schools",
    crossSchool: "own-school",
    fields: () => ({ name: "Matrixskolen" }),
  },
  {
    action: "app/(app)/admin/schools/actions.ts#updateSchoolAction",
    permission: "admin:schools",
    fields: (f) => ({
      id: f.school.id,
      version: f.school.version,
      name: f.school.name,
      code: f.school.code,
      active: "on",
    }),
  },
  {
    action: "app/(app)/admin/thresholds/actions.ts#saveThresholdsAction",
    // The thresholds belong to the active school: another school's administrator sets their own.
    permission: "admin:schools",
    crossSchool: "own-school",
    fields: (f) => ({
      version: f.thresholdsVersion,
      unauthorisedWarningPct: "10",
      unauthorisedNotifyPct: "15",
      patternDays: "15",
      patternWindowDays: "60",
      consecutiveDays: "5",
    }),
  },

  // ─── Concerns ──────────────────────────────────────────────────────────────────────────────
  {
    action: "app/(app)/concerns/actions.ts#raiseConcernAction",
    permission: "concern:create",
    fields: (f) => ({
      pupilId: f.pupil.id,
      categories: "SOCIAL",
      level: "GREEN",
      description: "Matrix: en bekymring til prøve.",
    }),
  },
  {
    action: "app/(app)/concerns/actions.ts#manageConcernAction",
    permission: "concern:manage",
    fields: (f) => ({
      id: f.concern.id,
      version: f.concern.version,
      status: "IN_PROGRESS",
      coordinatorId: f.users.trivselsperson,
    }),
  },

  // ─── The pupil's timeline ───────────────────────────────────────────────────────────────────
  {
    action: "app/(app)/pupils/actions.ts#createEntryAction",
    permission: ["case-entry:create", "case-entry:create:profession"],
    fields: (f) => ({
      pupilId: f.pupil.id,
      kind: "NOTE",
      occurredOn: today(),
      confidentiality: "PRIVATE",
      text: "Matrix: en arbejdsnote.",
    }),
  },
  {
    action: "app/(app)/pupils/actions.ts#updateEntryAction",
    permission: ["case-entry:create", "case-entry:create:profession"],
    narrowedBy: onlyTheTrivselsperson,
    fields: (f) => ({
      id: f.entryOfTrivselsperson.id,
      version: f.entryOfTrivselsperson.version,
      pupilId: f.pupil.id,
      kind: "NOTE",
      occurredOn: today(),
      confidentiality: "PRIVATE",
      text: "Matrix: en rettet arbejdsnote.",
    }),
  },
  {
    action: "app/(app)/pupils/actions.ts#completeFollowUpAction",
    permission: "pupil:open-record",
    narrowedBy: {
      rule: "canReadEntryContent of a CASE entry",
      allows: readsContent({ confidentiality: "CASE", authorRole: "TRIVSELSPERSON" }),
    },
    fields: (f) => ({ id: f.openFollowUp.id, version: f.openFollowUp.version }),
  },
  {
    action: "app/(app)/pupils/actions.ts#notificationReceiptAction",
    permission: "notification:create",
    narrowedBy: {
      rule: "canReadEntryContent of a CASE notification",
      allows: readsContent({ confidentiality: "CASE", authorRole: "TRIVSELSPERSON" }),
    },
    fields: (f) => ({
      entryId: f.notification.entryId,
      version: f.notification.version,
      receiptReceivedOn: today(),
    }),
  },
  {
    action: "app/(app)/pupils/[id]/absence/actions.ts#recordAbsenceAction",
    permission: "absence:import",
    fields: (f) => ({
      pupilId: f.pupil.id,
      from: recentSchoolDay(),
      to: recentSchoolDay(),
      kind: "ILLNESS",
    }),
  },
  {
    action: "app/(app)/pupils/[id]/absence/actions.ts#parentsReasonAction",
    permission: "absence:import",
    fields: (f) => ({
      pupilId: f.pupil.id,
      from: recentSchoolDay(),
      to: recentSchoolDay(),
      parentsReason: "Matrix: forkølet.",
    }),
  },
  {
    action: "app/(app)/pupils/[id]/consents/actions.ts#recordConsentAction",
    permission: "consent:manage",
    fields: (f) => ({
      pupilId: f.consent.pupilId,
      decision: "GIVEN",
      form: "WRITTEN",
      givenOn: today(),
      guardianIds: f.consent.guardianId,
      scopes: "FORUM",
      purpose: "Matrix: drøftelse i Trivselsforum.",
      validFrom: today(),
      validUntil: today(180),
    }),
  },
  {
    action: "app/(app)/pupils/[id]/consents/actions.ts#withdrawConsentAction",
    permission: "consent:manage",
    fields: (f) => ({
      consentId: f.consent.id,
      withdrawnOn: today(),
      withdrawnByGuardianId: f.consent.guardianId,
    }),
  },

  // ─── Classes, groups and class conferences ──────────────────────────────────────────────────
  {
    action: "app/(app)/classes/actions.ts#logClassWorkAction",
    permission: "class-work:manage",
    fields: (f) => ({
      classId: f.class4A.id,
      heldOn: today(),
      title: "Matrix: klassesamtale",
      description: "Matrix: om at være gode ved hinanden.",
    }),
  },
  {
    action: "app/(app)/classes/actions.ts#updateClassWorkAction",
    permission: "class-work:manage",
    fields: (f) => ({
      id: f.classWork.id,
      version: f.classWork.version,
      heldOn: f.classWork.heldOn,
      title: f.classWork.title,
      description: f.classWork.description,
    }),
  },
  {
    action: `${G}#createGroupAction`,
    permission: "group:manage",
    fields: (f) => ({
      kind: "SOCIAL_TRAINING",
      name: "Matrix-gruppe",
      leaderId: f.users.trivselsperson,
      startsOn: today(),
    }),
  },
  {
    action: `${G}#updateGroupAction`,
    permission: "group:manage",
    fields: (f) => ({
      id: f.group.id,
      version: f.group.version,
      kind: f.group.kind,
      name: f.group.name,
      leaderId: f.group.leaderId,
      startsOn: f.group.startsOn,
      endsOn: f.group.endsOn,
      active: "on",
    }),
  },
  {
    action: `${G}#addParticipantAction`,
    permission: "group:manage",
    fields: (f) => ({ groupId: f.group.id, pupilId: f.pupil.id }),
  },
  {
    action: `${G}#removeParticipantAction`,
    permission: "group:manage",
    fields: (f) => ({ groupId: f.group.id, pupilId: f.pupil.id }),
  },
  {
    action: `${G}#addSessionAction`,
    permission: "group:manage",
    fields: (f) => ({ groupId: f.group.id, heldOn: today() }),
  },
  {
    action: `${CC}#createConferenceAction`,
    permission: "class-conference:manage",
    crossSchool: "own-school",
    fields: () => ({ heldOn: today() }),
  },
  {
    action: `${CC}#saveReviewAction`,
    permission: "class-conference:manage",
    fields: (f) => ({
      id: f.review.id,
      version: f.review.version,
      notes: "Matrix: noter.",
      intent: "save",
    }),
  },
  {
    action: `${CC}#addFocusPupilAction`,
    permission: "class-conference:manage",
    fields: (f) => ({ reviewId: f.review.id, pupilId: f.pupil.id, reason: "Matrix: fokus." }),
  },
  {
    action: `${CC}#removeFocusPupilAction`,
    permission: "class-conference:manage",
    fields: (f) => ({ reviewId: f.review.id, pupilId: f.pupil.id }),
  },
  {
    action: `${CC}#addTaskAction`,
    permission: "class-conference:manage",
    fields: (f) => ({ reviewId: f.review.id, description: "Matrix: opgave.", dueOn: today(14) }),
  },
  {
    action: `${CC}#cancelTaskAction`,
    permission: "class-conference:manage",
    fields: (f) => ({ id: f.conferenceTask.id, version: f.conferenceTask.version }),
  },

  // ─── Trivselsforum ──────────────────────────────────────────────────────────────────────────
  {
    action: `${F}#createMeetingAction`,
    permission: "forum:manage",
    crossSchool: "own-school",
    fields: () => ({ day: today(30), startTime: "13:00", place: "Matrix-lokalet" }),
  },
  {
    action: `${F}#updateMeetingAction`,
    permission: "forum:manage",
    fields: (f) => ({
      id: f.planned.id,
      version: f.planned.version,
      day: f.planned.day,
      startTime: "13:00",
      place: f.planned.place,
      status: "PLANNED",
    }),
  },
  {
    action: `${F}#addParticipantAction`,
    permission: "forum:manage",
    fields: (f) => ({ meetingId: f.planned.id, userId: f.staff.id }),
  },
  {
    // A participant's row (one form: the box saves the attendance, "Fjern" posts intent=remove);
    // removing writes most. Both go through the same checks (lib/forum/meetings.ts).
    action: `${F}#participantAction`,
    permission: "forum:manage",
    fields: (f) => ({
      meetingId: f.planned.id,
      participantId: f.addedParticipantId,
      intent: "remove",
    }),
  },
  {
    action: `${F}#addPupilItemAction`,
    permission: "forum:manage",
    fields: (f) => ({
      kind: "PUPIL",
      meetingId: f.planned.id,
      pupilId: f.pupil.id,
      guardiansAttending: "on",
    }),
  },
  {
    action: `${F}#addCaseItemAction`,
    permission: "forum:manage",
    fields: (f) => ({ kind: "ANONYMOUS_CASE", meetingId: f.planned.id, title: "Matrix-sag" }),
  },
  {
    action: `${F}#addThemeItemAction`,
    permission: "forum:manage",
    fields: (f) => ({ meetingId: f.planned.id, theme: "OTHER", title: "Matrix-tema" }),
  },
  {
    // The agenda's order (one form: the pressed button's step and item); removing writes most.
    action: `${F}#arrangeItemAction`,
    permission: "forum:manage",
    fields: (f) => ({ arrange: `remove:${f.matrixThemeId}` }),
  },
  {
    action: `${F}#setItemAttendanceAction`,
    permission: "forum:manage",
    // The guardians attend: the consent gate lets the item through whatever the flow specs before
    // the matrix did to the pupil's consent, so the call tests the permission and nothing else.
    fields: (f) => ({
      itemId: f.plannedPupilItem.id,
      version: f.plannedPupilItem.version,
      guardiansAttending: "on",
    }),
  },
  // In the meeting: its participants — the fixed members — and whoever runs the forum.
  {
    action: `${F}#saveMinutesAction`,
    permission: "forum:participate",
    fields: (f) => ({ itemId: f.openItem.id, version: f.openItem.version, minutes: "Matrix." }),
  },
  {
    action: `${F}#savePlanAction`,
    permission: "forum:participate",
    fields: (f) => ({ itemId: f.openItem.id, version: f.planVersion }),
  },
  {
    action: `${F}#addActionAction`,
    permission: "forum:participate",
    fields: (f) => ({
      itemId: f.openItem.id,
      description: "Matrix: handling.",
      responsible: "PARENTS",
      dueOn: today(14),
    }),
  },
  {
    action: `${F}#setActionStatusAction`,
    permission: "forum:participate",
    fields: (f) => ({ actionId: f.planAction.id, version: f.planAction.version, status: "OPEN" }),
  },
  {
    action: `${F}#recordFeedbackAction`,
    permission: "forum:manage",
    fields: (f) => ({
      feedbackId: f.feedback.id,
      version: f.feedback.version,
      givenOn: today(),
      summary: "Matrix: forældrene er orienteret.",
    }),
  },
  {
    action: "app/(app)/actions/actions.ts#recordFeedbackGivenAction",
    permission: "forum:manage",
    fields: (f) => ({
      feedbackId: f.feedback.id,
      version: f.feedback.version,
      givenOn: today(),
      summary: "Matrix: forældrene er orienteret.",
    }),
  },
  {
    action: "app/(app)/actions/actions.ts#completeActionAction",
    permission: "action:read:own",
    narrowedBy: { ...onlyTheTrivselsperson, rule: "myActionScope: the responsible user only" },
    fields: (f) => ({ id: f.trivselspersonAction.id, version: f.trivselspersonAction.version }),
  },

  // ─── Emergency access (nødadgang) to the matrix's own pupil ─────────────────────────────────
  {
    action: `${EA}#requestEmergencyAccessAction`,
    permission: "emergency-access:request",
    narrowedBy: {
      rule: "canRequestEmergencyAccess: a forum member who is not the trivselsperson",
      allows: (role) => canRequestEmergencyAccess({ roles: [role] }),
    },
    crossSchool: "target",
    fields: (f) => ({
      pupilId: f.pupil.id,
      category: "CHILD_SAFETY",
      reason: "Matrix: akut bekymring for barnets sikkerhed, skolen kan ikke vente.",
    }),
  },
  {
    action: `${EA}#endEmergencyAccessAction`,
    permission: "emergency-access:request",
    narrowedBy: {
      rule: "ownEmergencyAccessScope: only the holder (the health nurse's grant)",
      allows: (role) => role === "HEALTH_NURSE",
    },
    fields: (f) => ({ id: f.nurseGrant.id }),
  },
  {
    action: "app/(app)/emergency-access/actions.ts#reviewEmergencyAccessAction",
    permission: "emergency-access:review",
    fields: (f) => ({
      id: f.nurseGrant.id,
      version: f.nurseGrant.version,
      comment: "Matrix: gennemgået, adgangen var begrundet.",
    }),
  },

  // ─── Privacy and the second factor ──────────────────────────────────────────────────────────
  {
    // The holidays belong to the active school, as the thresholds do. Far ahead, clear of the
    // demo schools' holidays; the next row deletes it.
    action: "app/(app)/admin/calendar/actions.ts#addHolidayAction",
    permission: "admin:schools",
    crossSchool: "own-school",
    fields: () => ({ name: MATRIX_HOLIDAY, from: today(900), to: today(901) }),
  },
  {
    action: "app/(app)/admin/calendar/actions.ts#removeHolidayAction",
    permission: "admin:schools",
    crossSchool: "target",
    fields: (f) => ({ id: f.matrixHoliday.id }),
  },
  {
    // A school year far ahead, with no holidays yet.
    action: "app/(app)/admin/calendar/actions.ts#addTypicalPlanAction",
    permission: "admin:schools",
    crossSchool: "own-school",
    fields: () => ({ year: String(new Date().getUTCFullYear() + 6) }),
  },
  {
    action: "app/(app)/privacy/actions.ts#setLegalHoldAction",
    permission: "privacy:legal-hold",
    fields: (f) => ({
      id: f.pupil.id,
      version: f.pupil.version,
      legalHold: "on",
      reason: "Matrix: verserende sag.",
    }),
  },
  {
    // Unchecked: the matrix never turns the rule on, or later sign-ins would ask for a code.
    action: `${TF}#setSchoolTotpAction`,
    permission: "admin:schools",
    crossSchool: "own-school",
    fields: () => ({}),
  },
  {
    action: `${TF}#resetStaffTotpAction`,
    permission: "admin:staff",
    fields: (f) => ({ id: f.staff.id, confirm: "on" }),
  },
  {
    // One's own account: no school, no pupil.
    action: "app/account/two-factor/actions.ts#startEnrolmentAction",
    permission: "signed-in",
    crossSchool: "own-school",
    formDataOnly: true,
    fields: () => ({}),
  },
  {
    action: "app/account/two-factor/actions.ts#confirmEnrolmentAction",
    permission: "signed-in",
    crossSchool: "own-school",
    formDataOnly: true,
    fields: () => ({ code: "000000" }),
  },
  {
    // A session still to give its second factor (oidc.spec.ts); a signed-in one is sent on.
    action: "app/login/second-factor/actions.ts#giveSecondFactorAction",
    permission: "signed-in",
    crossSchool: "own-school",
    fields: () => ({ code: "000000", callbackUrl: "/" }),
  },

  // ─── Administration of the matrix's own staff member and pupil, last ───────────────────────
  {
    action: `${S}#updateStaffAction`,
    permission: "admin:staff",
    fields: (f) => ({
      id: f.staff.id,
      version: f.staff.version,
      name: "Matrix Medarbejder",
      email: MATRIX_STAFF_EMAIL,
    }),
  },
  {
    action: `${S}#setStaffRolesAction`,
    permission: "admin:staff",
    fields: (f) => ({ id: f.staff.id, version: f.staff.version, roles: "TEACHER" }),
  },
  {
    action: `${S}#setStaffClassesAction`,
    permission: "admin:staff",
    fields: (f) => ({ id: f.staff.id, version: f.staff.version, classIds: f.class4A.id }),
  },
  {
    action: `${S}#setStaffPasswordAction`,
    permission: "admin:staff",
    fields: (f) => ({
      id: f.staff.id,
      password: "matrix-adgangskode-1",
      passwordRepeat: "matrix-adgangskode-1",
    }),
  },
  {
    action: `${S}#deactivateStaffAction`,
    permission: "admin:staff",
    fields: (f) => ({ id: f.staff.id, confirm: "on" }),
  },
  {
    action: `${S}#reactivateStaffAction`,
    permission: "admin:staff",
    fields: (f) => ({ id: f.staff.id, confirm: "on" }),
  },
  {
    action: `${S}#removeStaffAction`,
    permission: "admin:staff",
    fields: (f) => ({ id: f.staff.id, confirm: "on" }),
  },
  {
    action: `${P}#markPupilLeftAction`,
    permission: "admin:pupils",
    fields: (f) => ({ id: f.pupil.id, version: f.pupil.version, leftOn: today() }),
  },
  {
    action: `${P}#reactivatePupilAction`,
    permission: "admin:pupils",
    fields: (f) => ({ id: f.pupil.id, version: f.pupil.version }),
  },
  {
    action: `${P}#removeGuardianAction`,
    permission: "admin:pupils",
    fields: (f) => ({ id: f.guardian.id, version: f.guardian.version, confirm: "on" }),
  },
];

/** Whether a user with `role` at the record's school may do it, by the policy. */
export function actionAllowed(row: ActionRow, role: Role): boolean {
  if (row.permission === "anyone" || row.permission === "signed-in") return true;
  const permissions: readonly Permission[] =
    typeof row.permission === "string" ? [row.permission] : row.permission;
  const permitted = permissions.some((permission) => can({ roles: [role] }, permission));
  return permitted && (row.narrowedBy?.allows(role) ?? true);
}

// ─── Pages ───────────────────────────────────────────────────────────────────────────────────

export type PageRow = {
  /** The file under app/(app)/, e.g. "pupils/[id]/page.tsx". */
  page: string;
  permission: Permission | "signed-in";
  narrowedBy?: { rule: string; allows: (role: Role) => boolean };
  /** The URL to open, with Demoskolen's ids. */
  path: (f: Fixtures) => string;
  /** A list or form of the actor's own school: another school's user may open it (not checked). */
  crossSchool?: "target" | "own-school";
};

const forumMember = {
  rule: "forumMeetingScope: the meeting's participants (the fixed members) and forum:manage",
  allows: (role: Role) => can({ roles: [role] }, "forum:participate"),
};

export const PAGE_MATRIX: readonly PageRow[] = [
  { page: "page.tsx", permission: "signed-in", crossSchool: "own-school", path: () => "/" },
  {
    page: "absence/page.tsx",
    permission: "absence:import",
    crossSchool: "own-school",
    path: () => "/absence",
  },
  {
    page: "actions/page.tsx",
    permission: "action:read:own",
    crossSchool: "own-school",
    path: () => "/actions",
  },
  {
    page: "admin/page.tsx",
    permission: "admin:pupils",
    crossSchool: "own-school",
    path: () => "/admin",
  },
  {
    page: "admin/classes/page.tsx",
    permission: "admin:classes",
    crossSchool: "own-school",
    path: () => "/admin/classes",
  },
  {
    page: "admin/classes/[id]/page.tsx",
    permission: "admin:classes",
    path: (f) => `/admin/classes/${f.class4A.id}`,
  },
  {
    page: "admin/pupils/page.tsx",
    permission: "admin:pupils",
    crossSchool: "own-school",
    path: () => "/admin/pupils",
  },
  {
    page: "admin/pupils/new/page.tsx",
    permission: "admin:pupils",
    crossSchool: "own-school",
    path: () => "/admin/pupils/new",
  },
  {
    page: "admin/pupils/[id]/page.tsx",
    permission: "admin:pupils",
    path: (f) => `/admin/pupils/${f.schoolHome.pupilId}`,
  },
  {
    page: "admin/schools/page.tsx",
    permission: "admin:schools",
    crossSchool: "own-school",
    path: () => "/admin/schools",
  },
  {
    page: "admin/schools/[id]/page.tsx",
    permission: "admin:schools",
    path: (f) => `/admin/schools/${f.school.id}`,
  },
  {
    page: "admin/staff/page.tsx",
    permission: "admin:staff",
    crossSchool: "own-school",
    path: () => "/admin/staff",
  },
  {
    page: "admin/staff/new/page.tsx",
    permission: "admin:staff",
    crossSchool: "own-school",
    path: () => "/admin/staff/new",
  },
  {
    page: "admin/staff/[id]/page.tsx",
    permission: "admin:staff",
    path: (f) => `/admin/staff/${f.users.trivselsperson}`,
  },
  {
    page: "admin/calendar/page.tsx",
    permission: "admin:schools",
    crossSchool: "own-school",
    path: () => "/admin/calendar",
  },
  {
    page: "admin/thresholds/page.tsx",
    permission: "admin:schools",
    crossSchool: "own-school",
    path: () => "/admin/thresholds",
  },
  {
    page: "class-conferences/page.tsx",
    permission: "class-conference:manage",
    crossSchool: "own-school",
    path: () => "/class-conferences",
  },
  {
    page: "class-conferences/new/page.tsx",
    permission: "class-conference:manage",
    crossSchool: "own-school",
    path: () => "/class-conferences/new",
  },
  {
    page: "class-conferences/[id]/page.tsx",
    permission: "class-conference:manage",
    path: (f) => `/class-conferences/${f.conferenceId}`,
  },
  {
    page: "class-conferences/[id]/classes/[classId]/page.tsx",
    permission: "class-conference:manage",
    path: (f) => `/class-conferences/${f.conferenceId}/classes/${f.class4A.id}`,
  },
  {
    page: "classes/page.tsx",
    permission: "class-work:manage",
    crossSchool: "own-school",
    path: () => "/classes",
  },
  {
    page: "classes/[id]/page.tsx",
    permission: "class-work:manage",
    path: (f) => `/classes/${f.class4A.id}`,
  },
  {
    page: "concerns/page.tsx",
    permission: "concern:read:own",
    crossSchool: "own-school",
    path: () => "/concerns",
  },
  {
    page: "concerns/new/page.tsx",
    permission: "concern:create",
    crossSchool: "own-school",
    path: () => "/concerns/new",
  },
  {
    page: "concerns/[id]/page.tsx",
    permission: "concern:read:own",
    narrowedBy: {
      rule: "concernScope: all the school's with concern:read:all, else one's own (the teacher raised it)",
      allows: (role) => can({ roles: [role] }, "concern:read:all") || role === "TEACHER",
    },
    path: (f) => `/concerns/${f.teachersConcernId}`,
  },
  {
    page: "dashboard/page.tsx",
    permission: "dashboard:view",
    crossSchool: "own-school",
    path: () => "/dashboard",
  },
  {
    page: "emergency-access/page.tsx",
    permission: "emergency-access:review",
    crossSchool: "own-school",
    path: () => "/emergency-access",
  },
  {
    page: "forum/page.tsx",
    permission: "signed-in",
    crossSchool: "own-school",
    path: () => "/forum",
  },
  {
    page: "forum/[id]/page.tsx",
    permission: "signed-in",
    narrowedBy: forumMember,
    path: (f) => `/forum/${f.themeItem.meetingId}`,
  },
  {
    page: "forum/[id]/print/page.tsx",
    permission: "signed-in",
    narrowedBy: forumMember,
    path: (f) => `/forum/${f.themeItem.meetingId}/print`,
  },
  {
    page: "forum/[id]/items/[itemId]/page.tsx",
    permission: "signed-in",
    narrowedBy: forumMember,
    path: (f) => `/forum/${f.themeItem.meetingId}/items/${f.themeItem.id}`,
  },
  {
    page: "groups/page.tsx",
    permission: "group:manage",
    crossSchool: "own-school",
    path: () => "/groups",
  },
  {
    page: "groups/new/page.tsx",
    permission: "group:manage",
    crossSchool: "own-school",
    path: () => "/groups/new",
  },
  {
    page: "groups/[id]/page.tsx",
    permission: "group:manage",
    path: (f) => `/groups/${f.group.id}`,
  },
  {
    page: "municipality/page.tsx",
    permission: "dashboard:municipality",
    crossSchool: "own-school",
    path: () => "/municipality",
  },
  {
    page: "privacy/page.tsx",
    permission: "audit:read",
    crossSchool: "own-school",
    path: () => "/privacy",
  },
  {
    page: "privacy/pupils/[id]/access-log/page.tsx",
    permission: "audit:read",
    path: (f) => `/privacy/pupils/${f.schoolHome.pupilId}/access-log`,
  },
  {
    page: "privacy/pupils/[id]/access-request/page.tsx",
    permission: "privacy:access-request",
    path: (f) => `/privacy/pupils/${f.schoolHome.pupilId}/access-request`,
  },
  {
    page: "pupils/page.tsx",
    permission: "pupil:open-record",
    crossSchool: "own-school",
    path: () => "/pupils",
  },
  {
    page: "pupils/[id]/page.tsx",
    permission: "pupil:open-record",
    path: (f) => `/pupils/${f.schoolHome.pupilId}`,
  },
  {
    page: "pupils/[id]/absence/page.tsx",
    permission: "pupil:open-record",
    path: (f) => `/pupils/${f.schoolHome.pupilId}/absence`,
  },
  {
    page: "pupils/[id]/consents/page.tsx",
    permission: "consent:read",
    path: (f) => `/pupils/${f.schoolHome.pupilId}/consents`,
  },
  {
    page: "pupils/[id]/emergency-access/page.tsx",
    permission: "emergency-access:request",
    narrowedBy: {
      rule: "canRequestEmergencyAccess: a forum member who is not the trivselsperson",
      allows: (role) => canRequestEmergencyAccess({ roles: [role] }),
    },
    path: (f) => `/pupils/${f.schoolHome.pupilId}/emergency-access`,
  },
  {
    page: "pupils/[id]/entries/new/page.tsx",
    permission: "pupil:open-record",
    narrowedBy: {
      rule: "creatableKinds: a notification is open to everyone with the duty to notify",
      allows: (role) => can({ roles: [role] }, "notification:create"),
    },
    path: (f) => `/pupils/${f.schoolHome.pupilId}/entries/new?kind=NOTIFICATION`,
  },
  {
    page: "pupils/[id]/entries/[entryId]/edit/page.tsx",
    permission: "pupil:open-record",
    narrowedBy: { ...onlyTheTrivselsperson, rule: "only the entry's author (the trivselsperson)" },
    path: (f) => `/pupils/${f.schoolHome.pupilId}/entries/${f.schoolHome.id}/edit`,
  },
  {
    page: "pupils/[id]/entries/[entryId]/history/page.tsx",
    permission: "pupil:open-record",
    narrowedBy: {
      rule: "canReadEntryContent of a CASE entry",
      allows: readsContent({ confidentiality: "CASE", authorRole: "TRIVSELSPERSON" }),
    },
    path: (f) => `/pupils/${f.schoolHome.pupilId}/entries/${f.schoolHome.id}/history`,
  },
  {
    page: "pupils/[id]/entries/[entryId]/family/page.tsx",
    permission: "pupil:open-record",
    narrowedBy: {
      rule: "canReadEntryContent of a CASE entry",
      allows: readsContent({ confidentiality: "CASE", authorRole: "TRIVSELSPERSON" }),
    },
    path: (f) => `/pupils/${f.schoolHome.pupilId}/entries/${f.schoolHome.id}/family`,
  },
  {
    page: "worklist/page.tsx",
    permission: "worklist:view",
    crossSchool: "own-school",
    path: () => "/worklist",
  },
];

export function pageAllowed(row: PageRow, role: Role): boolean {
  const permitted = row.permission === "signed-in" || can({ roles: [role] }, row.permission);
  return permitted && (row.narrowedBy?.allows(role) ?? true);
}

// ─── Route handlers ──────────────────────────────────────────────────────────────────────────

export type RouteRow = {
  /** The file under app/, e.g. "api/dashboard/export/route.ts". */
  route: string;
  /**
   * "next-auth": next-auth's own endpoints (sign-in, session, CSRF), public by design and proven
   * by sign-in.spec.ts and security.spec.ts; the matrix calls nothing there.
   */
  permission: Permission | "signed-in" | "next-auth";
  narrowedBy?: { rule: string; allows: (role: Role) => boolean };
  method?: "GET" | "POST";
  path: (f: Fixtures) => string;
  body?: (f: Fixtures) => string;
  /** What a caller refused by the policy gets (signed out always gets 401). */
  refusedWith: 403 | 404;
  /** Works on the actor's own school whatever the ids: another school's user is not checked. */
  crossSchool?: "target" | "own-school";
};

export const ROUTE_MATRIX: readonly RouteRow[] = [
  {
    route: "api/auth/[...nextauth]/route.ts",
    permission: "next-auth",
    path: () => "/api/auth/session",
    refusedWith: 404,
  },
  {
    route: "(app)/forum/[id]/calendar.ics/route.ts",
    permission: "signed-in",
    narrowedBy: forumMember,
    path: (f) => `/forum/${f.planned.id}/calendar.ics`,
    refusedWith: 404,
  },
  {
    // Refused or out of scope answers 404: the file does not confirm that the pupil is there.
    route: "(app)/privacy/pupils/[id]/access-request/json/route.ts",
    permission: "privacy:access-request",
    path: (f) => `/privacy/pupils/${f.schoolHome.pupilId}/access-request/json`,
    refusedWith: 404,
  },
  {
    // How long the caller's own session has left (GET: the renewing POST is security.spec's).
    route: "api/session/route.ts",
    permission: "signed-in",
    crossSchool: "own-school",
    path: () => "/api/session",
    refusedWith: 403,
  },
  {
    route: "api/dashboard/export/route.ts",
    permission: "dashboard:view",
    crossSchool: "own-school",
    path: () => "/api/dashboard/export",
    refusedWith: 403,
  },
  {
    // Checking a file writes nothing but its check; a refused caller's check writes nothing.
    route: "api/absence/import/route.ts",
    permission: "absence:import",
    crossSchool: "own-school",
    method: "POST",
    path: () => "/api/absence/import?mode=check",
    body: () => "elev-id;dato;fraværstype\nMATRIX-0000;02-11-2026;sygdom\n",
    refusedWith: 403,
  },
];

export function routeAllowed(row: RouteRow, role: Role): boolean {
  if (row.permission === "next-auth") return true;
  const permitted = row.permission === "signed-in" || can({ roles: [role] }, row.permission);
  return permitted && (row.narrowedBy?.allows(role) ?? true);
}
