// Formats an ICU message through one IntlMessageFormat per (locale, message), compiled once per process.
// For the hot per-row sentences (the review clock of every dashboard row and timeline lane): next-intl's t()
// builds a JSON memo key of the message, locale and options on every call with values, which a server
// profile of the dashboard showed as the largest i18n cost per request. Same library (next-intl formats
// with intl-messageformat too), so the text is the same; the catalogue stays next-intl's.
import { IntlMessageFormat } from "intl-messageformat";

type Values = Record<string, string | number | boolean | null | undefined>;

const compiled = new Map<string, IntlMessageFormat>();

/** `message` (ICU syntax) with `values`, in `locale`. Compiled formats are kept: catalogues are finite. */
export function formatMessage(locale: string, message: string, values?: Values): string {
  const key = `${locale}\u0000${message}`;
  let format = compiled.get(key);
  if (!format) {
    // Dates reach these sentences already formatted (lib/i18n/format.ts), so no time zone is needed here.
    format = new IntlMessageFormat(message, locale);
    compiled.set(key, format);
  }
  const text = format.format(values as Record<string, string | number>);
  return Array.isArray(text) ? text.join("") : String(text);
}
