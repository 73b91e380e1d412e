// What a capture warns about (rows it skipped, a page total it does not reach), kept as a code with its numbers
// and said in the reader's language when shown: the capture pages in the interface's locale, the API in the
// caller's (lib/i18n/error-messages.ts localeOfRequest). Capture.warnings stays a text array, one JSON object
// per warning; a capture stored before the codes holds English sentences, which are shown as they are.
import { z } from "zod";
import type { Locale } from "@/lib/i18n/config";
import { capturesTranslator } from "@/lib/i18n/server-translators";
import { decodeStoredCode } from "@/lib/captures/stored-code";

const captureWarningSchema = z.discriminatedUnion("code", [
  /** Header rows repeated inside the table (one per page copied), skipped. */
  z.object({ code: z.literal("repeatedHeaders"), count: z.number().int().positive() }),
  /** The page's "共 N 条" is more than the rows captured: pages are missing. */
  z.object({ code: z.literal("truncated"), footerTotal: z.number().int().nonnegative(), rows: z.number().int().nonnegative() }),
  /** The page's "共 N 条" is less than the rows captured: rows of another list came along. */
  z.object({ code: z.literal("moreRowsThanStated"), footerTotal: z.number().int().nonnegative(), rows: z.number().int().nonnegative() }),
]);

export type CaptureWarning = z.infer<typeof captureWarningSchema>;

/** A warning read back: its code, or the sentence of a capture stored before warnings had codes. */
export type StoredCaptureWarning = CaptureWarning | string;

/** The text kept in Capture.warnings. */
export function encodeCaptureWarning(warning: CaptureWarning): string {
  return JSON.stringify(warning);
}

export function decodeCaptureWarning(stored: string): StoredCaptureWarning {
  return decodeStoredCode(captureWarningSchema, stored);
}

/** The warning in `locale`. The page's numbers stay as it printed them (共 1280 条, not 1,280). */
export function captureWarningText(warning: StoredCaptureWarning, locale: Locale): string {
  if (typeof warning === "string") return warning;
  const t = capturesTranslator(locale);
  switch (warning.code) {
    case "repeatedHeaders":
      return t("warning.repeatedHeaders", { count: warning.count });
    case "truncated":
    case "moreRowsThanStated":
      return t(`warning.${warning.code}`, { footerTotal: String(warning.footerTotal), rows: String(warning.rows) });
  }
}

/** A capture answer with its warnings said in `locale` (what the API sends). */
export function withWarningTexts<T extends { warnings: readonly StoredCaptureWarning[] }>(value: T, locale: Locale): Omit<T, "warnings"> & { warnings: string[] } {
  return { ...value, warnings: value.warnings.map((warning) => captureWarningText(warning, locale)) };
}
