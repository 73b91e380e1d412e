// `getTranslations` for server components, with translators that outlive the request.
//
// next-intl's own `getTranslations` makes a new translator per request with a new formatter cache, so every
// message with values is parsed into a new IntlMessageFormat (and its Intl.PluralRules and NumberFormat
// built) on every page, for the same catalogue text. Here one translator is made per (catalogue, locale, time
// zone, namespace) and kept with the catalogue object, so its compiled messages are reused by every request
// that renders from that catalogue. A production server loads each locale's catalogue once, so that is once
// per process; a development server reloads catalogues per request (lib/i18n/messages.ts), gets new objects
// and so new translators, and edits show as before.
//
// The compiled-message cache is bounded by the catalogue: use-intl keys it by message text and locale, never
// by the values passed. Locale, messages and time zone come from next-intl's request configuration
// (lib/i18n/request.ts), as they do for its own `getTranslations`.
import { createTranslator, type Messages, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import { getLocale, getMessages, getTimeZone } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { cache } from "react";

type Translator = ReturnType<typeof createTranslator>;

const translatorsByCatalogue = new WeakMap<object, Map<string, Translator>>();

/**
 * The translator for `namespace` of this catalogue in `locale`, made the first time it is asked for. Typed as
 * createTranslator types it, so a statically imported catalogue keeps its keys checked.
 */
export function catalogueTranslator<Catalogue extends Record<string, unknown>, Namespace extends NamespaceKeys<Catalogue, NestedKeyOf<Catalogue>> = never>(
  messages: Catalogue,
  locale: Locale,
  timeZone: string,
  namespace?: Namespace,
): ReturnType<typeof createTranslator<Catalogue, Namespace>> {
  let translators = translatorsByCatalogue.get(messages);
  if (!translators) {
    translators = new Map();
    translatorsByCatalogue.set(messages, translators);
  }
  const key = `${locale}\u0000${timeZone}\u0000${namespace ?? ""}`;
  let translator = translators.get(key);
  if (!translator) {
    // Built untyped and stored as such: the Map holds every namespace's translator.
    translator = createTranslator({ locale, messages: messages as Record<string, unknown>, timeZone, namespace: namespace as string | undefined }) as Translator;
    translators.set(key, translator);
  }
  return translator as unknown as ReturnType<typeof createTranslator<Catalogue, Namespace>>;
}

async function requestTranslations(namespace?: string): Promise<Translator> {
  const [locale, messages, timeZone] = await Promise.all([getLocale(), getMessages(), getTimeZone()]);
  return catalogueTranslator<Record<string, unknown>, string>(messages, locale, timeZone, namespace) as Translator;
}

/** Drop-in for next-intl's `getTranslations(namespace)` in this request's locale (the only form the app uses). */
export const getTranslations = cache(requestTranslations) as unknown as <NestedKey extends NamespaceKeys<Messages, NestedKeyOf<Messages>> = never>(
  namespace?: NestedKey,
) => Promise<ReturnType<typeof createTranslator<Messages, NestedKey>>>;
