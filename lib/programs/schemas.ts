// Input of programme changes (create, edit, stage event), shared by forms and the JSON endpoints.
import { z } from "zod";
import {
  drugCategorySchema,
  originSchema,
  programStageSchema,
  registrationClassSchema,
  sourceConfidenceSchema,
} from "@/lib/domain/vocabulary-schemas";
import { changeSchema, versionedChangeSchema } from "@/lib/changes/change-meta";
import { nullableEnum, nullableText, nullableUrl, recordId, requiredText } from "@/lib/changes/inputs";
import { TEXT_LIMITS } from "@/lib/domain/text-limits";

const optionalCompanyId = z
  .union([recordId("sponsorId"), z.literal(""), z.null()])
  .transform((value) => (value === "" ? null : value))
  .optional();

const programFieldsShape = {
  indicationEn: requiredText("Indication (English)", 300),
  indicationZh: nullableText("Indication (Chinese)", 300).optional(),
  doseForm: nullableText("Dose form", 200).optional(),
  sponsorId: optionalCompanyId,
  drugCategory: drugCategorySchema,
  registrationClass: nullableEnum(registrationClassSchema).optional(),
  origin: originSchema,
  notes: nullableText("Notes", TEXT_LIMITS.notes).optional(),
  sourceUrl: nullableUrl("Source URL").optional(),
  sourceConfidence: sourceConfidenceSchema.optional(),
};

export const createProgramSchema = changeSchema({
  candidateId: recordId("candidateId"),
  ...programFieldsShape,
  /** The stage reached so far; later stages are recorded as stage events. */
  currentStage: programStageSchema.optional(),
});

export const updateProgramSchema = versionedChangeSchema({
  programId: recordId("programId"),
  ...programFieldsShape,
  indicationEn: programFieldsShape.indicationEn.optional(),
  drugCategory: drugCategorySchema.optional(),
  origin: originSchema.optional(),
});

export const addStageEventSchema = changeSchema({
  programId: recordId("programId"),
  stage: programStageSchema,
  note: nullableText("Note", 1000).optional(),
});

export type CreateProgramInput = z.output<typeof createProgramSchema>;
export type UpdateProgramInput = z.output<typeof updateProgramSchema>;
export type AddStageEventInput = z.output<typeof addStageEventSchema>;
