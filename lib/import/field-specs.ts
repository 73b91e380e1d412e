// How an import column maps onto a record's columns, both ways: `read` turns the cell into the columns to
// write, `show` renders the record's current value as the export writes it (in English), so "unchanged"
// means "the export would write the same cell" and a preview can show before -> after in the file's terms.
import type { DatePrecision } from "@/generated/prisma/enums";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { labelOf, type VocabularyName } from "@/lib/domain/vocabulary";
import { booleanCell } from "@/lib/export/columns";
import { readBoolean, readEnum, readMoney, readPartialDate, readText, readUrl, type CellResult } from "@/lib/import/cell-values";

/** A record as columns (DB field name -> value). */
export type Columns = Record<string, unknown>;

export type FieldSpec = {
  key: string;
  read: (text: string) => CellResult<Columns>;
  show: (record: Columns) => string;
};

const mapped = <T>(result: CellResult<T>, toColumns: (value: T) => Columns): CellResult<Columns> =>
  result.ok ? { ok: true, value: toColumns(result.value) } : result;

const refuseEmpty = <T>(result: CellResult<T | null>): CellResult<T> =>
  result.ok && result.value === null ? { ok: false, message: "must not be empty" } : (result as CellResult<T>);

export function dateField(key: string, dateColumn: string, precisionColumn: string): FieldSpec {
  return {
    key,
    read: (text) =>
      mapped(readPartialDate(text), (value) => ({ [dateColumn]: value?.date ?? null, [precisionColumn]: value?.precision ?? null })),
    show: (record) => {
      const date = record[dateColumn];
      return date instanceof Date ? formatPartialDate(date, (record[precisionColumn] as DatePrecision | null) ?? "DAY") : "";
    },
  };
}

export function enumField(key: string, column: string, vocabulary: VocabularyName, { required = false } = {}): FieldSpec {
  return {
    key,
    read: (text) => {
      const result = readEnum(vocabulary, text);
      return mapped(required ? refuseEmpty(result) : result, (value) => ({ [column]: value }));
    },
    show: (record) => (record[column] ? labelOf(vocabulary, String(record[column]), "en") : ""),
  };
}

export function textField(key: string, column: string, maxLength?: number): FieldSpec {
  return {
    key,
    read: (text) => mapped(readText(text, maxLength), (value) => ({ [column]: value })),
    show: (record) => (record[column] === null || record[column] === undefined ? "" : String(record[column])),
  };
}

export function urlField(key: string, column: string): FieldSpec {
  return { ...textField(key, column), read: (text) => mapped(readUrl(text), (value) => ({ [column]: value })) };
}

export function booleanField(key: string, column: string): FieldSpec {
  return {
    key,
    read: (text) => mapped(refuseEmpty(readBoolean(text)), (value) => ({ [column]: value })),
    show: (record) => booleanCell(Boolean(record[column]), "en"),
  };
}

/** Shown with two decimals, as exported, so "110" in a re-saved file equals a stored 110.00. */
export function moneyField(key: string, column: string): FieldSpec {
  return {
    key,
    read: (text) => mapped(readMoney(text), (value) => ({ [column]: value })),
    show: (record) => {
      const value = record[column] as { toFixed(digits: number): string } | null | undefined;
      return value === null || value === undefined ? "" : value.toFixed(2);
    },
  };
}
