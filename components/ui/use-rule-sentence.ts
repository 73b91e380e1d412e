// A row issue (an import's or a bulk entry's) in the interface's language. The API keeps each rule's own
// English message, with its values; in another language the row shows the rule's catalogue sentence
// (refusals.rules; a refused transition names its states, refusals.transitions) and the code beside it,
// and a rule the catalogue lacks keeps its English, marked as such.
import { useLocale, useTranslations } from "next-intl";
import { dataLangOf, type Locale } from "@/lib/i18n/config";
import { transitionSentence, type RefusalWords } from "@/lib/i18n/transition-sentence";

type RowIssue = { rule: string; message: string; values?: Record<string, string | number> };

export function useRuleSentence(): (issue: RowIssue) => { text: string; lang?: "en" } {
  const refusals = useTranslations("refusals");
  const locale = useLocale() as Locale;
  const words: RefusalWords = {
    say: (key, values) => refusals(key as never, values as never),
    hasTransition: (rule) => refusals.has(`transitions.${rule}` as never),
    lang: dataLangOf(locale),
  };
  return (issue) => {
    if (locale === "en") return { text: issue.message };
    const transition = transitionSentence(issue, words);
    if (transition) return { text: transition };
    if (!refusals.has(`rules.${issue.rule}` as never)) return { text: issue.message, lang: "en" };
    return { text: refusals(`rules.${issue.rule}` as never, issue.values as never) };
  };
}
