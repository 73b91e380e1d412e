// A CSV format as a fixed list of columns: a stable key (what the import maps back to a field), the header
// in English and Chinese, and how a row becomes the cell's text. Exports and imports share these lists, so a
// file written by one is read by the other without a separate mapping to keep in step.
import type { DatePrecision } from "@/generated/prisma/enums";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { labelOf, type Label, type Lang, type VocabularyName } from "@/lib/domain/vocabulary";

export type CsvColumn<Row, Key extends string = string> = {
  key: Key;
  header: Label;
  cell: (row: Row, lang: Lang) => string;
};

export function headerOf(columns: readonly CsvColumn<never>[], lang: Lang): string[] {
  return columns.map((column) => column.header[lang]);
}

export function recordOf<Row>(row: Row, columns: readonly CsvColumn<Row>[], lang: Lang): string[] {
  return columns.map((column) => column.cell(row, lang));
}

/** A date at its precision ("2024", "2024-06", "2024-06-25"); empty when unknown. DAY when precision is missing. */
export function dateCell(date: Date | null | undefined, precision: DatePrecision | null | undefined): string {
  return date ? formatPartialDate(date, precision ?? "DAY") : "";
}

export function enumCell(vocabulary: VocabularyName, value: string | null | undefined, lang: Lang): string {
  return value ? labelOf(vocabulary, value, lang) : "";
}

export const YES_NO: { readonly yes: Label; readonly no: Label } = {
  yes: { en: "Yes", zh: "是" },
  no: { en: "No", zh: "否" },
};

export function booleanCell(value: boolean, lang: Lang): string {
  return (value ? YES_NO.yes : YES_NO.no)[lang];
}

export function textCell(value: string | number | { toString(): string } | null | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}

/** Shared provenance columns, identical in every export. */
export const HEADERS = {
  sourceUrl: { en: "Source URL", zh: "来源链接" },
  sourceConfidence: { en: "Source confidence", zh: "来源可信度" },
  illustrative: { en: "Illustrative (not sourced)", zh: "示意数据（无来源）" },
  notes: { en: "Notes", zh: "备注" },
  candidate: { en: "Candidate", zh: "候选药物" },
  candidateZh: { en: "Chinese name", zh: "中文名" },
  candidateId: { en: "Candidate ID", zh: "候选药物ID" },
  programId: { en: "Programme ID", zh: "项目ID" },
  indication: { en: "Indication", zh: "适应症" },
  indicationZh: { en: "Indication (Chinese)", zh: "适应症（中文）" },
  version: { en: "Version", zh: "版本" },
} as const satisfies Record<string, Label>;
