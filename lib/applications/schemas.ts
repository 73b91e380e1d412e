// Input of every application change, shared by the server actions (forms) and the JSON endpoints.
import { z } from "zod";
import {
  applicationDecisionSchema,
  applicationStatusSchema,
  applicationTypeSchema,
  parallelCheckStatusSchema,
  reviewTrackSchema,
  sourceConfidenceSchema,
} from "@/lib/domain/vocabulary-schemas";
import { changeSchema, versionedChangeSchema } from "@/lib/changes/change-meta";
import { nullableEnum, nullablePartialDate, nullableText, nullableUrl, recordId, requiredText } from "@/lib/changes/inputs";
import { TEXT_LIMITS } from "@/lib/domain/text-limits";

export const advanceApplicationStatusSchema = versionedChangeSchema({
  applicationId: recordId("applicationId"),
  to: applicationStatusSchema,
  decision: nullableEnum(applicationDecisionSchema).optional(),
  note: nullableText("Note", 1000).optional(),
});

/** Editable fields; the status only moves through advanceApplicationStatus. */
const applicationFieldsShape = {
  acceptanceNumber: requiredText("Acceptance number", 40),
  type: applicationTypeSchema,
  applicantId: z.union([recordId("applicantId"), z.literal(""), z.null()]).transform((v) => (v === "" ? null : v)),
  submittedDate: nullablePartialDate("Submitted date"),
  acceptanceDate: nullablePartialDate("Acceptance date"),
  reviewTrack: nullableEnum(reviewTrackSchema),
  inspectionStatus: parallelCheckStatusSchema,
  testingStatus: parallelCheckStatusSchema,
  approvalNumber: nullableText("Approval number", 60),
  notes: nullableText("Notes", TEXT_LIMITS.notes),
  sourceUrl: nullableUrl("Source URL"),
  sourceConfidence: sourceConfidenceSchema,
};

export const createApplicationSchema = changeSchema({
  programId: recordId("programId"),
  ...applicationFieldsShape,
  applicantId: applicationFieldsShape.applicantId.optional(),
  submittedDate: applicationFieldsShape.submittedDate.optional(),
  acceptanceDate: applicationFieldsShape.acceptanceDate.optional(),
  reviewTrack: applicationFieldsShape.reviewTrack.optional(),
  inspectionStatus: parallelCheckStatusSchema.optional(),
  testingStatus: parallelCheckStatusSchema.optional(),
  approvalNumber: applicationFieldsShape.approvalNumber.optional(),
  notes: applicationFieldsShape.notes.optional(),
  sourceUrl: applicationFieldsShape.sourceUrl.optional(),
  sourceConfidence: sourceConfidenceSchema.optional(),
  status: z.enum(["SUBMITTED", "PENDING_ACCEPTANCE", "ACCEPTED"]).optional(),
});

export const updateApplicationSchema = versionedChangeSchema({
  applicationId: recordId("applicationId"),
  ...Object.fromEntries(Object.entries(applicationFieldsShape).map(([key, schema]) => [key, schema.optional()])),
} as { applicationId: ReturnType<typeof recordId> } & { [K in keyof typeof applicationFieldsShape]: z.ZodOptional<(typeof applicationFieldsShape)[K]> });

export type AdvanceApplicationStatusInput = z.output<typeof advanceApplicationStatusSchema>;
export type CreateApplicationInput = z.output<typeof createApplicationSchema>;
export type UpdateApplicationInput = z.output<typeof updateApplicationSchema>;
