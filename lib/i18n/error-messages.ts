// Error messages in the request's language. An error made with a message key (lib/i18n/app-error.ts) keeps
// its English text as `message` (logs, tests, callers that read it) and is rendered in the caller's locale
// where it leaves the server: the JSON API's `error` and a form's message. The code stays the stable field.
// Both catalogues of this one namespace are bundled with the server code so translating stays synchronous.
import { createTranslator } from "next-intl";
import en from "@/messages/en/errors.json";
import zh from "@/messages/zh-CN/errors.json";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/config";

export type ErrorMessageKey = keyof typeof en;
export type MessageValues = Record<string, string | number>;

const translators = {
  en: createTranslator({ locale: "en", messages: { errors: en }, namespace: "errors" }),
  "zh-CN": createTranslator({ locale: "zh-CN", messages: { errors: zh }, namespace: "errors" }),
} satisfies Record<Locale, unknown>;

/** The message of `key` in `locale` (English by default). */
export function errorText(key: ErrorMessageKey, values?: MessageValues, locale: Locale = DEFAULT_LOCALE): string {
  return translators[locale](key, values);
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
