// The programmes of many candidates with every dated record the portfolio draws, in one SQL statement:
// PostgreSQL aggregates each programme's events, applications (with clock stops), designations and listings
// as JSON, so a thousand lanes cost one round trip and a JSON parse instead of nine relation queries mapped
// row by row (which took most of the time for 1,000 lanes; see `npm run bench -- timeline`).
import type { Prisma } from "@/generated/prisma/client";
import type { TimelineProgramRecord } from "@/lib/timeline/items";
import type { CompanyRef } from "@/lib/timeline/lanes";

export type ProgrammeRecord = TimelineProgramRecord & {
  candidateId: number;
  indicationEn: string;
  indicationZh: string | null;
  sponsor: CompanyRef | null;
};

type Row = Omit<ProgrammeRecord, "events" | "applications" | "designations" | "reimbursements"> & {
  events: Record<string, unknown>[];
  applications: (Record<string, unknown> & { clockStops: Record<string, unknown>[] })[];
  designations: Record<string, unknown>[];
  reimbursements: (Record<string, unknown> & { provincialAccess: Record<string, unknown>[] })[];
};

/**
 * JSON carries @db.Date columns as "YYYY-MM-DD"; the records use UTC-midnight Dates like Prisma does.
 * PostgreSQL writes them canonically, so they are read without dayFromKey's validation (tens of thousands
 * of dates per thousand lanes).
 */
function withDates<T>(record: Record<string, unknown>, dateFields: readonly string[]): T {
  const copy: Record<string, unknown> = { ...record };
  for (const field of dateFields) {
    const value = copy[field];
    copy[field] = typeof value === "string" ? new Date(`${value.slice(0, 10)}T00:00:00.000Z`) : null;
  }
  return copy as T;
}

const EVENT_DATES = ["eventDate"] as const;
const APPLICATION_DATES = ["acceptanceDate", "statusDate", "decisionDate"] as const;
const STOP_DATES = ["startDate", "endDate"] as const;
const DESIGNATION_DATES = ["requestedDate", "publicityStartDate", "publicityEndDate", "grantedDate", "terminatedDate"] as const;
const LISTING_DATES = [
  "appliedDate",
  "formalReviewDate",
  "expertReviewDate",
  "negotiationDate",
  "publicationDate",
  "effectiveDate",
  "agreementStartDate",
  "agreementEndDate",
  "removedDate",
] as const;

type Programme = ProgrammeRecord;
type Event = Programme["events"][number];
type Application = Programme["applications"][number];
type Stop = Application["clockStops"][number];
type Designation = Programme["designations"][number];
type Listing = Programme["reimbursements"][number];

