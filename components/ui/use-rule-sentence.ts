// A row issue (an import's) in the interface's language. The API keeps each rule's own English message and
// says the issue in the requester's language as `text` (lib/i18n/refusal-messages.ts withIssueTexts: a
// refused transition names its states), so the browser needs neither the refusal catalogue nor the
// vocabulary's labels. English text in another language is marked as such.
import { useLocale } from "next-intl";

type RowIssue = { message: string; text?: string; lang?: "en" };

export function useRuleSentence(): (issue: RowIssue) => { text: string; lang?: "en" } {
  const locale = useLocale();
  return (issue) => (issue.text !== undefined ? { text: issue.text, lang: issue.lang } : { text: issue.message, lang: locale === "en" ? undefined : "en" });
}
