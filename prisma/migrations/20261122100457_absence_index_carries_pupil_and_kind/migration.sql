-- DropIndex
DROP INDEX "AbsenceRecord_schoolId_date_idx";

-- CreateIndex
CREATE INDEX "AbsenceRecord_schoolId_date_pupilId_kind_idx" ON "AbsenceRecord"("schoolId", "date", "pupilId", "kind");
