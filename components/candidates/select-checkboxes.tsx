"use client";

// The selection column's checkboxes: "all on this page" in the header (indeterminate when some are), one per row.
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { Row, Table } from "@tanstack/react-table";
import type { DataTableFeatures } from "@/components/data-table/data-table-features";

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

/** One per row; `label` comes from the table's words (`table.selectRow`), made once for all rows. */
export function SelectRowCheckbox<TData extends object>({ row, label }: { row: Row<DataTableFeatures, TData>; label: string }) {
  return (
    <input
      type="checkbox"
      aria-label={label}
      checked={row.getIsSelected()}
      disabled={!row.getCanSelect()}
      onChange={row.getToggleSelectedHandler()}
    />
  );
}
