import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Lang } from "@/lib/domain/vocabulary";
import { transitionSentence, type RefusalWords } from "@/lib/i18n/transition-sentence";
import en from "@/messages/en/refusals.json";
import zh from "@/messages/zh-CN/refusals.json";

function wordsOf(lang: Lang): RefusalWords {
  const t = createTranslator({ locale: lang === "zh" ? "zh-CN" : "en", messages: { refusals: lang === "zh" ? zh : en }, namespace: "refusals" });
  return { say: (key, values) => t(key as never, values as never), hasTransition: (rule) => t.has(`transitions.${rule}` as never), lang };
}

const granted = { vocabulary: "DesignationState", from: "GRANTED", to: "REQUESTED", allowed: "TERMINATED,REVOKED" };

describe("transitionSentence", () => {
  it.each([
    ["zh", { rule: "TRANSITION_NOT_ALLOWED", values: granted }, /「已纳入」变更为「已申请」.*终止、注销/],
    ["en", { rule: "TRANSITION_NOT_ALLOWED", values: granted }, /“Granted”.*“Requested”.*Terminated, /],
    ["zh", { rule: "TRANSITION_NOT_ALLOWED", values: { ...granted, allowed: "" } }, /：无|无。?$/],
    ["zh", { rule: "TERMINAL_STATE", values: { ...granted, from: "TERMINATED" } }, /「终止」为终态/],
  ] as const)("in %s says %j with its states", (lang, refusal, expected) => {
    expect(transitionSentence(refusal, wordsOf(lang))).toMatch(expected);
  });

  it.each([
    ["no values (an older row)", { rule: "TRANSITION_NOT_ALLOWED" }],
    ["a vocabulary that does not exist", { rule: "TRANSITION_NOT_ALLOWED", values: { ...granted, vocabulary: "Nonsense" } }],
    ["a rule without a transition sentence", { rule: "DATE_IN_FUTURE", values: granted }],
  ] as const)("is null for %s, so the rule's general sentence is said", (_case, refusal) => {
    expect(transitionSentence(refusal, wordsOf("zh"))).toBeNull();
  });
});
