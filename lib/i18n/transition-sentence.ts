// A refused transition in the reader's words, naming its states: "不能从「已纳入」变更为「已申请」。可选的下一状态：…".
// Pure and free of catalogues: the server says it for the forms' refusals and the import previews' row issues
// (lib/i18n/refusal-messages.ts) from the refusal catalogue of the reader's language.
import type { TransitionValues } from "@/lib/domain/rule-result";
import { labelOf, VOCABULARY, type Lang, type VocabularyName } from "@/lib/domain/vocabulary";

/** The `refusals` catalogue: `transitions.<RULE>` with {from}, {to}, {allowed}, and `noneAllowed`. */
export type RefusalWords = { say: (key: string, values?: Record<string, string>) => string; hasTransition: (rule: string) => boolean; lang: Lang };

/** Null when the refusal does not name its states (older rows) or its rule has no transition sentence. */
export function transitionSentence(refusal: { rule: string; values?: Partial<TransitionValues> | Record<string, string | number> }, words: RefusalWords): string | null {
  const values = refusal.values as Partial<Record<keyof TransitionValues, unknown>> | undefined;
  const vocabulary = values?.vocabulary;
  if (typeof vocabulary !== "string" || !(vocabulary in VOCABULARY) || !words.hasTransition(refusal.rule)) return null;
  const label = (code: unknown) => labelOf(vocabulary as VocabularyName, String(code), words.lang);
  const allowed = String(values?.allowed ?? "")
    .split(",")
    .filter(Boolean)
    .map(label);
  return words.say(`transitions.${refusal.rule}`, {
    from: label(values?.from),
    to: label(values?.to),
    allowed: allowed.length > 0 ? allowed.join(words.lang === "zh" ? "、" : ", ") : words.say("noneAllowed"),
  });
}
