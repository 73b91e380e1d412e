// Records a programme's listing on a reimbursement list in a list year, as the list published it (the
// capture channel's "listing added"). The listing's own rules (effective date, agreement end on 31 December,
// no payment standard on the commercial list) refuse it like any state change.
import "server-only";
import { labelOf } from "@/lib/domain/vocabulary";
import { validateReimbursementListing } from "@/lib/domain/reimbursement-state";
import { appError } from "@/lib/i18n/app-error";
import { REIMBURSEMENT_TABLE } from "@/lib/reimbursements/mutations";
import type { CreateReimbursementListingInput } from "@/lib/reimbursements/schemas";
import type { CreateArgs, MutationResult } from "@/lib/changes/actor";
import { dateColumns } from "@/lib/changes/audit-view";
import { checkNotInFuture } from "@/lib/changes/effective-date";
import { chinaToday } from "@/lib/today";
import { refusalError, throwIfRefused } from "@/lib/changes/refusals";
import { createAudited, openChange } from "@/lib/changes/write-step";

export async function createReimbursementListing(args: CreateArgs<CreateReimbursementListingInput>): Promise<MutationResult> {
  const { fields, context } = openChange(args);
  const { meta } = context;
  return createAudited({
    table: REIMBURSEMENT_TABLE,
    context,
    // Its dates (applied, requested) may be the candidate's newest regulatory fact.
    refresh: "lastChange",
    create: async (tx) => {
      const program = await tx.program.findUnique({ where: { id: fields.programId }, select: { candidateId: true } });
      if (!program) throw appError("NOT_FOUND", "programmeMissing", { id: String(fields.programId) });
      const data = {
        programId: fields.programId,
        list: fields.list,
        listYear: fields.listYear,
        state: fields.state,
        route: fields.route ?? null,
        ...dateColumns("effectiveDate", "effectivePrecision", fields.effectiveDateOfList ?? null),
        ...dateColumns("agreementStartDate", "agreementStartPrecision", fields.agreementStartDate ?? null),
        ...dateColumns("agreementEndDate", "agreementEndPrecision", fields.agreementEndDate ?? null),
        paymentStandard: fields.paymentStandard ?? null,
        paymentUnit: fields.paymentUnit ?? null,
        restriction: fields.restriction ?? null,
        sourceUrl: meta.evidenceUrl,
        sourceConfidence: meta.evidenceConfidence,
      };
      const refusals = [
        ...validateReimbursementListing(data)
          .filter((violation) => violation.severity === "error")
          .map((violation) => ({ rule: violation.rule, field: violation.field, message: violation.message })),
        ...checkNotInFuture(meta.effective, chinaToday()),
      ];
      throwIfRefused(refusals);
      const existing = await tx.reimbursementListing.findUnique({
        where: { programId_list_listYear: { programId: fields.programId, list: fields.list, listYear: fields.listYear } },
        select: { id: true },
      });
      if (existing) {
        throw refusalError([
          { rule: "LISTING_EXISTS", field: "list", message: `This programme already has a ${labelOf("ReimbursementList", fields.list)} ${fields.listYear} listing (${existing.id}); change its state instead.` },
        ]);
      }
      return { record: await tx.reimbursementListing.create({ data }), candidateId: program.candidateId };
    },
    summary: (_tx, listing) => `Listed on ${labelOf("ReimbursementList", listing.list)} ${listing.listYear} (${labelOf("ReimbursementState", listing.state)}).`,
  });
}
