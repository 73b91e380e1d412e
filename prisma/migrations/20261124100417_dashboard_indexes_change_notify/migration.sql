-- DropIndex
DROP INDEX "Candidate_leadStage_idx";

-- DropIndex
DROP INDEX "Candidate_mechanismClass_idx";

-- DropIndex
DROP INDEX "Program_candidateId_idx";

-- CreateIndex
CREATE INDEX "Candidate_nameEn_id_idx" ON "Candidate"("nameEn", "id");

-- CreateIndex
CREATE INDEX "Candidate_nameZh_nameEn_id_idx" ON "Candidate"("nameZh", "nameEn", "id");

-- CreateIndex
CREATE INDEX "Candidate_mechanismClass_nameEn_id_idx" ON "Candidate"("mechanismClass", "nameEn", "id");

-- CreateIndex
CREATE INDEX "Candidate_leadStage_nameEn_id_idx" ON "Candidate"("leadStage", "nameEn", "id");

-- CreateIndex
CREATE INDEX "Candidate_leadStage_desc_nameEn_id_idx" ON "Candidate"("leadStage" DESC, "nameEn", "id");

-- CreateIndex
CREATE INDEX "Candidate_updatedAt_idx" ON "Candidate"("updatedAt");

-- CreateIndex
CREATE INDEX "Program_candidateId_currentStage_idx" ON "Program"("candidateId", "currentStage");

-- CreateIndex
CREATE INDEX "Program_candidateId_drugCategory_idx" ON "Program"("candidateId", "drugCategory");

-- CreateIndex
CREATE INDEX "Program_candidateId_origin_idx" ON "Program"("candidateId", "origin");

-- CreateIndex
CREATE INDEX "Program_candidateId_sponsorId_idx" ON "Program"("candidateId", "sponsorId");

-- CreateIndex
CREATE INDEX "Program_candidateId_indicationEn_idx" ON "Program"("candidateId", "indicationEn");

-- Change notification for caches of catalogue reads (lib/cache/change-notified-cache.ts): every statement
-- that writes a table the dashboard counts sends NOTIFY catalog_changed. NOTIFY is delivered only after
-- the transaction commits, identical payloads of one transaction are sent once, and it takes no row
-- lock, so writers neither wait on each other nor deadlock because of it.
CREATE FUNCTION "notify_catalog_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('catalog_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Candidate_notify_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Candidate"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_catalog_changed"();
CREATE TRIGGER "Program_notify_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Program"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_catalog_changed"();
CREATE TRIGGER "Designation_notify_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Designation"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_catalog_changed"();
CREATE TRIGGER "ReimbursementListing_notify_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ReimbursementListing"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_catalog_changed"();
CREATE TRIGGER "Application_notify_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Application"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_catalog_changed"();
CREATE TRIGGER "Company_notify_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Company"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_catalog_changed"();
