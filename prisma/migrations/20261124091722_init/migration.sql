-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "SourceConfidence" AS ENUM ('OFFICIAL', 'COMPANY', 'PRESS', 'UNVERIFIED');

-- CreateEnum
CREATE TYPE "Modality" AS ENUM ('SYNTHETIC_PEPTIDE', 'RECOMBINANT_PEPTIDE', 'PEPTIDE_CONJUGATE', 'SMALL_MOLECULE', 'ANTIBODY', 'OTHER');

-- CreateEnum
CREATE TYPE "MechanismClass" AS ENUM ('GLP1_RA', 'GIP_GLP1_RA', 'GCG_GLP1_RA', 'GLP1_PYY', 'GIP_GLP1_GCG_RA', 'AMYLIN_ANALOG', 'GH_SECRETAGOGUE', 'GHRH_ANALOG', 'RESEARCH_PEPTIDE', 'OTHER');

-- CreateEnum
CREATE TYPE "DrugCategory" AS ENUM ('CHEMICAL', 'BIOLOGICAL', 'TCM');

-- CreateEnum
CREATE TYPE "Origin" AS ENUM ('DOMESTIC', 'IMPORTED');

-- CreateEnum
CREATE TYPE "RegistrationClass" AS ENUM ('CHEM_1', 'CHEM_2_1', 'CHEM_2_2', 'CHEM_2_3', 'CHEM_2_4', 'CHEM_3', 'CHEM_4', 'CHEM_5_1', 'CHEM_5_2', 'BIO_1', 'BIO_2', 'BIO_3_1', 'BIO_3_2', 'BIO_3_3', 'BIO_3_4', 'TCM_1', 'TCM_2', 'TCM_3', 'TCM_4');

-- CreateEnum
CREATE TYPE "ProgramStage" AS ENUM ('RESEARCH_ONLY', 'PRECLINICAL', 'PRE_IND_MEETING', 'IND_FILED', 'IND_CLEARED', 'PHASE_1', 'PHASE_2', 'PHASE_3', 'PRE_NDA_MEETING', 'NDA_FILED', 'NDA_UNDER_REVIEW', 'APPROVED', 'CONDITIONALLY_APPROVED', 'LAUNCHED', 'POST_APPROVAL', 'NOT_APPROVED', 'DISCONTINUED');

-- CreateEnum
CREATE TYPE "ApplicationType" AS ENUM ('IND', 'NDA', 'SUPPLEMENT', 'GENERIC', 'RE_REGISTRATION', 'OTHER');

