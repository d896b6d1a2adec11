-- CreateEnum
CREATE TYPE "Role" AS ENUM ('TRIVSELSPERSON', 'LEADERSHIP', 'PPR', 'HEALTH_NURSE', 'FAMILY_COUNSELLOR', 'SSP', 'TEACHER', 'ADMIN');

-- CreateEnum
CREATE TYPE "ConcernSource" AS ENUM ('TEACHER', 'PARENT', 'PUPIL', 'TRIVSELSPERSON', 'OTHER');

-- CreateEnum
CREATE TYPE "ConcernCategory" AS ENUM ('ABSENCE', 'SOCIAL', 'EMOTIONAL', 'ACADEMIC', 'HOME', 'BEHAVIOUR', 'HEALTH', 'ONLINE', 'SUBSTANCE', 'CRIME');

-- CreateEnum
CREATE TYPE "ConcernLevel" AS ENUM ('GREEN', 'YELLOW', 'RED');

-- CreateEnum
CREATE TYPE "ConcernStatus" AS ENUM ('NEW', 'IN_PROGRESS', 'ON_FORUM', 'CLOSED');

-- CreateEnum
CREATE TYPE "Confidentiality" AS ENUM ('CASE', 'FORUM', 'PROFESSION', 'PRIVATE');

-- CreateEnum
CREATE TYPE "CaseEntryKind" AS ENUM ('CONVERSATION', 'ABSENCE_FOLLOW_UP', 'SCHOOL_HOME_CONVERSATION', 'REFERRAL', 'HANDOVER', 'NOTIFICATION', 'NOTE');

-- CreateEnum
CREATE TYPE "GroupKind" AS ENUM ('QUIET_YOUTH', 'GRIEF', 'DIVORCE', 'SOCIAL_TRAINING', 'PLAY_GROUP', 'OTHER');

-- CreateEnum
CREATE TYPE "ConsentDecision" AS ENUM ('GIVEN', 'REFUSED');

-- CreateEnum
CREATE TYPE "ConsentForm" AS ENUM ('WRITTEN', 'ORAL');

-- CreateEnum
CREATE TYPE "ConsentScope" AS ENUM ('FORUM', 'PPR', 'HEALTH_NURSE', 'FAMILY_COUNSELLOR', 'EXTERNAL');

-- CreateEnum
CREATE TYPE "ForumMeetingStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AgendaItemKind" AS ENUM ('PUPIL', 'ANONYMOUS_CASE', 'THEME');

