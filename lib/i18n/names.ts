// Data language: a record with an English and a Chinese name shows the active locale's first and the other
// beside it. Search is untouched (it matches both names in every locale).
import type { Locale } from "@/lib/i18n/config";

export type Named = { nameEn: string; nameZh?: string | null };

/** The name in the interface's language, or the English one when there is no Chinese name. */
export function primaryName(record: Named, locale: Locale): string {
  return locale === "zh-CN" && record.nameZh ? record.nameZh : record.nameEn;
}

/** The other language's name, when there is one and it differs. */
export function secondaryName(record: Named, locale: Locale): string | undefined {
  const other = locale === "zh-CN" ? record.nameEn : record.nameZh;
  return other && other !== primaryName(record, locale) ? other : undefined;
}

/** The `lang` attribute of a name: Chinese names are zh-CN, the others en. */
export function langOfName(record: Named, name: string): "en" | "zh-CN" {
  return record.nameZh && name === record.nameZh ? "zh-CN" : "en";
}

/**
 * Name order for a locale: pinyin collation for Chinese names in zh-CN (司美格鲁肽 "si" after 贝那鲁肽 "bei"),
 * English alphabetical otherwise. Names without a Chinese form sort by their English name among them.
 */
export function compareNames(locale: Locale): (a: Named, b: Named) => number {
  const collator = new Intl.Collator(locale === "zh-CN" ? "zh-CN-u-co-pinyin" : "en", { sensitivity: "base", numeric: true });
  return (a, b) => collator.compare(primaryName(a, locale), primaryName(b, locale)) || collator.compare(a.nameEn, b.nameEn);
}
