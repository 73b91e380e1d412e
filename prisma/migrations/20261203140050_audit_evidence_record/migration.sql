-- Audit rows can cite a record of this database as their evidence (kind "capture": an official list capture, by id),
-- beside or instead of the evidence URL; the index finds every change a capture caused.
-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "evidenceKind" TEXT,
ADD COLUMN     "evidenceRef" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_evidenceKind_evidenceRef_idx" ON "AuditEvent"("evidenceKind", "evidenceRef");
