// A row issue (an import's or a bulk entry's) in the interface's language. The API keeps each rule's own
// English message, with its values; in another language the row shows the rule's catalogue sentence
// (refusals.rules; a refused transition names its states, refusals.transitions) and the code beside it,
// and a rule the catalogue lacks keeps its English, marked as such.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { dataLangOf, type Locale } from "@/lib/i18n/config";
import type { RefusalWords, transitionSentence as TransitionSentence } from "@/lib/i18n/transition-sentence";

type RowIssue = { rule: string; message: string; values?: Record<string, string | number> };

let transitionSentenceModule: Promise<typeof TransitionSentence> | undefined;

/**
 * A refused transition names its states with the vocabulary's labels, every vocabulary in both languages
 * (~6 KB gzipped). Only a language other than English says the sentence, so only it loads them, once.
 */
function loadTransitionSentence(): Promise<typeof TransitionSentence> {
  transitionSentenceModule ??= import("@/lib/i18n/transition-sentence").then(
    (module) => module.transitionSentence,
    (error: unknown) => {
      transitionSentenceModule = undefined;
      throw error;
    },
  );
  return transitionSentenceModule;
}

/**
 * The transition sentence once loaded, else null. Loaded after mount rather than suspended on: the page
 * hydrates without waiting for the chunk, and issues only appear after a preview's round trip, by which time
 * it is there. Until then (or if it fails to load) a refused transition says its rule's general sentence.
 */
function useTransitionSentence(enabled: boolean): typeof TransitionSentence | null {
  const [loaded, setLoaded] = useState<typeof TransitionSentence | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    loadTransitionSentence().then(
      (sentence) => live && setLoaded(() => sentence),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [enabled]);
  return enabled ? loaded : null;
}

export function useRuleSentence(): (issue: RowIssue) => { text: string; lang?: "en" } {
  const refusals = useTranslations("refusals");
  const locale = useLocale() as Locale;
  const transitionSentence = useTransitionSentence(locale !== "en");
  const words: RefusalWords = {
    say: (key, values) => refusals(key as never, values as never),
    hasTransition: (rule) => refusals.has(`transitions.${rule}` as never),
    lang: dataLangOf(locale),
  };
  return (issue) => {
    if (locale === "en") return { text: issue.message };
    const transition = transitionSentence?.(issue, words);
    if (transition) return { text: transition };
    if (!refusals.has(`rules.${issue.rule}` as never)) return { text: issue.message, lang: "en" };
    return { text: refusals(`rules.${issue.rule}` as never, issue.values as never) };
  };
}
