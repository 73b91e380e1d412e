-- Audit rows carry when a change took effect (a partial date: day, month or year) apart from when it was
-- recorded, and the version the entity reached, so a refused stale edit can list what changed since it was loaded.
-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "effectiveDate" DATE,
ADD COLUMN     "effectivePrecision" "DatePrecision",
ADD COLUMN     "entityVersion" INTEGER;

