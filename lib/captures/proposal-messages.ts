// What a capture proposal says (the change it would make, why a row conflicts or cannot be read, what refused
// it, why it went stale), kept as a code with its values and said in the reader's language when shown: the
// review page in the interface's locale, the API in the caller's (lib/i18n/error-messages.ts localeOfRequest).
// CaptureProposal.message stays text, one JSON object; a proposal stored before the codes holds an English
// sentence, shown as it is. Enum values are kept as codes and said with the vocabulary's labels.
import { z } from "zod";
import { labelOf, type VocabularyName } from "@/lib/domain/vocabulary";
import {
  applicationStatusSchema,
  applicationTypeSchema,
  designationStateSchema,
  designationTypeSchema,
  provincialAccessStateSchema,
  reimbursementListSchema,
  reimbursementStateSchema,
} from "@/lib/domain/vocabulary-schemas";
import { dataLangOf, LOCALES, type Locale } from "@/lib/i18n/config";
import { plainList } from "@/lib/i18n/error-messages";
import { refusalLine } from "@/lib/i18n/refusal-messages";
import { capturesTranslator } from "@/lib/i18n/server-translators";
import type { StoredSuggestion } from "@/lib/captures/proposal";
import { changedFields, changeValuesIn, provinceText, type ChangedField } from "@/lib/captures/proposal-fields";
import { decodeStoredCode } from "@/lib/captures/stored-code";
import type { AuditJson } from "@/lib/audit/record";

