// Input of a reimbursement-listing state change, shared by the form and POST /api/reimbursements/[id]/state.
import type { z } from "zod";
import { reimbursementRouteSchema, reimbursementStateSchema } from "@/lib/domain/vocabulary";
import { versionedChangeSchema } from "@/lib/workflow/change-meta";
import { nullableAmount, nullableEnum, nullablePartialDate, nullableText, recordId } from "@/lib/workflow/inputs";

export const changeReimbursementStateSchema = versionedChangeSchema({
  listingId: recordId("listingId"),
  to: reimbursementStateSchema,
  route: nullableEnum(reimbursementRouteSchema).optional(),
  publicationDate: nullablePartialDate("Publication date").optional(),
  effectiveDateOfList: nullablePartialDate("List effective date").optional(),
  agreementStartDate: nullablePartialDate("Agreement start").optional(),
  agreementEndDate: nullablePartialDate("Agreement end").optional(),
  paymentStandard: nullableAmount("Payment standard").optional(),
  paymentUnit: nullableText("Payment unit", 60).optional(),
  restriction: nullableText("Restriction", 2000).optional(),
});

export type ChangeReimbursementStateInput = z.output<typeof changeReimbursementStateSchema>;