-- CreateEnum
CREATE TYPE "ReviewTrack" AS ENUM ('IND_60', 'IND_FAST_30', 'STANDARD_200', 'PRIORITY_130', 'PRIORITY_RARE_70', 'SUPPLEMENT_60', 'SUPPLEMENT_80', 'SUPPLEMENT_200');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('SUBMITTED', 'PENDING_ACCEPTANCE', 'CORRECTION_REQUESTED', 'ACCEPTED', 'NOT_ACCEPTED', 'ABANDONED', 'QUEUED_FOR_REVIEW', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED', 'IMPLIED_APPROVAL', 'UNDER_ADMIN_APPROVAL', 'APPROVED_PENDING_CERTIFICATE', 'CERTIFICATE_ISSUED', 'NOT_APPROVED', 'OBJECTION_FILED', 'OBJECTION_UPHELD', 'WITHDRAWN', 'TERMINATED');

-- CreateEnum
CREATE TYPE "ApplicationDecision" AS ENUM ('APPROVED', 'CONDITIONALLY_APPROVED', 'IMPLIED_APPROVAL', 'NOT_APPROVED', 'WITHDRAWN', 'RETURNED');

-- CreateEnum
CREATE TYPE "ParallelCheckStatus" AS ENUM ('NOT_REQUIRED', 'SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'FAILED');

-- CreateEnum
CREATE TYPE "DesignationType" AS ENUM ('BREAKTHROUGH_THERAPY', 'PRIORITY_REVIEW', 'CONDITIONAL_APPROVAL', 'SPECIAL_APPROVAL', 'IND_FAST_CHANNEL');

-- CreateEnum
CREATE TYPE "DesignationState" AS ENUM ('NOT_APPLIED', 'REQUESTED', 'UNDER_ASSESSMENT', 'PUBLICIZED', 'OBJECTION_RAISED', 'GRANTED', 'REJECTED', 'WITHDRAWN', 'TERMINATED', 'CONSUMED', 'CONDITIONALLY_APPROVED', 'CONVERTED_TO_FULL', 'EXTENDED', 'REVOKED');

-- CreateEnum
CREATE TYPE "ReimbursementList" AS ENUM ('NRDL_A', 'NRDL_B', 'NRDL_NEGOTIATED', 'CHI_INNOVATIVE', 'PROVINCIAL_LEGACY');

-- CreateEnum
CREATE TYPE "ReimbursementState" AS ENUM ('NOT_ELIGIBLE', 'ELIGIBLE', 'APPLIED', 'FORMAL_REVIEW_PASSED', 'FORMAL_REVIEW_FAILED', 'EXPERT_REVIEW_PASSED', 'EXPERT_REVIEW_FAILED', 'NEGOTIATION_SUCCEEDED', 'NEGOTIATION_FAILED', 'LISTED', 'RENEWED', 'RENEGOTIATED', 'CONVERTED_TO_REGULAR', 'REMOVED');

-- CreateEnum
CREATE TYPE "ReimbursementRoute" AS ENUM ('NEGOTIATION', 'BIDDING', 'DIRECT', 'VBP');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('VIEWER', 'ANALYST', 'ADMIN');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'TRANSITION', 'DELETE');

-- CreateTable
CREATE TABLE "Company" (
    "id" SERIAL NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT,
    "country" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Candidate" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT,
    "inn" TEXT,
    "codeNames" TEXT[],
    "brandNamesEn" TEXT[],
    "brandNamesZh" TEXT[],
    "modality" "Modality" NOT NULL,
    "mechanismClass" "MechanismClass" NOT NULL,
    "targets" TEXT[],
    "originatorId" INTEGER,
    "chinaRightsHolderId" INTEGER,
    "researchOnly" BOOLEAN NOT NULL DEFAULT false,
    "leadStage" "ProgramStage" NOT NULL DEFAULT 'PRECLINICAL',
    "searchText" TEXT NOT NULL DEFAULT '',
    "notes" TEXT,
    "sourceUrl" TEXT,
    "sourceConfidence" "SourceConfidence" NOT NULL DEFAULT 'UNVERIFIED',
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Candidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Program" (
    "id" SERIAL NOT NULL,
    "candidateId" INTEGER NOT NULL,
    "indicationEn" TEXT NOT NULL,
    "indicationZh" TEXT,
    "doseForm" TEXT,
    "sponsorId" INTEGER,
    "drugCategory" "DrugCategory" NOT NULL,
    "registrationClass" "RegistrationClass",
    "origin" "Origin" NOT NULL,
    "currentStage" "ProgramStage" NOT NULL DEFAULT 'PRECLINICAL',
    "notes" TEXT,
    "sourceUrl" TEXT,
    "sourceConfidence" "SourceConfidence" NOT NULL DEFAULT 'UNVERIFIED',
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StageEvent" (
    "id" SERIAL NOT NULL,
    "programId" INTEGER NOT NULL,
    "stage" "ProgramStage" NOT NULL,
    "eventDate" DATE NOT NULL,
    "eventPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "note" TEXT,
    "sourceUrl" TEXT,
    "sourceConfidence" "SourceConfidence" NOT NULL DEFAULT 'UNVERIFIED',
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StageEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" SERIAL NOT NULL,
    "programId" INTEGER NOT NULL,
    "acceptanceNumber" TEXT NOT NULL,
    "type" "ApplicationType" NOT NULL,
    "applicantId" INTEGER,
    "submittedDate" DATE,
    "submittedPrecision" "DatePrecision",
    "acceptanceDate" DATE,
    "acceptancePrecision" "DatePrecision",
    "reviewTrack" "ReviewTrack",
    "regulationVersion" TEXT NOT NULL DEFAULT 'DRR-2020',
    "status" "ApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "statusDate" DATE,
    "statusPrecision" "DatePrecision",
    "inspectionStatus" "ParallelCheckStatus" NOT NULL DEFAULT 'NOT_REQUIRED',
    "testingStatus" "ParallelCheckStatus" NOT NULL DEFAULT 'NOT_REQUIRED',
    "decision" "ApplicationDecision",
    "decisionDate" DATE,
    "decisionPrecision" "DatePrecision",
    "approvalNumber" TEXT,
    "notes" TEXT,
    "sourceUrl" TEXT,
    "sourceConfidence" "SourceConfidence" NOT NULL DEFAULT 'UNVERIFIED',
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationStatusChange" (
    "id" SERIAL NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "fromStatus" "ApplicationStatus",
    "toStatus" "ApplicationStatus" NOT NULL,
    "changeDate" DATE NOT NULL,
    "changePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "note" TEXT,
    "sourceUrl" TEXT,
    "sourceConfidence" "SourceConfidence" NOT NULL DEFAULT 'UNVERIFIED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClockStop" (
    "id" SERIAL NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "reason" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "sourceConfidence" "SourceConfidence" NOT NULL DEFAULT 'UNVERIFIED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClockStop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Designation" (
    "id" SERIAL NOT NULL,
    "programId" INTEGER NOT NULL,
    "applicationId" INTEGER,
    "type" "DesignationType" NOT NULL,
    "state" "DesignationState" NOT NULL DEFAULT 'NOT_APPLIED',
    "requestedDate" DATE,
    "requestedPrecision" "DatePrecision",
    "publicityStartDate" DATE,
    "publicityStartPrecision" "DatePrecision",
    "publicityEndDate" DATE,
    "publicityEndPrecision" "DatePrecision",
    "grantedDate" DATE,
    "grantedPrecision" "DatePrecision",
    "terminatedDate" DATE,
    "terminatedPrecision" "DatePrecision",
    "terminationReason" TEXT,
    "conditions" TEXT,
    "obligationDeadline" DATE,
    "obligationPrecision" "DatePrecision",
    "cdeRecordId" TEXT,
    "notes" TEXT,
    "sourceUrl" TEXT,
    "sourceConfidence" "SourceConfidence" NOT NULL DEFAULT 'UNVERIFIED',
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Designation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReimbursementListing" (
    "id" SERIAL NOT NULL,
    "programId" INTEGER NOT NULL,
    "list" "ReimbursementList" NOT NULL,
    "listYear" INTEGER NOT NULL,
    "state" "ReimbursementState" NOT NULL DEFAULT 'ELIGIBLE',
    "route" "ReimbursementRoute",
    "appliedDate" DATE,
    "appliedPrecision" "DatePrecision",
    "formalReviewDate" DATE,
    "formalReviewPrecision" "DatePrecision",
    "expertReviewDate" DATE,
    "expertReviewPrecision" "DatePrecision",
    "negotiationDate" DATE,
    "negotiationPrecision" "DatePrecision",
    "publicationDate" DATE,
    "publicationPrecision" "DatePrecision",
    "effectiveDate" DATE,
    "effectivePrecision" "DatePrecision",
    "agreementStartDate" DATE,
    "agreementStartPrecision" "DatePrecision",
    "agreementEndDate" DATE,
    "agreementEndPrecision" "DatePrecision",
    "removedDate" DATE,
    "removedPrecision" "DatePrecision",
    "paymentStandard" DECIMAL(12,2),
    "paymentUnit" TEXT,
    "restriction" TEXT,
    "notes" TEXT,
    "sourceUrl" TEXT,
    "sourceConfidence" "SourceConfidence" NOT NULL DEFAULT 'UNVERIFIED',
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReimbursementListing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" SERIAL NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedView" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "ownerId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "actorLabel" TEXT NOT NULL,
    "changeId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" "AuditAction" NOT NULL,
    "field" TEXT,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT NOT NULL,
    "evidenceUrl" TEXT,
    "channel" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Company_nameEn_key" ON "Company"("nameEn");

-- CreateIndex
CREATE UNIQUE INDEX "Candidate_slug_key" ON "Candidate"("slug");

-- CreateIndex
CREATE INDEX "Candidate_mechanismClass_idx" ON "Candidate"("mechanismClass");

-- CreateIndex
CREATE INDEX "Candidate_leadStage_idx" ON "Candidate"("leadStage");

-- CreateIndex
CREATE INDEX "Candidate_originatorId_idx" ON "Candidate"("originatorId");

-- CreateIndex
CREATE INDEX "Candidate_chinaRightsHolderId_idx" ON "Candidate"("chinaRightsHolderId");

-- CreateIndex
CREATE INDEX "Candidate_searchText_idx" ON "Candidate" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Program_candidateId_idx" ON "Program"("candidateId");

-- CreateIndex
CREATE INDEX "Program_sponsorId_idx" ON "Program"("sponsorId");

-- CreateIndex
CREATE INDEX "Program_currentStage_idx" ON "Program"("currentStage");

-- CreateIndex
CREATE INDEX "StageEvent_programId_eventDate_idx" ON "StageEvent"("programId", "eventDate");

-- CreateIndex
CREATE INDEX "StageEvent_eventDate_idx" ON "StageEvent"("eventDate");

-- CreateIndex
CREATE UNIQUE INDEX "Application_acceptanceNumber_key" ON "Application"("acceptanceNumber");

-- CreateIndex
CREATE INDEX "Application_programId_idx" ON "Application"("programId");

-- CreateIndex
CREATE INDEX "Application_applicantId_idx" ON "Application"("applicantId");

-- CreateIndex
CREATE INDEX "Application_status_idx" ON "Application"("status");

-- CreateIndex
CREATE INDEX "Application_type_acceptanceDate_idx" ON "Application"("type", "acceptanceDate");

-- CreateIndex
CREATE INDEX "ApplicationStatusChange_applicationId_changeDate_idx" ON "ApplicationStatusChange"("applicationId", "changeDate");

-- CreateIndex
CREATE INDEX "ClockStop_applicationId_idx" ON "ClockStop"("applicationId");

-- CreateIndex
CREATE INDEX "Designation_programId_idx" ON "Designation"("programId");

-- CreateIndex
CREATE INDEX "Designation_type_state_idx" ON "Designation"("type", "state");

-- CreateIndex
CREATE INDEX "Designation_grantedDate_idx" ON "Designation"("grantedDate");

-- CreateIndex
CREATE INDEX "ReimbursementListing_list_state_idx" ON "ReimbursementListing"("list", "state");

-- CreateIndex
CREATE UNIQUE INDEX "ReimbursementListing_programId_list_listYear_key" ON "ReimbursementListing"("programId", "list", "listYear");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SavedView_name_key" ON "SavedView"("name");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_changeId_idx" ON "AuditEvent"("changeId");

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_originatorId_fkey" FOREIGN KEY ("originatorId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_chinaRightsHolderId_fkey" FOREIGN KEY ("chinaRightsHolderId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_sponsorId_fkey" FOREIGN KEY ("sponsorId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageEvent" ADD CONSTRAINT "StageEvent_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationStatusChange" ADD CONSTRAINT "ApplicationStatusChange_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClockStop" ADD CONSTRAINT "ClockStop_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Designation" ADD CONSTRAINT "Designation_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Designation" ADD CONSTRAINT "Designation_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReimbursementListing" ADD CONSTRAINT "ReimbursementListing_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
