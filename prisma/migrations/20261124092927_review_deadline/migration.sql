-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "reviewDeadline" DATE;

-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN     "reviewDeadline" DATE;

-- CreateIndex
CREATE INDEX "Application_reviewDeadline_idx" ON "Application"("reviewDeadline");

-- CreateIndex
CREATE INDEX "Candidate_reviewDeadline_idx" ON "Candidate"("reviewDeadline");
