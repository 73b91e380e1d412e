-- Captured names the analyst confirmed as a candidate, per capture (lib/captures/matches.ts).
CREATE TABLE "CaptureNameMatch" (
    "id" SERIAL NOT NULL,
    "captureId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "candidateId" INTEGER NOT NULL,
    "confirmedById" INTEGER,
    "confirmedByLabel" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaptureNameMatch_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "CaptureNameMatch_captureId_name_key" ON "CaptureNameMatch"("captureId", "name");

ALTER TABLE "CaptureNameMatch" ADD CONSTRAINT "CaptureNameMatch_captureId_fkey" FOREIGN KEY ("captureId") REFERENCES "Capture"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "CaptureNameMatch" ADD CONSTRAINT "CaptureNameMatch_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;
