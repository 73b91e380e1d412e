"use client";

// A header that sorts its column on click (Shift+click adds it as a further sort key).
import { useTranslations } from "next-intl";
import { useCompiled } from "@/lib/i18n/use-compiled-translations";
import type { DataTableColumn } from "@/components/data-table/data-table-features";

type Props<TData extends object, TValue> = { column: DataTableColumn<TData, TValue>; title: string };

export function DataTableColumnHeader<TData extends object, TValue>({ column, title }: Props<TData, TValue>) {
  const t = useCompiled(useTranslations("table"));
  if (!column.getCanSort()) return <span>{title}</span>;
  const sorted = column.getIsSorted();
  const next = column.getNextSortingOrder();
  return (
    <button
      type="button"
      onClick={column.getToggleSortingHandler()}
      title={t("sortHint", { title, next: next || "none" })}
      className="inline-flex items-center gap-1 font-medium hover:text-slate-950"
    >
      {title}
      <span aria-hidden="true" className={sorted ? "text-slate-900" : "text-slate-300"}>
        {sorted === "desc" ? "▼" : sorted === "asc" ? "▲" : "↕"}
      </span>
    </button>
  );
}
