// For components that render a message with values many times per page (a label per column, per facet
// choice, per row): `useCompiled(useTranslations("table"))` answers calls with values through formatMessage
// (one compiled IntlMessageFormat per locale and message, lib/i18n/compiled-messages.ts) instead of
// next-intl's t(), which builds a JSON memo key on every such call. Same keys, same types, same text; calls
// without values, or with dates or rich-text functions, go to next-intl's t() as they are.
import { useLocale } from "next-intl";
import { useMemo } from "react";
import { formatMessage } from "@/lib/i18n/compiled-messages";

type Values = Record<string, unknown>;
type Translator = ((key: never, values?: never) => string) & { raw: (key: never) => unknown };

const compilable = (values: Values) => Object.values(values).every((value) => typeof value === "string" || typeof value === "number");

export function useCompiled<T extends Translator>(t: T): T {
  const locale = useLocale();
  return useMemo(() => {
    const call = t as unknown as (key: string, values?: Values) => string;
    const raw = t.raw as unknown as (key: string) => unknown;
    const translate = (key: string, values?: Values) => {
      if (!values || !compilable(values)) return call(key, values);
      const message = raw(key);
      return typeof message === "string" ? formatMessage(locale, message, values as Record<string, string | number>) : call(key, values);
    };
    return Object.assign(translate, t) as unknown as T;
  }, [t, locale]);
}
