// Error messages in the request's language. An error made with a message key (lib/i18n/app-error.ts) keeps
// its English text as `message` (logs, tests, callers that read it) and is rendered in the caller's locale
// where it leaves the server: the JSON API's `error` and a form's message. The code stays the stable field.
// Both catalogues of this one namespace are bundled with the server code so translating stays synchronous.
import { createTranslator } from "next-intl";
import en from "@/messages/en/errors.json";
import zh from "@/messages/zh-CN/errors.json";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/config";

export type ErrorMessageKey = keyof typeof en;
/** An argument said in the message's own locale: a sentence of the catalogue, a label, a list joined its way. */
export type LocalizedValue = (locale: Locale) => string;
/**
 * Pass numbers that are not counts as strings: ICU formats a number argument with digit grouping, and
 * "Candidate 12,345" would no longer name the record.
 */
export type MessageValues = Record<string, string | number | LocalizedValue>;

const translators = {
  en: createTranslator({ locale: "en", messages: { errors: en }, namespace: "errors" }),
  "zh-CN": createTranslator({ locale: "zh-CN", messages: { errors: zh }, namespace: "errors" }),
} satisfies Record<Locale, unknown>;

/** The message of `key` in `locale` (English by default). */
export function errorText(key: ErrorMessageKey, values?: MessageValues, locale: Locale = DEFAULT_LOCALE): string {
  return translators[locale](key, values && resolveParts(values, locale));
}

function resolveParts(values: MessageValues, locale: Locale): Record<string, string | number> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === "function" ? value(locale) : value]));
}

/** The sentence `key` as an argument of another message. */
export function messagePart(key: ErrorMessageKey, values?: MessageValues): LocalizedValue {
  return (locale) => errorText(key, values, locale);
}

/** Clauses of one message ("unknown column …; missing …"), joined as the locale joins them. */
export function clauseList(parts: readonly LocalizedValue[]): LocalizedValue {
  return (locale) => parts.map((part) => part(locale)).join(errorText("listSeparator", undefined, locale));
}

/** Names a person typed or a file held, quoted: `"a", "b"` in English, `“a”、“b”` in Chinese. */
export function quotedList(items: readonly string[]): LocalizedValue {
  return (locale) => (locale === "en" ? items.map((item) => `"${item}"`).join(", ") : items.map((item) => `“${item}”`).join("、"));
}

/** Names or codes listed as the locale lists them: "a, b" or "a、b". */
export function plainList(items: readonly string[]): LocalizedValue {
  return (locale) => items.join(locale === "en" ? ", " : "、");
}

/** Problems found in named parameters, "param: problem; …" (the problems themselves stay as the parser said them). */
export function paramProblems(problems: readonly { param: string; message: string }[]): LocalizedValue {
  return (locale) => problems.map(({ param, message }) => `${param}${locale === "en" ? ": " : "："}${message}`).join(errorText("listSeparator", undefined, locale));
}

/** Something with a name in each data language, said in the locale's first and the other beside it. */
export function bilingualLabel(label: { en: string; zh: string }): LocalizedValue {
  return (locale) => (locale === "en" ? `${label.en} (${label.zh})` : `${label.zh}（${label.en}）`);
}

const messageKeys = new WeakMap<Error, { key: ErrorMessageKey; values?: MessageValues }>();

/** Marks an error whose message is `key` in the catalogue, so it can be rendered in another locale. */
export function withMessageKey<E extends Error>(error: E, key: ErrorMessageKey, values?: MessageValues): E {
  messageKeys.set(error, { key, values });
  return error;
}

/** The error's message in `locale`; an error without a key keeps its (English) message. */
export function localizedMessage(error: Error, locale: Locale): string {
  const entry = messageKeys.get(error);
  return entry ? errorText(entry.key, entry.values, locale) : error.message;
}

const LOCALE_COOKIE_PATTERN = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`);

/** The language an API caller reads: the interface's cookie when the browser UI calls, else Accept-Language. */
export function localeOfRequest(request: Request): Locale {
  const cookie = LOCALE_COOKIE_PATTERN.exec(request.headers.get("cookie") ?? "")?.[1];
  const decoded = cookie === undefined ? undefined : decodeURIComponent(cookie);
  if (isLocale(decoded)) return decoded;
  return negotiateLocale(request.headers.get("accept-language"));
}
