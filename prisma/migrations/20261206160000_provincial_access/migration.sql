-- CreateEnum
CREATE TYPE "ProvincialAccessState" AS ENUM ('NOT_STARTED', 'PLATFORM_LISTED', 'DUAL_CHANNEL', 'RESTRICTED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "ProvincialAccess" (
    "id" SERIAL NOT NULL,
    "listingId" INTEGER NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "state" "ProvincialAccessState" NOT NULL DEFAULT 'NOT_STARTED',
    "stateDate" DATE,
    "statePrecision" "DatePrecision",
    "listedDate" DATE,
    "listedPrecision" "DatePrecision",
    "dualChannelDate" DATE,
    "dualChannelPrecision" "DatePrecision",
    "withdrawnDate" DATE,
    "withdrawnPrecision" "DatePrecision",
    "notes" TEXT,
    "sourceUrl" TEXT,
    "sourceConfidence" "SourceConfidence" NOT NULL DEFAULT 'UNVERIFIED',
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProvincialAccess_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProvincialAccess_provinceCode_state_idx" ON "ProvincialAccess"("provinceCode", "state");

-- CreateIndex
CREATE UNIQUE INDEX "ProvincialAccess_listingId_provinceCode_key" ON "ProvincialAccess"("listingId", "provinceCode");

-- AddForeignKey
ALTER TABLE "ProvincialAccess" ADD CONSTRAINT "ProvincialAccess_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "ReimbursementListing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The dashboard filters by provincial coverage, so a write here must drop cached facet counts like the
-- other catalogue tables do (see 20261124100417_dashboard_indexes_change_notify).
CREATE TRIGGER "ProvincialAccess_notify_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProvincialAccess"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_catalog_changed"();
