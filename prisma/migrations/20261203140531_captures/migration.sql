-- CreateEnum
CREATE TYPE "CaptureOutcome" AS ENUM ('NEW_APPLICATION', 'STATUS_CHANGE', 'DESIGNATION_PUBLICITY', 'DESIGNATION_GRANTED', 'APPROVAL_RECORDED', 'LISTING_ADDED', 'LISTING_CHANGED', 'NEW_CANDIDATE', 'UNCHANGED', 'CONFLICT');

-- CreateEnum
CREATE TYPE "CaptureProposalStatus" AS ENUM ('PROPOSED', 'REFUSED', 'INFORMATION', 'APPLIED', 'REJECTED', 'STALE');

-- CreateTable
CREATE TABLE "Capture" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "encoding" TEXT,
    "fileName" TEXT,
    "sourceUrl" TEXT,
    "capturedAt" TIMESTAMPTZ(3) NOT NULL,
    "uploaderId" INTEGER,
    "uploaderLabel" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "raw" BYTEA NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "footerTotal" INTEGER,
    "warnings" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "diffedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Capture_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaptureProposal" (
    "id" SERIAL NOT NULL,
    "captureId" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "outcome" "CaptureOutcome" NOT NULL,
    "status" "CaptureProposalStatus" NOT NULL,
    "rule" TEXT,
    "message" TEXT NOT NULL,
    "candidateId" INTEGER,
    "candidateName" TEXT,
    "acceptanceNumber" TEXT,
    "entityType" TEXT,
    "entityId" INTEGER,
    "entityVersion" INTEGER,
    "before" JSONB,
    "after" JSONB,
    "steps" JSONB,
    "cells" JSONB NOT NULL,
    "suggestions" JSONB,
    "appliedChangeIds" TEXT[],
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaptureProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Capture_sha256_key" ON "Capture"("sha256");

-- CreateIndex
CREATE INDEX "Capture_createdAt_idx" ON "Capture"("createdAt");

-- CreateIndex
CREATE INDEX "CaptureProposal_captureId_status_idx" ON "CaptureProposal"("captureId", "status");

-- CreateIndex
CREATE INDEX "CaptureProposal_candidateId_idx" ON "CaptureProposal"("candidateId");

-- AddForeignKey
ALTER TABLE "Capture" ADD CONSTRAINT "Capture_uploaderId_fkey" FOREIGN KEY ("uploaderId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaptureProposal" ADD CONSTRAINT "CaptureProposal_captureId_fkey" FOREIGN KEY ("captureId") REFERENCES "Capture"("id") ON DELETE CASCADE ON UPDATE CASCADE;
