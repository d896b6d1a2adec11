-- DropIndex
DROP INDEX "CaseEntry_followUpOwnerId_followUpOn_idx";

-- DropIndex
DROP INDEX "CaseEntry_schoolId_followUpOn_idx";

-- CreateIndex
CREATE INDEX "CaseEntry_schoolId_followUpDoneAt_followUpOn_idx" ON "CaseEntry"("schoolId", "followUpDoneAt", "followUpOn");

-- CreateIndex
CREATE INDEX "CaseEntry_followUpOwnerId_followUpDoneAt_followUpOn_idx" ON "CaseEntry"("followUpOwnerId", "followUpDoneAt", "followUpOn");
