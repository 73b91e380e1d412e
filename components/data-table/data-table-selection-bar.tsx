"use client";

// Appears while rows are selected: how many, a way to clear, and the actions the table's owner offers.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { DataTable } from "@/components/data-table/data-table-features";

type Props<TData extends object> = {
  table: DataTable<TData>;
  noun: string;
  /** Actions on the selected rows' ids (e.g. a bulk edit). */
  actions?: (selectedIds: string[]) => ReactNode;
};

export function DataTableSelectionBar<TData extends object>({ table, noun, actions }: Props<TData>) {
  const t = useTranslations("table");
  const selectedIds = Object.keys(table.state.rowSelection).filter((id) => table.state.rowSelection[id]);
  if (selectedIds.length === 0) return null;
  return (
    <div role="region" aria-label={t("selection")} className="flex flex-wrap items-center gap-3 rounded-md border border-blue-200 bg-blue-50 px-3 py-2 text-sm text-blue-950" data-testid="selection-bar">
      <span data-testid="selection-count">
        {t("selectionCount", { count: selectedIds.length, noun })}
      </span>
      <button type="button" onClick={() => table.resetRowSelection(true)} className="rounded px-2 py-0.5 hover:bg-blue-100">
        {t("clearSelection")}
      </button>
      <div className="flex flex-wrap items-center gap-2" data-slot="selection-actions">
        {actions?.(selectedIds)}
      </div>
    </div>
  );
}
