// Writes to reimbursement listings: move one listing (programme x list x year) along the NHSA cycle.
import "server-only";
import type { ReimbursementListing } from "@/generated/prisma/client";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { labelOf } from "@/lib/domain/vocabulary";
import { appError } from "@/lib/i18n/app-error";
import type { ChangeReimbursementStateInput } from "@/lib/reimbursements/schemas";
import { planReimbursementChange, REIMBURSEMENT_DATE_COLUMNS } from "@/lib/reimbursements/state-change";
import type { MutationArgs, MutationResult } from "@/lib/changes/actor";
import type { DatePairs } from "@/lib/changes/audit-view";
import { describeFieldChange } from "@/lib/changes/audit-format";
import { chinaToday } from "@/lib/today";
import { updateVersioned, openChange, type VersionedTable } from "@/lib/changes/write-step";

export const REIMBURSEMENT_DATE_PAIRS: DatePairs = Object.entries(REIMBURSEMENT_DATE_COLUMNS);

export const REIMBURSEMENT_AUDIT_FIELDS = [
  "programId",
  "list",
  "listYear",
  "state",
  "route",
  ...Object.keys(REIMBURSEMENT_DATE_COLUMNS),
  "paymentStandard",
  "paymentUnit",
  "restriction",
  "notes",
  "sourceUrl",
  "sourceConfidence",
];

export const REIMBURSEMENT_TABLE: VersionedTable<ReimbursementListing> = {
  entityType: "ReimbursementListing",
  load: async (tx, id) => {
    const listing = await tx.reimbursementListing.findUnique({ where: { id } });
    if (!listing) throw appError("NOT_FOUND", "reimbursementMissing", { id: String(id) });
    const program = await tx.program.findUniqueOrThrow({ where: { id: listing.programId }, select: { candidateId: true } });
    return { ...listing, candidateId: program.candidateId };
  },
  auditFields: REIMBURSEMENT_AUDIT_FIELDS,
  datePairs: REIMBURSEMENT_DATE_PAIRS,
  updateAtVersion: async (tx, id, version, data) =>
    (await tx.reimbursementListing.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } })).count,
  readVersion: (tx, id) => tx.reimbursementListing.findUnique({ where: { id }, select: { version: true } }),
};

export async function changeReimbursementState(args: MutationArgs<Omit<ChangeReimbursementStateInput, "expectedVersion">>): Promise<MutationResult> {
  const { fields, context } = openChange(args);
  const { meta } = context;
  const { listingId: id, to, route, effectiveDateOfList, publicationDate, agreementStartDate, agreementEndDate, ...rest } = fields;
  return updateVersioned(REIMBURSEMENT_TABLE, {
    id, expectedVersion: args.expectedVersion, context,
    plan: (current) => {
      const plan = planReimbursementChange(current, {
        to,
        effective: meta.effective,
        today: chinaToday(),
        route,
        dates: { effectiveDate: effectiveDateOfList, publicationDate, agreementStartDate, agreementEndDate },
        ...rest,
      });
      const data = { ...plan.data } as Partial<ReimbursementListing>;
      if (meta.evidenceUrl) Object.assign(data, { sourceUrl: meta.evidenceUrl, sourceConfidence: meta.evidenceConfidence });
      return { data, refusals: plan.refusals };
    },
    transitionField: "state",
    // A listing step is a dated regulatory fact: the candidate's "last regulatory change" may move.
    refresh: "lastChange",
    summary: (current) =>
      `${labelOf("ReimbursementList", current.list)} ${current.listYear}: ${describeFieldChange("ReimbursementListing", "state", current.state, to)} ` +
      `(effective ${formatPartialDate(meta.effective.date, meta.effective.precision)}).`,
  });
}
