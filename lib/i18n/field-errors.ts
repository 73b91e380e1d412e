// Field validation messages in the form's language. The zod schemas are shared with the JSON API, whose
// callers read their English messages (with the field's name in them); a form shows each message under its
// labelled field, so in another language it reads the message of the issue's kind from the `validation`
// catalogue instead; an issue no pattern knows is told by its zod code.
import { createTranslator } from "next-intl";
import type { z } from "zod";
import en from "@/messages/en/validation.json";
import zh from "@/messages/zh-CN/validation.json";
import type { Locale } from "@/lib/i18n/config";

type Key = keyof typeof en;
type Values = Record<string, string | number>;

const translators = {
  en: createTranslator({ locale: "en", messages: { validation: en }, namespace: "validation" }),
  "zh-CN": createTranslator({ locale: "zh-CN", messages: { validation: zh }, namespace: "validation" }),
} satisfies Record<Locale, unknown>;

/** The English messages of lib/changes/inputs.ts and the schemas, by their kind. First match wins. */
const PATTERNS: [RegExp, Key, (match: RegExpExecArray) => Values][] = [
  [/NUL character/, "nul", () => ({})],
  [/control characters/, "control", () => ({})],
  [/Give an evidence URL, or tick/, "evidenceMissing", () => ({})],
  [/Give an evidence URL or tick .*not both/, "evidenceBoth", () => ({})],
  [/notice's URL/, "noticeEvidence", () => ({})],
  [/^Give a reason/, "reason", () => ({})],
  [/Passwords have at least (\d+)/, "passwordShort", (m) => ({ min: m[1]! })],
  [/Passwords have at most (\d+)/, "passwordLong", (m) => ({ max: m[1]! })],
  [/each entry at most (\d+) characters/, "entryTooLong", (m) => ({ max: m[1]! })],
  [/at most (\d+) entries/, "tooManyEntries", (m) => ({ max: m[1]! })],
  [/must be at most (\d+) characters/, "tooLong", (m) => ({ max: m[1]! })],
  [/must be an http\(s\) address/, "url", () => ({})],
  [/must be an amount/, "amount", () => ({})],
  [/the year must be (\d+) or later/, "dateYear", (m) => ({ year: m[1]! })],
  [/two digits/, "dateDigits", () => ({})],
  [/month (\d+) does not exist/, "dateMonth", (m) => ({ month: m[1]! })],
  [/(\d{4}-\d{2}) has no day (\d+)/, "dateDay", (m) => ({ month: m[1]!, day: m[2]! })],
  [/YYYY/, "date", () => ({})],
  [/is required|must not be empty/, "required", () => ({})],
  [/must be text/, "notText", () => ({})],
  [/must be (a )?record ids?/, "recordId", () => ({})],
  [/Use https:\/\/, or http:\/\/127|^must be https:\/\/, or http:\/\/127/, "webhookUrl", () => ({})],
  [/credentials in the URL are not allowed/, "webhookUrlCredentials", () => ({})],
  [/^not a valid URL/, "url", () => ({})],
  [/endpoint's URL/, "required", () => ({})],
  [/^Select at least one candidate/, "selectCandidate", () => ({})],
  [/At most (\d+) candidates per bulk edit/, "bulkTooMany", (m) => ({ max: m[1]! })],
  [/^At least (\d+) characters/, "tooShort", (m) => ({ min: m[1]! })],
  [/must be one of/, "oneOf", () => ({})],
  [/^Slug:/, "slug", () => ({})],
  [/Choose a candidate or a saved view/, "watchChoose", () => ({})],
  [/At most 200 candidates/, "watchTooMany", () => ({})],
];

/** Schema issues as one API message: "path: message; …" in English, each issue's catalogue sentence in another locale. */
export function issueList(issues: readonly z.core.$ZodIssue[]): (locale: Locale) => string {
  return (locale) =>
    issues.map((issue) => `${issue.path.join(".")}${locale === "en" ? ": " : "："}${fieldErrorText(issue, locale)}`).join(locale === "en" ? "; " : "；");
}

/** An issue's message for a form in `locale`; English keeps the schema's own message. */
export function fieldErrorText(issue: z.core.$ZodIssue, locale: Locale): string {
  if (locale === "en") return issue.message;
  for (const [pattern, key, values] of PATTERNS) {
    const match = pattern.exec(issue.message);
    if (match) return translators[locale](key, values(match));
  }
  const t = translators[locale];
  switch (issue.code) {
    case "too_big":
      return t("tooLong", { max: Number(issue.maximum) });
    case "too_small":
      return Number(issue.minimum) <= 1 ? t("required") : t("tooShort", { min: Number(issue.minimum) });
    case "invalid_type":
      return t("required");
    case "invalid_format":
      return issue.format === "url" ? t("url") : t("invalid");
    case "invalid_value":
    case "invalid_union":
      return t("oneOf");
    default:
      return t("invalid");
  }
}