/** Programmes of the given candidates, by candidate then programme id. */
export async function loadProgrammes(db: Pick<Prisma.TransactionClient, "$queryRaw">, candidateIds: readonly number[]): Promise<ProgrammeRecord[]> {
  if (candidateIds.length === 0) return [];
  const rows = await db.$queryRaw<Row[]>`
    SELECT p.id, p."candidateId", p."indicationEn", p."indicationZh",
           CASE WHEN co.id IS NULL THEN NULL ELSE json_build_object('id', co.id, 'nameEn', co."nameEn") END AS sponsor,
           coalesce((SELECT json_agg(e ORDER BY e.id) FROM (
               SELECT id, stage, "eventDate", "eventPrecision", note, "sourceUrl", "sourceConfidence", illustrative
               FROM "StageEvent" WHERE "programId" = p.id) e), '[]') AS events,
           coalesce((SELECT json_agg(a ORDER BY a.id) FROM (
               SELECT a.id, a."acceptanceNumber", a.type, a."acceptanceDate", a."acceptancePrecision", a."reviewTrack",
                      a."regulationVersion", a.status, a."statusDate", a."statusPrecision", a.decision, a."decisionDate",
                      a."decisionPrecision", a."sourceUrl", a."sourceConfidence", a.illustrative,
                      coalesce((SELECT json_agg(s ORDER BY s."startDate") FROM (
                          SELECT "startDate", "endDate" FROM "ClockStop" WHERE "applicationId" = a.id) s), '[]') AS "clockStops"
               FROM "Application" a WHERE a."programId" = p.id) a), '[]') AS applications,
           coalesce((SELECT json_agg(d ORDER BY d.id) FROM (
               SELECT id, type, state, "requestedDate", "requestedPrecision", "publicityStartDate", "publicityStartPrecision",
                      "publicityEndDate", "publicityEndPrecision", "grantedDate", "grantedPrecision", "terminatedDate",
                      "terminatedPrecision", "sourceUrl", "sourceConfidence", illustrative
               FROM "Designation" WHERE "programId" = p.id) d), '[]') AS designations,
           coalesce((SELECT json_agg(r ORDER BY r.id) FROM (
               SELECT id, list, "listYear", state, "appliedDate", "appliedPrecision", "formalReviewDate", "formalReviewPrecision",
                      "expertReviewDate", "expertReviewPrecision", "negotiationDate", "negotiationPrecision", "publicationDate",
                      "publicationPrecision", "effectiveDate", "effectivePrecision", "agreementStartDate", "agreementStartPrecision",
                      "agreementEndDate", "agreementEndPrecision", "removedDate", "removedPrecision", "sourceUrl",
                      "sourceConfidence", illustrative,
                      coalesce((SELECT json_agg(pa ORDER BY pa."provinceCode") FROM (
                          SELECT "provinceCode", "listedDate", "listedPrecision", "sourceUrl", "sourceConfidence", illustrative
                          FROM "ProvincialAccess" WHERE "listingId" = rl.id AND "listedDate" IS NOT NULL) pa), '[]') AS "provincialAccess"
               FROM "ReimbursementListing" rl WHERE "programId" = p.id) r), '[]') AS reimbursements
    FROM "Program" p
    LEFT JOIN "Company" co ON co.id = p."sponsorId"
    WHERE p."candidateId" = ANY(${[...candidateIds]}::int[])
    ORDER BY p."candidateId", p.id`;
  return rows.map((row) => ({
    ...row,
    events: row.events.map((event) => withDates<Event>(event, EVENT_DATES)),
    applications: row.applications.map((application) => ({
      ...withDates<Application>(application, APPLICATION_DATES),
      clockStops: application.clockStops.map((stop) => withDates<Stop>(stop, STOP_DATES)),
    })),
    designations: row.designations.map((designation) => withDates<Designation>(designation, DESIGNATION_DATES)),
    reimbursements: row.reimbursements.map((listing) => ({
      ...withDates<Listing>(listing, LISTING_DATES),
      provincialAccess: listing.provincialAccess.map((access) => withDates<Listing["provincialAccess"][number]>(access, ["listedDate"])),
    })),
  }));
}

/** A programme without its dated records: what a lane shows before its items arrive (its label and group). */
export type ProgrammeHeader = Pick<ProgrammeRecord, "id" | "candidateId" | "indicationEn" | "indicationZh" | "sponsor">;

/** The programmes of the given candidates without their records, by candidate then programme id. */
export async function loadProgrammeHeaders(db: Pick<Prisma.TransactionClient, "$queryRaw">, candidateIds: readonly number[]): Promise<ProgrammeHeader[]> {
  if (candidateIds.length === 0) return [];
  return db.$queryRaw<ProgrammeHeader[]>`
    SELECT p.id, p."candidateId", p."indicationEn", p."indicationZh",
           CASE WHEN co.id IS NULL THEN NULL ELSE json_build_object('id', co.id, 'nameEn', co."nameEn") END AS sponsor
    FROM "Program" p
    LEFT JOIN "Company" co ON co.id = p."sponsorId"
    WHERE p."candidateId" = ANY(${[...candidateIds]}::int[])
    ORDER BY p."candidateId", p.id`;
}
