-- CreateEnum
CREATE TYPE "ReviewPath" AS ENUM ('STANDARD', 'PRIORITY', 'CONDITIONAL', 'SPECIAL');

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "reviewEndDate" DATE,
ADD COLUMN     "reviewPath" "ReviewPath",
ADD COLUMN     "reviewWorkingDays" INTEGER;

-- CreateIndex
CREATE INDEX "Application_type_reviewPath_reviewEndDate_idx" ON "Application"("type", "reviewPath", "reviewEndDate");
