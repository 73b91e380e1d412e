// What every recorded change carries besides the change itself: why (reason), on what evidence (a URL, or an
// explicit "no evidence"), and when it took effect in the world (a partial date). One schema builder adds
// these to each edit's own fields, so no form or endpoint can forget them.
import { z } from "zod";
import type { SourceConfidence } from "@/generated/prisma/enums";
import type { PartialDate } from "@/lib/domain/partial-date";
import { sourceConfidenceSchema } from "@/lib/domain/vocabulary-schemas";
import { checkbox, expectedVersionField, nullableEnum, nullableUrl, partialDate } from "@/lib/changes/inputs";

export const MIN_REASON_LENGTH = 3;
export const MAX_REASON_LENGTH = 2000;

const changeMetaShape = {
  reason: z
    .string({ error: "Give a reason for the change." })
    .trim()
    .min(MIN_REASON_LENGTH, "Give a reason for the change.")
    .max(MAX_REASON_LENGTH, `The reason must be at most ${MAX_REASON_LENGTH} characters.`)
    .refine((reason) => !reason.includes("\u0000"), "The reason contains a NUL character, which cannot be stored."),
  evidenceUrl: nullableUrl("Evidence URL").optional(),
  noEvidence: checkbox,
  /** How far the evidence can be trusted; recorded on the source field of the record the change creates. */
  evidenceConfidence: nullableEnum(sourceConfidenceSchema).optional(),
  effectiveDate: partialDate("Effective date"),
};

type MetaFields = { evidenceUrl?: string | null; noEvidence: boolean };

// Typed loosely because zod cannot prove the generic shape still holds the meta fields.
function checkEvidence(parsed: unknown, context: z.RefinementCtx) {
  const value = parsed as MetaFields;
  if (!value.evidenceUrl && !value.noEvidence) {
    context.addIssue({
      code: "custom",
      path: ["evidenceUrl"],
      message: "Give an evidence URL, or tick “No evidence” to record the change without one.",
    });
  }
  if (value.evidenceUrl && value.noEvidence) {
    context.addIssue({ code: "custom", path: ["noEvidence"], message: "Give an evidence URL or tick “No evidence”, not both." });
  }
}

/** An edit schema: its own fields plus reason, evidence and effective date. */
export function changeSchema<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object({ ...shape, ...changeMetaShape }).superRefine(checkEvidence);
}

/** The same, for an edit of an existing record: it also carries the version the record was loaded at. */
export function versionedChangeSchema<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object({ ...shape, ...changeMetaShape, expectedVersion: expectedVersionField }).superRefine(checkEvidence);
}

export type ChangeMeta = {
  reason: string;
  evidenceUrl: string | null;
  evidenceConfidence: SourceConfidence;
  effective: PartialDate;
};

type ParsedMeta = {
  reason: string;
  evidenceUrl?: string | null;
  evidenceConfidence?: SourceConfidence | null;
  effectiveDate: PartialDate;
};

/** Splits a parsed edit into its change metadata and its own fields. */
export function splitChange<T extends ParsedMeta & { noEvidence: boolean }>(
  parsed: T,
): { meta: ChangeMeta; fields: Omit<T, keyof ParsedMeta | "noEvidence"> } {
  const { reason, evidenceUrl, evidenceConfidence, effectiveDate, noEvidence: _noEvidence, ...fields } = parsed;
  return {
    meta: {
      reason,
      evidenceUrl: evidenceUrl ?? null,
      evidenceConfidence: evidenceConfidence ?? "UNVERIFIED",
      effective: effectiveDate,
    },
    fields,
  };
}
