// For components that render messages with values, above all many times per page (a label per column, per
// facet choice, per row): `useCompiled(useTranslations("table"))` answers calls with values through
// formatMessage (one compiled IntlMessageFormat per locale and message for the process's life,
// lib/i18n/compiled-messages.ts) instead of next-intl's t(), which builds a JSON memo key on every such call
// and whose cache lives one request, so each message is parsed again on every page. Same keys, same types, same text; calls
// without values, or with dates or rich-text functions, go to next-intl's t() as they are. Server components
// need it too: next-intl's server translators parse each message anew on every request.
import { useLocale } from "next-intl";
import { useMemo } from "react";
import { formatMessage } from "@/lib/i18n/compiled-messages";

type Values = Record<string, unknown>;
type Translator = ((key: never, values?: never) => string) & { raw: (key: never) => unknown };

const compilable = (values: Values) => Object.values(values).every((value) => typeof value === "string" || typeof value === "number");

export function useCompiled<T extends Translator>(t: T): T {
  const locale = useLocale();
  return useMemo(() => compiled(t, locale), [t, locale]);
}

/** The same for an async server component, which cannot call hooks: `compiled(await getTranslations(ns), locale)`. */
export function compiled<T extends Translator>(t: T, locale: string): T {
  const call = t as unknown as (key: string, values?: Values) => string;
  const raw = t.raw as unknown as (key: string) => unknown;
  const translate = (key: string, values?: Values) => {
    if (!values || !compilable(values)) return call(key, values);
    const message = raw(key);
    return typeof message === "string" ? formatMessage(locale, message, values as Record<string, string | number>) : call(key, values);
  };
  return Object.assign(translate, t) as unknown as T;
}
