"use client";

// The selection column's checkboxes: "all on this page" in the header (indeterminate when some are), one per row.
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { Row, Table } from "@tanstack/react-table";
import type { DataTableFeatures } from "@/components/data-table/data-table-features";
import { useCompiled } from "@/lib/i18n/use-compiled-translations";

export function SelectAllCheckbox<TData extends object>({ table }: { table: Table<DataTableFeatures, TData> }) {
  const t = useTranslations("table");
  const ref = useRef<HTMLInputElement>(null);
  const some = table.getIsSomePageRowsSelected();
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={t("selectAll")}
      checked={table.getIsAllPageRowsSelected()}
      onChange={table.getToggleAllPageRowsSelectedHandler()}
    />
  );
}

export function SelectRowCheckbox<TData extends object>({ row }: { row: Row<DataTableFeatures, TData> }) {
  // One per row: compiled once, not formatted through next-intl's memo key on every row.
  const t = useCompiled(useTranslations("table"));
  return (
    <input
      type="checkbox"
      aria-label={t("selectRow", { id: row.id })}
      checked={row.getIsSelected()}
      disabled={!row.getCanSelect()}
      onChange={row.getToggleSelectedHandler()}
    />
  );
}
