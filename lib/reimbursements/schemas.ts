// Input of a reimbursement-listing state change, shared by the form and POST /api/reimbursements/[id]/state.
import { z } from "zod";
import { reimbursementListSchema, reimbursementRouteSchema, reimbursementStateSchema } from "@/lib/domain/vocabulary-schemas";
import { changeSchema, versionedChangeSchema } from "@/lib/changes/change-meta";
import { nullableAmount, nullableEnum, nullablePartialDate, nullableText, recordId } from "@/lib/changes/inputs";
import { TEXT_LIMITS } from "@/lib/domain/text-limits";

export const changeReimbursementStateSchema = versionedChangeSchema({
  listingId: recordId("listingId"),
  to: reimbursementStateSchema,
  route: nullableEnum(reimbursementRouteSchema).optional(),
  publicationDate: nullablePartialDate("Publication date").optional(),
  effectiveDateOfList: nullablePartialDate("List effective date").optional(),
  agreementStartDate: nullablePartialDate("Agreement start").optional(),
  agreementEndDate: nullablePartialDate("Agreement end").optional(),
  paymentStandard: nullableAmount("Payment standard").optional(),
  paymentUnit: nullableText("Payment unit", TEXT_LIMITS.paymentUnit).optional(),
  restriction: nullableText("Restriction", TEXT_LIMITS.restriction).optional(),
});

export type ChangeReimbursementStateInput = z.output<typeof changeReimbursementStateSchema>;

/** A programme's first listing on a list in a list year, entered as the list published it (captures). */
export const createReimbursementListingSchema = changeSchema({
  programId: recordId("programId"),
  list: reimbursementListSchema,
  listYear: z.preprocess((value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value), z.number().int().min(2000).max(2100)),
  state: z.enum(["ELIGIBLE", "LISTED"]),
  route: nullableEnum(reimbursementRouteSchema).optional(),
  effectiveDateOfList: nullablePartialDate("List effective date").optional(),
  agreementStartDate: nullablePartialDate("Agreement start").optional(),
  agreementEndDate: nullablePartialDate("Agreement end").optional(),
  paymentStandard: nullableAmount("Payment standard").optional(),
  paymentUnit: nullableText("Payment unit", TEXT_LIMITS.paymentUnit).optional(),
  restriction: nullableText("Restriction", TEXT_LIMITS.restriction).optional(),
});

export type CreateReimbursementListingInput = z.output<typeof createReimbursementListingSchema>;
