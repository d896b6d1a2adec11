-- DropForeignKey
ALTER TABLE "EmergencyAccess" DROP CONSTRAINT "EmergencyAccess_pupilId_fkey";

-- AddForeignKey
ALTER TABLE "EmergencyAccess" ADD CONSTRAINT "EmergencyAccess_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE CASCADE ON UPDATE CASCADE;