-- CreateEnum
CREATE TYPE "ResponsibleKind" AS ENUM ('USER', 'PARENTS', 'PUPIL');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('OPEN', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AbsenceKind" AS ENUM ('ILLNESS', 'AUTHORISED', 'UNAUTHORISED');

-- CreateEnum
CREATE TYPE "AbsenceSource" AS ENUM ('IMPORT', 'MANUAL');

-- CreateEnum
CREATE TYPE "AbsenceImportStatus" AS ENUM ('VALIDATED', 'IMPORTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('ALLOWED', 'DENIED');

-- CreateTable
CREATE TABLE "Municipality" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "School" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "School_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThresholdSettings" (
    "schoolId" UUID NOT NULL,
    "unauthorisedWarningPct" SMALLINT NOT NULL DEFAULT 10,
    "unauthorisedNotifyPct" SMALLINT NOT NULL DEFAULT 15,
    "patternDays" INTEGER NOT NULL DEFAULT 15,
    "patternWindowDays" INTEGER NOT NULL DEFAULT 60,
    "consecutiveDays" INTEGER NOT NULL DEFAULT 5,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ThresholdSettings_pkey" PRIMARY KEY ("schoolId")
);

-- CreateTable
CREATE TABLE "Class" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "grade" SMALLINT NOT NULL,
    "letter" TEXT NOT NULL,
    "schoolYear" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Class_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pupil" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "classId" UUID,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "externalId" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "leftOn" DATE,
    "legalHold" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Pupil_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Guardian" (
    "id" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "relation" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "hasParentalAuthority" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Guardian_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" TIMESTAMPTZ(3),
    "lastSignInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserSchoolRole" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserSchoolRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClassTeacher" (
    "userId" UUID NOT NULL,
    "classId" UUID NOT NULL,

    CONSTRAINT "ClassTeacher_pkey" PRIMARY KEY ("userId","classId")
);

-- CreateTable
CREATE TABLE "Concern" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "raisedById" UUID NOT NULL,
    "source" "ConcernSource" NOT NULL,
    "noticedBy" TEXT,
    "categories" "ConcernCategory"[],
    "level" "ConcernLevel" NOT NULL,
    "description" TEXT NOT NULL,
    "status" "ConcernStatus" NOT NULL DEFAULT 'NEW',
    "coordinatorId" UUID,
    "firstActionAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Concern_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEntry" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "concernId" UUID,
    "authorId" UUID NOT NULL,
    "authorRole" "Role" NOT NULL,
    "kind" "CaseEntryKind" NOT NULL,
    "confidentiality" "Confidentiality" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "title" TEXT,
    "details" JSONB NOT NULL,
    "followUpOn" DATE,
    "followUpOwnerId" UUID,
    "followUpDoneAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CaseEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEntryRevision" (
    "id" UUID NOT NULL,
    "caseEntryId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "editedById" UUID NOT NULL,
    "editedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "snapshot" JSONB NOT NULL,

    CONSTRAINT "CaseEntryRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "caseEntryId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "madeOn" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "parentsInformed" BOOLEAN NOT NULL,
    "parentsNotInformedWhy" TEXT,
    "receiptDueOn" DATE NOT NULL,
    "receiptReceivedOn" DATE,
    "municipalityFeedback" TEXT,
    "municipalityFeedbackOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClassWork" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "classId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "heldOn" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "observations" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ClassWork_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Group" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "kind" "GroupKind" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "leaderId" UUID NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupParticipant" (
    "groupId" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "joinedOn" DATE NOT NULL,
    "leftOn" DATE,

    CONSTRAINT "GroupParticipant_pkey" PRIMARY KEY ("groupId","pupilId")
);

-- CreateTable
CREATE TABLE "GroupSession" (
    "id" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "heldOn" DATE NOT NULL,
    "notes" TEXT,
    "authorId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClassConference" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "schoolYear" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassConference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClassConferenceReview" (
    "id" UUID NOT NULL,
    "conferenceId" UUID NOT NULL,
    "classId" UUID NOT NULL,
    "howClassWorks" TEXT,
    "notes" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ClassConferenceReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClassConferenceFocusPupil" (
    "reviewId" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "reason" TEXT,

    CONSTRAINT "ClassConferenceFocusPupil_pkey" PRIMARY KEY ("reviewId","pupilId")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "decision" "ConsentDecision" NOT NULL,
    "form" "ConsentForm" NOT NULL,
    "givenOn" DATE NOT NULL,
    "recordedById" UUID NOT NULL,
    "oralNote" TEXT,
    "scopes" "ConsentScope"[],
    "externalPartner" TEXT,
    "purpose" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE NOT NULL,
    "pupilView" TEXT,
    "withdrawnOn" DATE,
    "withdrawnByGuardianId" UUID,
    "supersedesId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentGuardian" (
    "consentId" UUID NOT NULL,
    "guardianId" UUID NOT NULL,

    CONSTRAINT "ConsentGuardian_pkey" PRIMARY KEY ("consentId","guardianId")
);

-- CreateTable
CREATE TABLE "ForumMeeting" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3),
    "place" TEXT NOT NULL,
    "status" "ForumMeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "summary" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ForumMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumParticipant" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "adHoc" BOOLEAN NOT NULL DEFAULT false,
    "attended" BOOLEAN,

    CONSTRAINT "ForumParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "AgendaItemKind" NOT NULL,
    "pupilId" UUID,
    "concernId" UUID,
    "title" TEXT NOT NULL,
    "guardiansAttending" BOOLEAN NOT NULL DEFAULT false,
    "pupilAttending" BOOLEAN NOT NULL DEFAULT false,
    "minutes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "agendaItemId" UUID,
    "pupilId" UUID,
    "parentInvolvement" TEXT,
    "followUpOn" DATE,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "planId" UUID,
    "reviewId" UUID,
    "description" TEXT NOT NULL,
    "responsibleKind" "ResponsibleKind" NOT NULL,
    "responsibleUserId" UUID,
    "dueOn" DATE,
    "status" "ActionStatus" NOT NULL DEFAULT 'OPEN',
    "completedAt" TIMESTAMPTZ(3),
    "completedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParentFeedback" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "responsibleUserId" UUID NOT NULL,
    "dueOn" DATE NOT NULL,
    "givenOn" DATE,
    "summary" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ParentFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AbsenceRecord" (
    "id" BIGSERIAL NOT NULL,
    "schoolId" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "kind" "AbsenceKind" NOT NULL,
    "lessons" SMALLINT,
    "parentsReason" TEXT,
    "source" "AbsenceSource" NOT NULL,
    "importId" UUID,
    "enteredById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AbsenceRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AbsenceImport" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "uploadedById" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileHash" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "status" "AbsenceImportStatus" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AbsenceImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "roles" "Role"[],
    "schoolId" UUID,
    "pupilId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT,
    "entityId" TEXT,
    "purpose" TEXT,
    "outcome" "AuditOutcome" NOT NULL DEFAULT 'ALLOWED',
    "requestId" TEXT,
    "details" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_code_key" ON "Municipality"("code");

-- CreateIndex
CREATE INDEX "School_municipalityId_idx" ON "School"("municipalityId");

-- CreateIndex
CREATE INDEX "Class_schoolId_active_grade_idx" ON "Class"("schoolId", "active", "grade");

-- CreateIndex
CREATE UNIQUE INDEX "Class_schoolId_schoolYear_grade_letter_key" ON "Class"("schoolId", "schoolYear", "grade", "letter");

-- CreateIndex
CREATE INDEX "Pupil_schoolId_active_lastName_firstName_idx" ON "Pupil"("schoolId", "active", "lastName", "firstName");

-- CreateIndex
CREATE INDEX "Pupil_classId_idx" ON "Pupil"("classId");

-- CreateIndex
CREATE UNIQUE INDEX "Pupil_schoolId_externalId_key" ON "Pupil"("schoolId", "externalId");

-- CreateIndex
CREATE INDEX "Guardian_pupilId_idx" ON "Guardian"("pupilId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "UserSchoolRole_schoolId_role_idx" ON "UserSchoolRole"("schoolId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "UserSchoolRole_userId_schoolId_role_key" ON "UserSchoolRole"("userId", "schoolId", "role");

-- CreateIndex
CREATE INDEX "ClassTeacher_classId_idx" ON "ClassTeacher"("classId");

-- CreateIndex
CREATE INDEX "Concern_schoolId_status_createdAt_idx" ON "Concern"("schoolId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Concern_pupilId_status_idx" ON "Concern"("pupilId", "status");

-- CreateIndex
CREATE INDEX "Concern_raisedById_createdAt_idx" ON "Concern"("raisedById", "createdAt");

-- CreateIndex
CREATE INDEX "CaseEntry_pupilId_occurredOn_idx" ON "CaseEntry"("pupilId", "occurredOn" DESC);

-- CreateIndex
CREATE INDEX "CaseEntry_schoolId_followUpOn_idx" ON "CaseEntry"("schoolId", "followUpOn");

-- CreateIndex
CREATE INDEX "CaseEntry_followUpOwnerId_followUpOn_idx" ON "CaseEntry"("followUpOwnerId", "followUpOn");

-- CreateIndex
CREATE INDEX "CaseEntry_concernId_idx" ON "CaseEntry"("concernId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseEntryRevision_caseEntryId_version_key" ON "CaseEntryRevision"("caseEntryId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_caseEntryId_key" ON "Notification"("caseEntryId");

-- CreateIndex
CREATE INDEX "Notification_schoolId_receiptReceivedOn_receiptDueOn_idx" ON "Notification"("schoolId", "receiptReceivedOn", "receiptDueOn");

-- CreateIndex
CREATE INDEX "Notification_pupilId_idx" ON "Notification"("pupilId");

-- CreateIndex
CREATE INDEX "ClassWork_classId_heldOn_idx" ON "ClassWork"("classId", "heldOn" DESC);

-- CreateIndex
CREATE INDEX "ClassWork_schoolId_heldOn_idx" ON "ClassWork"("schoolId", "heldOn");

-- CreateIndex
CREATE INDEX "Group_schoolId_active_idx" ON "Group"("schoolId", "active");

-- CreateIndex
CREATE INDEX "GroupParticipant_pupilId_idx" ON "GroupParticipant"("pupilId");

-- CreateIndex
CREATE INDEX "GroupSession_groupId_heldOn_idx" ON "GroupSession"("groupId", "heldOn");

-- CreateIndex
CREATE INDEX "ClassConference_schoolId_heldOn_idx" ON "ClassConference"("schoolId", "heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "ClassConferenceReview_conferenceId_classId_key" ON "ClassConferenceReview"("conferenceId", "classId");

-- CreateIndex
CREATE INDEX "ClassConferenceFocusPupil_pupilId_idx" ON "ClassConferenceFocusPupil"("pupilId");

-- CreateIndex
CREATE UNIQUE INDEX "Consent_supersedesId_key" ON "Consent"("supersedesId");

-- CreateIndex
CREATE INDEX "Consent_pupilId_validUntil_idx" ON "Consent"("pupilId", "validUntil");

-- CreateIndex
CREATE INDEX "Consent_schoolId_validUntil_idx" ON "Consent"("schoolId", "validUntil");

-- CreateIndex
CREATE INDEX "ConsentGuardian_guardianId_idx" ON "ConsentGuardian"("guardianId");

-- CreateIndex
CREATE INDEX "ForumMeeting_schoolId_startsAt_idx" ON "ForumMeeting"("schoolId", "startsAt");

-- CreateIndex
CREATE INDEX "ForumParticipant_userId_idx" ON "ForumParticipant"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumParticipant_meetingId_userId_key" ON "ForumParticipant"("meetingId", "userId");

-- CreateIndex
CREATE INDEX "AgendaItem_pupilId_idx" ON "AgendaItem"("pupilId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_meetingId_position_key" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlan_agendaItemId_key" ON "ActionPlan"("agendaItemId");

-- CreateIndex
CREATE INDEX "ActionPlan_schoolId_followUpOn_idx" ON "ActionPlan"("schoolId", "followUpOn");

-- CreateIndex
CREATE INDEX "ActionPlan_pupilId_idx" ON "ActionPlan"("pupilId");

-- CreateIndex
CREATE INDEX "Action_responsibleUserId_status_dueOn_idx" ON "Action"("responsibleUserId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "Action_schoolId_status_dueOn_idx" ON "Action"("schoolId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "Action_planId_idx" ON "Action"("planId");

-- CreateIndex
CREATE INDEX "Action_reviewId_idx" ON "Action"("reviewId");

-- CreateIndex
CREATE UNIQUE INDEX "ParentFeedback_planId_key" ON "ParentFeedback"("planId");

-- CreateIndex
CREATE INDEX "ParentFeedback_responsibleUserId_givenOn_dueOn_idx" ON "ParentFeedback"("responsibleUserId", "givenOn", "dueOn");

-- CreateIndex
CREATE INDEX "ParentFeedback_schoolId_givenOn_dueOn_idx" ON "ParentFeedback"("schoolId", "givenOn", "dueOn");

-- CreateIndex
CREATE INDEX "AbsenceRecord_schoolId_date_idx" ON "AbsenceRecord"("schoolId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "AbsenceRecord_pupilId_date_key" ON "AbsenceRecord"("pupilId", "date");

-- CreateIndex
CREATE INDEX "AbsenceImport_schoolId_createdAt_idx" ON "AbsenceImport"("schoolId", "createdAt");

-- CreateIndex
CREATE INDEX "AbsenceImport_schoolId_fileHash_idx" ON "AbsenceImport"("schoolId", "fileHash");

-- CreateIndex
CREATE INDEX "AuditLog_pupilId_at_idx" ON "AuditLog"("pupilId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_schoolId_at_idx" ON "AuditLog"("schoolId", "at");

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThresholdSettings" ADD CONSTRAINT "ThresholdSettings_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Class" ADD CONSTRAINT "Class_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pupil" ADD CONSTRAINT "Pupil_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pupil" ADD CONSTRAINT "Pupil_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Guardian" ADD CONSTRAINT "Guardian_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSchoolRole" ADD CONSTRAINT "UserSchoolRole_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSchoolRole" ADD CONSTRAINT "UserSchoolRole_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassTeacher" ADD CONSTRAINT "ClassTeacher_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassTeacher" ADD CONSTRAINT "ClassTeacher_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_coordinatorId_fkey" FOREIGN KEY ("coordinatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEntry" ADD CONSTRAINT "CaseEntry_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEntry" ADD CONSTRAINT "CaseEntry_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEntry" ADD CONSTRAINT "CaseEntry_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEntry" ADD CONSTRAINT "CaseEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEntry" ADD CONSTRAINT "CaseEntry_followUpOwnerId_fkey" FOREIGN KEY ("followUpOwnerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEntryRevision" ADD CONSTRAINT "CaseEntryRevision_caseEntryId_fkey" FOREIGN KEY ("caseEntryId") REFERENCES "CaseEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEntryRevision" ADD CONSTRAINT "CaseEntryRevision_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_caseEntryId_fkey" FOREIGN KEY ("caseEntryId") REFERENCES "CaseEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassWork" ADD CONSTRAINT "ClassWork_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassWork" ADD CONSTRAINT "ClassWork_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassWork" ADD CONSTRAINT "ClassWork_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupParticipant" ADD CONSTRAINT "GroupParticipant_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupParticipant" ADD CONSTRAINT "GroupParticipant_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupSession" ADD CONSTRAINT "GroupSession_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupSession" ADD CONSTRAINT "GroupSession_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassConference" ADD CONSTRAINT "ClassConference_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassConference" ADD CONSTRAINT "ClassConference_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassConferenceReview" ADD CONSTRAINT "ClassConferenceReview_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "ClassConference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassConferenceReview" ADD CONSTRAINT "ClassConferenceReview_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassConferenceFocusPupil" ADD CONSTRAINT "ClassConferenceFocusPupil_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ClassConferenceReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassConferenceFocusPupil" ADD CONSTRAINT "ClassConferenceFocusPupil_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_withdrawnByGuardianId_fkey" FOREIGN KEY ("withdrawnByGuardianId") REFERENCES "Guardian"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Consent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentGuardian" ADD CONSTRAINT "ConsentGuardian_consentId_fkey" FOREIGN KEY ("consentId") REFERENCES "Consent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentGuardian" ADD CONSTRAINT "ConsentGuardian_guardianId_fkey" FOREIGN KEY ("guardianId") REFERENCES "Guardian"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMeeting" ADD CONSTRAINT "ForumMeeting_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMeeting" ADD CONSTRAINT "ForumMeeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumParticipant" ADD CONSTRAINT "ForumParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ForumMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumParticipant" ADD CONSTRAINT "ForumParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ForumMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ClassConferenceReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_responsibleUserId_fkey" FOREIGN KEY ("responsibleUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_completedById_fkey" FOREIGN KEY ("completedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParentFeedback" ADD CONSTRAINT "ParentFeedback_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParentFeedback" ADD CONSTRAINT "ParentFeedback_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParentFeedback" ADD CONSTRAINT "ParentFeedback_responsibleUserId_fkey" FOREIGN KEY ("responsibleUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AbsenceRecord" ADD CONSTRAINT "AbsenceRecord_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AbsenceRecord" ADD CONSTRAINT "AbsenceRecord_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AbsenceRecord" ADD CONSTRAINT "AbsenceRecord_importId_fkey" FOREIGN KEY ("importId") REFERENCES "AbsenceImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AbsenceRecord" ADD CONSTRAINT "AbsenceRecord_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AbsenceImport" ADD CONSTRAINT "AbsenceImport_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AbsenceImport" ADD CONSTRAINT "AbsenceImport_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The audit trail is append-only, enforced by the database itself: no UPDATE, DELETE or TRUNCATE,
-- whatever the application (or a person with the application's credentials) tries.
CREATE FUNCTION "audit_log_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % is refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "audit_log_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_refuse_change"();

CREATE TRIGGER "audit_log_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_refuse_change"();
