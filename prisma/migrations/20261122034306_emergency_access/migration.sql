-- CreateEnum
CREATE TYPE "EmergencyAccessCategory" AS ENUM ('CHILD_SAFETY', 'SELF_HARM', 'VIOLENCE_OR_ABUSE', 'OTHER');

-- CreateEnum
CREATE TYPE "EmergencyAccessEnd" AS ENUM ('ENDED_BY_USER', 'EXPIRED');

-- CreateTable
CREATE TABLE "EmergencyAccess" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "roles" "Role"[],
    "category" "EmergencyAccessCategory" NOT NULL,
    "reason" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "endedAt" TIMESTAMPTZ(3),
    "endedHow" "EmergencyAccessEnd",
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewedById" UUID,
    "reviewComment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "EmergencyAccess_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EmergencyAccess_userId_schoolId_endedAt_idx" ON "EmergencyAccess"("userId", "schoolId", "endedAt");

-- CreateIndex
CREATE INDEX "EmergencyAccess_schoolId_reviewedAt_startedAt_idx" ON "EmergencyAccess"("schoolId", "reviewedAt", "startedAt");

-- CreateIndex
CREATE INDEX "EmergencyAccess_endedAt_expiresAt_idx" ON "EmergencyAccess"("endedAt", "expiresAt");

-- AddForeignKey
ALTER TABLE "EmergencyAccess" ADD CONSTRAINT "EmergencyAccess_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmergencyAccess" ADD CONSTRAINT "EmergencyAccess_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmergencyAccess" ADD CONSTRAINT "EmergencyAccess_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmergencyAccess" ADD CONSTRAINT "EmergencyAccess_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
