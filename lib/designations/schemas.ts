// Input of designation changes, shared by forms, the JSON endpoints and bulk edit.
import { z } from "zod";
import { designationStateSchema, designationTypeSchema } from "@/lib/domain/vocabulary-schemas";
import { changeSchema, versionedChangeSchema } from "@/lib/changes/change-meta";
import { nullablePartialDate, nullableText, recordId } from "@/lib/changes/inputs";
import { TEXT_LIMITS } from "@/lib/domain/text-limits";

/** The change itself, without the designation id: bulk edit applies one of these to many designations. */
export const designationStateChangeShape = {
  to: designationStateSchema,
  requestedDate: nullablePartialDate("Requested date").optional(),
  publicityStartDate: nullablePartialDate("Publicity start").optional(),
  publicityEndDate: nullablePartialDate("Publicity end").optional(),
  grantedDate: nullablePartialDate("Granted date").optional(),
  terminatedDate: nullablePartialDate("Terminated date").optional(),
  obligationDeadline: nullablePartialDate("Obligation deadline").optional(),
  terminationReason: nullableText("Termination reason", TEXT_LIMITS.terminationReason).optional(),
  conditions: nullableText("Conditions", TEXT_LIMITS.conditions).optional(),
};

export const changeDesignationStateSchema = versionedChangeSchema({
  designationId: recordId("designationId"),
  ...designationStateChangeShape,
});

export const createDesignationSchema = changeSchema({
  programId: recordId("programId"),
  type: designationTypeSchema,
  applicationId: z.union([recordId("applicationId"), z.literal(""), z.null()]).transform((v) => (v === "" ? null : v)).optional(),
  cdeRecordId: nullableText("CDE record id", TEXT_LIMITS.cdeRecordId).optional(),
});

export type ChangeDesignationStateInput = z.output<typeof changeDesignationStateSchema>;
export type CreateDesignationInput = z.output<typeof createDesignationSchema>;
