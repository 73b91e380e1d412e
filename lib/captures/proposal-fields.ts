// A proposal's before → after as stored: field → value, enum values as their codes and a province as its code
// (a proposal stored before the codes holds English labels, shown as they are). Said in the reader's language
// when shown: values in the API, field names and values on the review page.
import type { AuditJson } from "@/lib/audit/record";
import { provinceByCode } from "@/lib/domain/provinces";
import { labelOf, type VocabularyName } from "@/lib/domain/vocabulary";
import { dataLangOf, type Locale } from "@/lib/i18n/config";
import { capturesTranslator } from "@/lib/i18n/server-translators";
import enCaptures from "@/messages/en/captures.json";

const fieldNames = enCaptures.proposal.field;

/** The vocabulary of each enum-valued field a capture's before → after may hold. */
const FIELD_VOCABULARY: Record<string, VocabularyName> = {
  status: "ApplicationStatus",
  type: "ApplicationType",
  designationState: "DesignationState",
  list: "ReimbursementList",
  state: "ReimbursementState",
  provincialState: "ProvincialAccessState",
};

/** A province by its code: "山西省 (Shanxi)" in English as captures always said it, "山西省" in Chinese. */
export function provinceText(code: string, locale: Locale): string {
  const province = provinceByCode(code);
  if (!province) return code;
  return locale === "en" ? `${province.zh} (${province.en})` : province.zh;
}

function valueIn(field: string, value: AuditJson, locale: Locale): AuditJson {
  if (typeof value !== "string") return value;
  if (field === "province") return provinceText(value, locale);
  const vocabulary = FIELD_VOCABULARY[field];
  return vocabulary ? labelOf(vocabulary, value, dataLangOf(locale)) : value;
}

const isRecord = (value: unknown): value is Record<string, AuditJson> => Boolean(value) && typeof value === "object" && !Array.isArray(value);

/** A stored before or after with its values said in `locale`: what the API sends. */
export function changeValuesIn(values: unknown, locale: Locale): Record<string, AuditJson> | null {
  if (!isRecord(values)) return null;
  return Object.fromEntries(Object.entries(values).map(([field, value]) => [field, valueIn(field, value, locale)]));
}

const isNamedField = (field: string): field is keyof typeof fieldNames => Object.hasOwn(fieldNames, field);

export type ChangedField = { field: string; label: string; before: string; after: string };

function show(value: AuditJson | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** Each field before → after, named and said in `locale`, as the review page lists them. */
export function changedFields(before: unknown, after: unknown, locale: Locale): ChangedField[] {
  const t = capturesTranslator(locale);
  const was = changeValuesIn(before, locale) ?? {};
  const now = changeValuesIn(after, locale) ?? {};
  return [...new Set([...Object.keys(was), ...Object.keys(now)])].map((field) => {
    // A field not named in the catalogue (a proposal stored before the codes) is named as it was stored.
    const label = isNamedField(field) ? t(`proposal.field.${field}`) : field;
    return { field, label, before: show(was[field]), after: show(now[field]) };
  });
}