const refusalSchema = z.object({
  rule: z.string(),
  message: z.string(),
  field: z.string().optional(),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** Text that only exists already said (an error's message at apply time), kept in every locale. */
const saidSchema = z.object({ en: z.string(), "zh-CN": z.string() }) satisfies z.ZodType<Record<Locale, string>>;
export type Said = z.infer<typeof saidSchema>;

/** How a captured name found its candidate. */
const matchSchema = z.enum(["confirmed", "exactName", "withoutDoseForm"]);
export type NameMatch = z.infer<typeof matchSchema>;

/** The programme a new record goes on, and how many the candidate has (the first is taken). */
const programmeSchema = z.object({ label: z.string(), of: z.number().int().positive() }).nullable();
export type ProgrammeChosen = z.infer<typeof programmeSchema>;

/** The kinds of cell a capture row may hold unreadably, each said with what it should look like. */
const cellSchema = z.enum(["acceptanceNumber", "date", "approvalNumber", "period", "amount", "reviewStatus", "listCategory", "province", "provincialState"]);

const number = z.string();
const year = z.number().int();

/** One message shape: its code, its values, and the rules that refused the proposal, if any did. */
const message = <Code extends string, Shape extends z.ZodRawShape>(code: Code, shape: Shape) =>
  z.object({ code: z.literal(code), ...shape, refusals: z.array(refusalSchema).optional() });

const proposalMessageSchema = z.discriminatedUnion("code", [
  message("newApplication", { acceptanceNumber: number, type: applicationTypeSchema, candidate: z.string(), how: matchSchema, programme: programmeSchema }),
  message("noProgrammeForApplication", { acceptanceNumber: number, candidate: z.string() }),
  /** A name several candidates carry; `acceptanceNumber` when the row's 受理号 is not recorded either. */
  message("ambiguousName", { name: z.string(), candidates: z.array(z.string()), acceptanceNumber: number.nullable() }),
  message("newCandidate", { name: z.string(), suggestions: z.array(z.string()) }),
  /** `problem`: the parser's own (English) words, where it gave any. */
  message("cellUnreadable", { cell: cellSchema, column: z.string(), value: z.string(), problem: z.string().optional() }),
  message("acceptanceDateDiffers", { acceptanceNumber: number, listed: z.string(), recorded: z.string() }),
  message("acceptanceDateToRecord", { acceptanceNumber: number, date: z.string() }),
  message("asRecorded", { acceptanceNumber: number }),
  message("statusUnchanged", { acceptanceNumber: number, status: applicationStatusSchema }),
  message("statusEarlier", { acceptanceNumber: number, listed: applicationStatusSchema, recorded: applicationStatusSchema }),
  message("statusChange", { acceptanceNumber: number, from: applicationStatusSchema, to: applicationStatusSchema, effective: z.string() }),
  message("designationUnchanged", { acceptanceNumber: number, type: designationTypeSchema, state: designationStateSchema }),
  message("designationConflict", { acceptanceNumber: number, type: designationTypeSchema, state: designationStateSchema }),
  message("designationChange", { acceptanceNumber: number, type: designationTypeSchema, to: z.enum(["PUBLICIZED", "GRANTED"]), start: z.string(), end: z.string().nullable() }),
  message("approvalUnchanged", { acceptanceNumber: number, approvalNumber: z.string() }),
  message("approvalDiffers", { acceptanceNumber: number, listed: z.string(), recorded: z.string() }),
  message("approvalRecorded", { acceptanceNumber: number, approvalNumber: z.string(), effective: z.string() }),
  message("noProgrammeToList", { candidate: z.string() }),
  message("listingTermsDiffer", { candidate: z.string(), list: reimbursementListSchema, year, recordedYear: year }),
  message("listingUnchanged", { candidate: z.string(), list: reimbursementListSchema }),
  message("listingAdded", { candidate: z.string(), list: reimbursementListSchema, year, how: matchSchema, programme: programmeSchema }),
  message("listingChanged", {
    candidate: z.string(),
    list: reimbursementListSchema,
    year,
    from: reimbursementStateSchema,
    to: reimbursementStateSchema,
    how: matchSchema,
    programme: programmeSchema,
  }),
  message("noListingForAccess", { candidate: z.string() }),
  message("accessUnchanged", { candidate: z.string(), province: z.string(), state: provincialAccessStateSchema }),
  message("accessChange", { candidate: z.string(), list: reimbursementListSchema, year, province: z.string(), from: provincialAccessStateSchema, to: provincialAccessStateSchema }),
  message("rowRepeatedDiffering", { lines: z.array(z.number().int()) }),
  message("rowRepeats", { line: z.number().int() }),
  /** Someone recorded the change since the diff; `reason` is the refusal the apply met. */
  message("stale", { reason: saidSchema }),
  /** A rule refused the proposal when it was applied. */
  message("refusedOnApply", { reason: saidSchema }),
]);

export type ProposalMessage = z.infer<typeof proposalMessageSchema>;

/** A message read back: its code, or the sentence of a proposal stored before messages had codes. */
export type StoredProposalMessage = ProposalMessage | string;

/** Why a fuzzy or ambiguous name is suggested. */
const suggestionWhySchema = z.discriminatedUnion("code", [
  z.object({ code: z.literal("namesContain"), query: z.string() }),
  z.object({ code: z.literal("sameName"), name: z.string(), count: z.number().int() }),
]);
export type SuggestionWhy = z.infer<typeof suggestionWhySchema>;

/** The text kept in CaptureProposal.message. */
export function encodeProposalMessage(said: ProposalMessage): string {
  return JSON.stringify(said);
}

export function decodeProposalMessage(stored: string): StoredProposalMessage {
  return decodeStoredCode(proposalMessageSchema, stored);
}

/** Suggestions as stored (jsonb): `why` a code, or the sentence of a proposal stored before the codes. */
export function decodeSuggestionWhy(stored: unknown): SuggestionWhy | string {
  if (typeof stored === "string") return stored;
  const parsed = suggestionWhySchema.safeParse(stored);
  return parsed.success ? parsed.data : JSON.stringify(stored);
}

/** The data a message quotes (names as captured or recorded, a captured cell): the review page marks their language. */
export function dataOfProposalMessage(said: StoredProposalMessage): string[] {
  if (typeof said === "string") return [];
  const quoted: string[] = [];
  for (const field of ["candidate", "name", "value", "column"] as const) {
    const value = (said as Partial<Record<typeof field, unknown>>)[field];
    if (typeof value === "string") quoted.push(value);
  }
  for (const field of ["candidates", "suggestions"] as const) {
    const values = (said as Partial<Record<typeof field, unknown>>)[field];
    if (Array.isArray(values)) quoted.push(...values.filter((value): value is string => typeof value === "string"));
  }
  return quoted;
}

/** Names said one after another: "a or b" in English, "a或b" in Chinese. */
const alternatives = (names: readonly string[], locale: Locale) => names.join(locale === "en" ? " or " : "或");

/** The message in `locale`. English says what the capture pages always said. */
export function proposalMessageText(said: StoredProposalMessage, locale: Locale): string {
  if (typeof said === "string") return said;
  const text = baseText(said, locale);
  if (!said.refusals?.length) return text;
  const refusals = said.refusals.map((refusal) => refusalLine(refusal, locale)).join(locale === "en" ? " " : "");
  return capturesTranslator(locale)("proposal.withRefusals", { message: text, refusals });
}

/** The values of each message that are enum codes, said by their vocabulary's labels. */
const LABELLED: { [Code in ProposalMessage["code"]]?: Partial<Record<keyof Extract<ProposalMessage, { code: Code }>, VocabularyName>> } = {
  newApplication: { type: "ApplicationType" },
  statusUnchanged: { status: "ApplicationStatus" },
  statusEarlier: { listed: "ApplicationStatus", recorded: "ApplicationStatus" },
  statusChange: { from: "ApplicationStatus", to: "ApplicationStatus" },
  designationUnchanged: { type: "DesignationType", state: "DesignationState" },
  designationConflict: { type: "DesignationType", state: "DesignationState" },
  designationChange: { type: "DesignationType" },
  listingTermsDiffer: { list: "ReimbursementList" },
  listingUnchanged: { list: "ReimbursementList" },
  listingAdded: { list: "ReimbursementList" },
  listingChanged: { list: "ReimbursementList", from: "ReimbursementState", to: "ReimbursementState" },
  accessUnchanged: { state: "ProvincialAccessState" },
  accessChange: { list: "ReimbursementList", from: "ProvincialAccessState", to: "ProvincialAccessState" },
};

/**
 * The message's values as its sentence takes them, in `locale`: enum codes by their labels, a province by its
 * name, how a name matched and the programme chosen as phrases, years and line numbers as written (ICU would
 * group 1,204).
 */
function valuesIn(said: ProposalMessage, locale: Locale): Record<string, string | number> {
  const t = capturesTranslator(locale);
  const labelled: Partial<Record<string, VocabularyName>> = LABELLED[said.code] ?? {};
  const values: Record<string, string | number> = {};
  for (const [field, value] of Object.entries(said)) {
    const vocabulary = labelled[field];
    if (vocabulary && typeof value === "string") values[field] = labelOf(vocabulary, value, dataLangOf(locale));
    else if (field === "province" && typeof value === "string") values[field] = provinceText(value, locale);
    else if (field === "how") values[field] = t(`proposal.matchedBy.${value as NameMatch}`);
    else if (field === "programme") values[field] = programmeText(value as ProgrammeChosen, locale);
    else if (typeof value === "number") values[field] = String(value);
    else if (typeof value === "string") values[field] = value;
  }
  return values;
}

function programmeText(on: ProgrammeChosen, locale: Locale): string {
  const t = capturesTranslator(locale);
  if (on === null) return "";
  return on.of > 1 ? t("proposal.programme.first", { label: on.label, count: on.of }) : t("proposal.programme.one", { label: on.label });
}

function baseText(said: ProposalMessage, locale: Locale): string {
  const t = capturesTranslator(locale);
  switch (said.code) {
    case "ambiguousName": {
      const values = { name: said.name, count: said.candidates.length, names: plainList(said.candidates)(locale) };
      return said.acceptanceNumber === null ? t("proposal.ambiguousName", values) : t("proposal.ambiguousNameUnrecorded", { ...values, acceptanceNumber: said.acceptanceNumber });
    }
    case "newCandidate":
      return said.suggestions.length > 0 ? t("proposal.newCandidateSuggested", { name: said.name, names: alternatives(said.suggestions, locale) }) : t("proposal.newCandidate", { name: said.name });
    case "cellUnreadable":
      return cellText(said, locale);
    case "designationChange":
      return t(said.to === "GRANTED" ? "proposal.designationGranted" : "proposal.designationPublicity", {
        ...valuesIn(said, locale),
        period: said.end ? `${said.start} – ${said.end}` : said.start,
      });
    case "rowRepeatedDiffering":
      return t("proposal.rowRepeatedDiffering", { count: said.lines.length, lines: plainList(said.lines.map(String))(locale) });
    case "stale":
      return t("proposal.stale", { reason: said.reason[locale] });
    case "refusedOnApply":
      return said.reason[locale];
    default:
      return t(`proposal.${said.code}`, valuesIn(said, locale));
  }
}

/** An unreadable cell. English keeps the parser's own words where it gave any; Chinese says what the cell should hold. */
function cellText(said: Extract<ProposalMessage, { code: "cellUnreadable" }>, locale: Locale): string {
  const t = capturesTranslator(locale);
  const { column, value } = said;
  switch (said.cell) {
    case "reviewStatus":
    case "listCategory":
    case "province":
    case "provincialState":
      return t(`proposal.cell.${said.cell}`, { column, value });
    default:
      return t("proposal.cell.parsed", { column, value, problem: locale === "en" && said.problem ? said.problem : t(`proposal.cell.expected.${said.cell}`) });
  }
}

/** Why a candidate is suggested, in `locale`. */
export function suggestionWhyText(why: SuggestionWhy | string, locale: Locale): string {
  if (typeof why === "string") return why;
  const t = capturesTranslator(locale);
  return why.code === "namesContain" ? t("proposal.why.namesContain", { query: why.query }) : t("proposal.why.sameName", { name: why.name, count: why.count });
}

/** A refusal said in every locale, kept with a proposal refused or gone stale at apply time. */
export function saidInEveryLocale(say: (locale: Locale) => string): Said {
  return Object.fromEntries(LOCALES.map((locale) => [locale, say(locale)])) as Said;
}

type StoredProposal = { message: StoredProposalMessage; before: unknown; after: unknown; suggestions: readonly StoredSuggestion[] };
type SaidSuggestion = Omit<StoredSuggestion, "why"> & { why: string };

const suggestionsIn = (suggestions: readonly StoredSuggestion[], locale: Locale): SaidSuggestion[] =>
  suggestions.map((suggestion) => ({ ...suggestion, why: suggestionWhyText(suggestion.why, locale) }));

/** A proposal as the API sends it. */
export type ProposalInLocale<P extends StoredProposal> = Omit<P, "message" | "before" | "after" | "suggestions"> & {
  message: string;
  before: Record<string, AuditJson> | null;
  after: Record<string, AuditJson> | null;
  suggestions: SaidSuggestion[];
};

/** A capture's detail as the API sends it: each proposal's message, before → after values and suggestions said in `locale`. */
export function withProposalTexts<P extends StoredProposal, T extends { proposals: readonly P[] }>(detail: T, locale: Locale): Omit<T, "proposals"> & { proposals: ProposalInLocale<P>[] } {
  return {
    ...detail,
    proposals: detail.proposals.map((proposal) => ({
      ...proposal,
      message: proposalMessageText(proposal.message, locale),
      before: changeValuesIn(proposal.before, locale),
      after: changeValuesIn(proposal.after, locale),
      suggestions: suggestionsIn(proposal.suggestions, locale),
    })),
  };
}

/** A proposal as the review page shows it. */
export type ProposalForReview<P extends StoredProposal> = Omit<P, "message" | "suggestions"> & {
  message: string;
  /** "en" for a message stored before the codes, an English sentence whatever the page's language. */
  messageLang: "en" | undefined;
  /** The data the message quotes (dataOfProposalMessage). */
  messageData: string[];
  changes: ChangedField[];
  suggestions: SaidSuggestion[];
};

/**
 * A proposal as the review page shows it, said in `locale`: its message, its fields before → after, its
 * suggestions. `after` stays as stored: it prefills the new-candidate form.
 */
export function proposalForReview<P extends StoredProposal>(proposal: P, locale: Locale): ProposalForReview<P> {
  return {
    ...proposal,
    message: proposalMessageText(proposal.message, locale),
    messageLang: typeof proposal.message === "string" ? "en" : undefined,
    messageData: dataOfProposalMessage(proposal.message),
    changes: changedFields(proposal.before, proposal.after, locale),
    suggestions: suggestionsIn(proposal.suggestions, locale),
  };
}
