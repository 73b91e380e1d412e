import type { Locale } from "@/lib/i18n/config";
import { langOfName, primaryName, secondaryName, type Named } from "@/lib/i18n/names";

/** A record's name in the interface's language; with `withOther`, the other language's name beside it. */
export function BilingualName({ en, zh, locale, withOther = false }: { en: string; zh?: string | null; locale: Locale; withOther?: boolean }) {
  const record: Named = { nameEn: en, nameZh: zh };
  const primary = primaryName(record, locale);
  const other = withOther ? secondaryName(record, locale) : undefined;
  return (
    <>
      <span lang={langOfName(record, primary)}>{primary}</span>
      {other ? (
        <span lang={langOfName(record, other)} className="ml-2 font-normal text-slate-500">
          {other}
        </span>
      ) : null}
    </>
  );
}

/** The language of a piece of data text: Chinese when it holds Han characters, else English. */
export function langOfText(text: string): "zh-CN" | "en" {
  return /[\u3400-\u9fff]/.test(text) ? "zh-CN" : "en";
}

/**
 * The language of free text that may mix both (a note, a reason): the script most of its letters are in
 * (a Han character counts as two Latin letters, about one word each way).
 */
export function langOfMixedText(text: string): "zh-CN" | "en" {
  const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han * 2 >= latin && han > 0 ? "zh-CN" : "en";
}

/** Data values (brands, targets, code names) in a row, each marked with its language. */
export function DataList({ items, locale }: { items: readonly string[]; locale: Locale }) {
  if (items.length === 0) return <>—</>;
  return (
    <>
      {items.map((item, index) => (
        <span key={`${item}-${index}`}>
          {index > 0 ? (locale === "zh-CN" ? "、" : ", ") : null}
          <span lang={langOfText(item)}>{item}</span>
        </span>
      ))}
    </>
  );
}
