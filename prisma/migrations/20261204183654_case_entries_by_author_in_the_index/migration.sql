-- What each member of staff wrote at a school in a period (the leadership dashboard's workload) from
-- the index alone: the count read every entry of the school's year (docs/performance.md).
-- CreateIndex
CREATE INDEX "CaseEntry_authorId_schoolId_createdAt_idx" ON "CaseEntry"("authorId", "schoolId", "createdAt");
