import type { ReactNode } from "react";
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

/** Latin-script runs (words joined by spaces, hyphens, digits, dots) inside data text. */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9.'’-]*(?:[ ]+[A-Za-z0-9][A-Za-z0-9.'’-]*)*/g;

/**
 * Data text that may mix scripts ("司美格鲁肽 (Semaglutide)"): each Latin run marked as English, the rest as
 * the surrounding text, so a reader (or a screen reader) knows which words are which language.
 */
export function MixedDataText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let from = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    if (match.index > from) parts.push(text.slice(from, match.index));
    parts.push(
      <span key={match.index} lang="en">
        {match[0]}
      </span>,
    );
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return <>{parts}</>;
}

/**
 * A sentence of the interface that quotes data (a candidate's name, a captured cell): the quoted values are
 * rendered as MixedDataText, the sentence around them as it is. `data` lists the values the sentence was made
 * with; the longest is looked for first, so a name inside a longer one is not split out of it.
 */
export function TextWithData({ text, data }: { text: string; data: readonly string[] }) {
  const values = [...new Set(data.filter((value) => value.trim().length > 0))].sort((a, b) => b.length - a.length);
  if (values.length === 0) return <>{text}</>;
  const pattern = new RegExp(values.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  const parts: ReactNode[] = [];
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > from) parts.push(text.slice(from, match.index));
    parts.push(<MixedDataText key={match.index} text={match[0]} />);
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return <>{parts}</>;
}
