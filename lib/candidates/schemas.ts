// Input of candidate changes (create, edit fields), shared by forms and the JSON endpoints.
import { z } from "zod";
import { mechanismClassSchema, modalitySchema, sourceConfidenceSchema } from "@/lib/domain/vocabulary-schemas";
import { changeSchema, versionedChangeSchema } from "@/lib/changes/change-meta";
import { checkbox, nullableText, nullableUrl, recordId, requiredText, stringList } from "@/lib/changes/inputs";
import { TEXT_LIMITS } from "@/lib/domain/text-limits";

const companyId = (field: string) =>
  z
    .union([recordId(field), z.literal(""), z.null()])
    .transform((value) => (value === "" ? null : value))
    .optional();

const candidateFieldsShape = {
  nameEn: requiredText("English name", 200),
  nameZh: nullableText("Chinese name", 200).optional(),
  inn: nullableText("INN", 200).optional(),
  codeNames: stringList("Code names").optional(),
  brandNamesEn: stringList("Brands (English)").optional(),
  brandNamesZh: stringList("Brands (Chinese)").optional(),
  modality: modalitySchema,
  mechanismClass: mechanismClassSchema,
  targets: stringList("Targets").optional(),
  originatorId: companyId("originatorId"),
  chinaRightsHolderId: companyId("chinaRightsHolderId"),
  researchOnly: checkbox,
  notes: nullableText("Notes", TEXT_LIMITS.notes).optional(),
  sourceUrl: nullableUrl("Source URL").optional(),
  sourceConfidence: sourceConfidenceSchema.optional(),
};

export const createCandidateSchema = changeSchema({
  ...candidateFieldsShape,
  /** URL-safe stable key; derived from the English name when left empty. */
  slug: z
    .union([z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Slug: lower-case letters, digits and single dashes."), z.literal(""), z.null()])
    .optional(),
});

/** In an edit, an absent checkbox means "unchanged" for JSON bodies; forms always send researchOnlyPresent. */
export const updateCandidateSchema = versionedChangeSchema({
  candidateId: recordId("candidateId"),
  ...candidateFieldsShape,
  nameEn: candidateFieldsShape.nameEn.optional(),
  modality: modalitySchema.optional(),
  mechanismClass: mechanismClassSchema.optional(),
  researchOnly: z
    .union([z.boolean(), z.enum(["on", "true", "false"])])
    .transform((value) => value === true || value === "on" || value === "true")
    .optional(),
  researchOnlyPresent: checkbox,
});

export type CreateCandidateInput = z.output<typeof createCandidateSchema>;
export type UpdateCandidateInput = z.output<typeof updateCandidateSchema>;
