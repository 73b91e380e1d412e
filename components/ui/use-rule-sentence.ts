// A row issue (an import's or a bulk entry's) in the interface's language. The API keeps each rule's own
// English message, with its values; in another language the row shows the rule's catalogue sentence
// (refusals.rules) and the code beside it, and a rule the catalogue lacks keeps its English, marked as such.
import { useLocale, useTranslations } from "next-intl";

type RuleKey = Parameters<ReturnType<typeof useTranslations<"refusals.rules">>>[0];

export function useRuleSentence(): (issue: { rule: string; message: string }) => { text: string; lang?: "en" } {
  const refusals = useTranslations("refusals.rules");
  const english = useLocale() === "en";
  return (issue) => {
    if (english) return { text: issue.message };
    if (!refusals.has(issue.rule as RuleKey)) return { text: issue.message, lang: "en" };
    return { text: refusals(issue.rule as RuleKey) };
  };
}
