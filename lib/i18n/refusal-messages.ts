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
  const transition = transitionSentence(refusal, refusalWords(locale));
  if (transition) return transition;
  if (!(refusal.rule in en.rules)) return refusal.message;
  const key = `rules.${refusal.rule as RuleKey}` as const;
  let said: string;
  try {
    said = translators[locale](key, refusal.values ?? {});
  } catch {
    return refusal.message;
  }
  // The rule's sentence is general; the field it names says which one (when the audit trail has its label).
  const field = refusal.field ? fieldLabel(refusal.field, dataLangOf(locale)) : null;
  return field && /[\u3400-\u9fff]/.test(field) ? translators[locale]("withField", { message: said, field }) : said;
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
