// Writes to provincial access: move one province of one listing to a new state. A province without a row
// is "not started"; its first change creates the row (createAudited, version 1), later ones edit it
// (updateVersioned). The caller names the version it saw, 0 for "no row yet", so two analysts recording the
// same province meet the same 409 either way.
import "server-only";
import type { ProvincialAccess } from "@/generated/prisma/client";
import { provinceByCode, provinceName } from "@/lib/domain/provinces";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { labelOf } from "@/lib/domain/vocabulary";
import { AppError } from "@/lib/errors";
import type { ChangeProvincialAccessInput } from "@/lib/provincial-access/schemas";
import { NOT_STARTED_RECORD, planProvincialChange, PROVINCIAL_DATE_COLUMNS, type ListingForAccess } from "@/lib/provincial-access/state-change";
import type { MutationArgs, MutationResult } from "@/lib/changes/actor";
import type { DatePairs } from "@/lib/changes/audit-view";
import { describeFieldChange } from "@/lib/changes/audit-format";
import { throwIfRefused } from "@/lib/changes/refusals";
import { inTransaction, type Tx } from "@/lib/changes/transaction";
import { chinaToday } from "@/lib/today";
import { createAudited, openChange, updateVersioned, type VersionedTable } from "@/lib/changes/write-step";

const PROVINCIAL_DATE_PAIRS: DatePairs = Object.entries(PROVINCIAL_DATE_COLUMNS);

const PROVINCIAL_AUDIT_FIELDS = [
  "listingId",
  "provinceCode",
  "state",
  ...Object.keys(PROVINCIAL_DATE_COLUMNS),
  "notes",
  "sourceUrl",
  "sourceConfidence",
  "illustrative",
];

const listingSelect = { id: true, list: true, listYear: true, state: true, effectiveDate: true, effectivePrecision: true, program: { select: { candidateId: true } } } as const;

type LoadedAccess = ProvincialAccess & { candidateId: number; listing: ListingForAccess & { list: string } };

async function loadListing(tx: Tx, listingId: number) {
  const listing = await tx.reimbursementListing.findUnique({ where: { id: listingId }, select: listingSelect });
  if (!listing) throw new AppError("NOT_FOUND", `Reimbursement listing ${listingId} does not exist.`);
  return listing;
}

export const PROVINCIAL_ACCESS_TABLE: VersionedTable<ProvincialAccess, LoadedAccess> = {
  entityType: "ProvincialAccess",
  load: async (tx, id) => {
    const access = await tx.provincialAccess.findUnique({ where: { id } });
    if (!access) throw new AppError("NOT_FOUND", `Provincial access record ${id} does not exist.`);
    const listing = await loadListing(tx, access.listingId);
    return { ...access, candidateId: listing.program.candidateId, listing };
  },
  auditFields: PROVINCIAL_AUDIT_FIELDS,
  datePairs: PROVINCIAL_DATE_PAIRS,
  updateAtVersion: async (tx, id, version, data) =>
    (await tx.provincialAccess.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } })).count,
  readVersion: (tx, id) => tx.provincialAccess.findUnique({ where: { id }, select: { version: true } }),
};

function where(provinceCode: string) {
  const province = provinceByCode(provinceCode);
  return province ? provinceName(province, "en") : provinceCode;
}

function summaryOf(listing: { list: string; listYear: number }, provinceCode: string, from: string, to: string, effective: { date: Date; precision: "YEAR" | "MONTH" | "DAY" }) {
  return (
    `${labelOf("ReimbursementList", listing.list)} ${listing.listYear}, ${where(provinceCode)}: ` +
    `${describeFieldChange("ProvincialAccess", "state", from, to)} (effective ${formatPartialDate(effective.date, effective.precision)}).`
  );
}

/** Records one province's new access state for one listing (see the module header). */
export async function changeProvincialAccess(args: MutationArgs<Omit<ChangeProvincialAccessInput, "expectedVersion">>): Promise<MutationResult> {
  const { fields, context } = openChange(args);
  const { meta } = context;
  const { listingId, province: provinceCode, to, notes } = fields;
  // One transaction for the look-up and the write (joined by the write step), or the capture's batch.
  return inTransaction(async (tx) => {
    const existing = await tx.provincialAccess.findUnique({ where: { listingId_provinceCode: { listingId, provinceCode } }, select: { id: true } });
    const source = meta.evidenceUrl ? { sourceUrl: meta.evidenceUrl, sourceConfidence: meta.evidenceConfidence } : {};
    const withNotes = notes === undefined ? {} : { notes };

    if (existing) {
      return updateVersioned(PROVINCIAL_ACCESS_TABLE, {
        id: existing.id,
        expectedVersion: args.expectedVersion,
        context,
        plan: (current) => {
          const plan = planProvincialChange(current, current.listing, { to, effective: meta.effective, today: chinaToday() });
          // An analyst's recorded change is sourced data, whatever the seed wrote before.
          return { data: { ...plan.data, ...source, ...withNotes, illustrative: false }, refusals: plan.refusals };
        },
        transitionField: "state",
        refresh: "none",
        summary: (current) => summaryOf(current.listing, provinceCode, current.state, to, meta.effective),
      });
    }

    if (args.expectedVersion !== 0) {
      throw new AppError("CONFLICT", `This province has no access record for listing ${listingId} (it may have been removed): reload and try again with expectedVersion 0.`);
    }
    return createAudited({
      table: PROVINCIAL_ACCESS_TABLE,
      context,
      refresh: "none",
      create: async (tx) => {
        const listing = await loadListing(tx, listingId);
        const plan = planProvincialChange(NOT_STARTED_RECORD, listing, { to, effective: meta.effective, today: chinaToday() });
        throwIfRefused(plan.refusals);
        // Another writer may have created the row since the look-up above: a conflict, not a database error.
        const raced = await tx.provincialAccess.findUnique({ where: { listingId_provinceCode: { listingId, provinceCode } }, select: { id: true } });
        if (raced) throw new AppError("CONFLICT", `Another change recorded ${where(provinceCode)} for this listing meanwhile: reload and try again.`);
        const record = await tx.provincialAccess.create({
          data: { ...NOT_STARTED_RECORD, ...plan.data, listingId, provinceCode, notes: notes ?? null, sourceUrl: meta.evidenceUrl, sourceConfidence: meta.evidenceConfidence },
        });
        return { record, candidateId: listing.program.candidateId };
      },
      summary: async (tx, record) => {
        const listing = await loadListing(tx, record.listingId);
        return summaryOf(listing, provinceCode, "NOT_STARTED", to, meta.effective);
      },
    });
  });
}
