// A refusal in the form's language. Refusals are built in English by the domain rules (the API and the
// logs read those); a form in another language says each broken rule with its catalogue sentence
// (messages/<locale>/refusals.json, keyed by rule code) and keeps the rule code beside it.
import { createTranslator } from "next-intl";
import en from "@/messages/en/refusals.json";
import zh from "@/messages/zh-CN/refusals.json";
import { describeRefusal, ruleOfWarning, type Refusal } from "@/lib/changes/refusals";
import { fieldLabel } from "@/lib/changes/audit-format";
import { dataLangOf, type Locale } from "@/lib/i18n/config";
import { localizedMessage } from "@/lib/i18n/error-messages";
import { transitionSentence, type RefusalWords } from "@/lib/i18n/transition-sentence";
import type { AppError } from "@/lib/errors";

const translators = {
  en: createTranslator({ locale: "en", messages: { refusals: en }, namespace: "refusals" }),
  "zh-CN": createTranslator({ locale: "zh-CN", messages: { refusals: zh }, namespace: "refusals" }),
} satisfies Record<Locale, unknown>;

type RuleKey = keyof typeof en.rules;

/** The transition sentences of `locale` (lib/i18n/transition-sentence.ts). */
function refusalWords(locale: Locale): RefusalWords {
  return {
    say: (key, values) => translators[locale](key as never, values as never),
    hasTransition: (rule) => rule in en.transitions,
    lang: dataLangOf(locale),
  };
}

function sentence(refusal: Pick<Refusal, "rule" | "message" | "field" | "values">, locale: Locale): string {
  return catalogueSentence(refusal, locale) ?? refusal.message;
}

/** The refusal said by the catalogue of `locale`, or null when it has no sentence for it (the rule's English stays). */
function catalogueSentence(refusal: Pick<Refusal, "rule" | "message" | "field" | "values">, locale: Locale): string | null {
  const transition = transitionSentence(refusal, refusalWords(locale));
  if (transition) return transition;
  if (!(refusal.rule in en.rules)) return null;
  const key = `rules.${refusal.rule as RuleKey}` as const;
  let said: string;
  try {
    said = translators[locale](key, refusal.values ?? {});
  } catch {
    return null;
  }
  // The rule's sentence is general; the field it names says which one (when the audit trail has its label).
  const field = refusal.field ? fieldLabel(refusal.field, dataLangOf(locale)) : null;
  return field && /[\u3400-\u9fff]/.test(field) ? translators[locale]("withField", { message: said, field }) : said;
}

type IssueLike = { rule: string; message: string; values?: Record<string, string | number> };

/** A row issue of an import preview as its `text` in `locale`; `lang: "en"` when it stays the rule's English. */
export type IssueText = { text: string; lang?: "en" };

/**
 * An import preview's row issue (a broken rule) in `locale`: the rule's catalogue sentence, a refused transition
 * naming its states; English, or a rule the catalogue lacks, keeps the rule's own message.
 */
export function issueText(issue: IssueLike, locale: Locale): IssueText {
  if (locale === "en") return { text: issue.message };
  const said = catalogueSentence(issue, locale);
  return said === null ? { text: issue.message, lang: "en" } : { text: said };
}

/**
 * Preview rows with each error and warning's `text` in `locale`, for the API to answer: the browser then needs
 * neither the refusal catalogue nor the vocabulary's labels to say them. Added after the preview's token was
 * taken, so the language does not change it.
 */
export function withIssueTexts<Row extends { errors: IssueLike[]; warnings?: IssueLike[] }>(rows: readonly Row[], locale: Locale): Row[] {
  const say = <Issue extends IssueLike>(issue: Issue): Issue & IssueText => ({ ...issue, ...issueText(issue, locale) });
  return rows.map((row) => ({ ...row, errors: row.errors.map(say), ...(row.warnings ? { warnings: row.warnings.map(say) } : {}) }));
}

/** One broken rule with its code, in `locale`; English keeps the rule's own message. */
export function refusalLine(refusal: Refusal, locale: Locale): string {
  return locale === "en" ? describeRefusal(refusal) : translators[locale]("rule", { message: sentence(refusal, locale), rule: refusal.rule });
}

/** The refusals as the form shows them in `locale`; English keeps the rules' own messages. */
export function refusalText(refusals: readonly Refusal[], locale: Locale): string {
  const lines = refusals.map((refusal) => refusalLine(refusal, locale));
  return (refusals.length === 1 ? "" : `${translators[locale]("heading", { count: refusals.length })}\n`) + lines.join("\n");
}

/** A warning shown after a save, in `locale`: an unenforced rule by its sentence; other text as it is. */
export function warningText(warning: string, locale: Locale): string {
  const unenforced = locale === "en" ? null : ruleOfWarning(warning);
  return unenforced ? translators[locale]("unenforced", { message: sentence(unenforced, locale), rule: unenforced.rule }) : warning;
}

/** The refusals an AppError carries (refusalError's details), if it is one. */
export function refusalsOf(details: unknown): Refusal[] | null {
  const refusals = (details as { refusals?: unknown } | null | undefined)?.refusals;
  return Array.isArray(refusals) && refusals.every((item) => typeof item?.rule === "string" && typeof item?.message === "string") ? (refusals as Refusal[]) : null;
}

/**
 * An AppError's message in `locale`, as the API answers it: a refusal by its rules' sentences, another error by
 * its catalogue message. English keeps the error's own message.
 */
export function appErrorText(error: AppError, locale: Locale): string {
  const refusals = locale === "en" ? null : refusalsOf(error.details);
  return refusals ? refusalText(refusals, locale) : localizedMessage(error, locale);
}
