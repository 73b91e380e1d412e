// Input of a province's access change, shared by the grid's form, POST /api/provincial-access and the import.
import { z } from "zod";
import { findProvince } from "@/lib/domain/provinces";
import { provincialAccessStateSchema } from "@/lib/domain/vocabulary-schemas";
import { TEXT_LIMITS } from "@/lib/domain/text-limits";
import { changeSchema } from "@/lib/changes/change-meta";
import { MAX_INT4, nullableText, recordId } from "@/lib/changes/inputs";

/** A province as a GB/T 2260 code or a name in either language; answers the code. */
export const provinceField = z.string({ error: "province is required (a GB/T 2260 code such as 440000, or a name such as Guangdong or 广东)." }).transform((text, context) => {
  const province = findProvince(text);
  if (!province) {
    context.addIssue({ code: "custom", message: `Unknown province "${text.trim()}": use a GB/T 2260 code such as 440000, or a name such as Guangdong or 广东.` });
    return z.NEVER;
  }
  return province.code;
});

/** 0 when the province has no record yet (the grid shows it as not started); else the version it was loaded at. */
const provincialVersionField = z.preprocess(
  (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
  z
    .number({ error: "expectedVersion is required: the record's version, or 0 when the province has no record yet" })
    .int("expectedVersion must be a whole number")
    .min(0, "expectedVersion must be 0 or more")
    .max(MAX_INT4, "expectedVersion is not a version of this record"),
);

export const changeProvincialAccessSchema = changeSchema({
  listingId: recordId("listingId"),
  province: provinceField,
  to: provincialAccessStateSchema,
  notes: nullableText("Notes", TEXT_LIMITS.notes).optional(),
  expectedVersion: provincialVersionField,
});

export type ChangeProvincialAccessInput = z.output<typeof changeProvincialAccessSchema>;
