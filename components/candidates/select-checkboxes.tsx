"use client";

// The selection column's checkboxes: "all on this page" in the header (indeterminate when some are), one per row.
import { useEffect, useRef } from "react";
import type { Row, Table } from "@tanstack/react-table";
import type { DataTableFeatures } from "@/components/data-table/data-table-features";

export function SelectAllCheckbox<TData extends object>({ table }: { table: Table<DataTableFeatures, TData> }) {
  const ref = useRef<HTMLInputElement>(null);
  const some = table.getIsSomePageRowsSelected();
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label="Select all rows on this page"
      checked={table.getIsAllPageRowsSelected()}
      onChange={table.getToggleAllPageRowsSelectedHandler()}
    />
  );
}

export function SelectRowCheckbox<TData extends object>({ row }: { row: Row<DataTableFeatures, TData> }) {
  return (
    <input
      type="checkbox"
      aria-label={`Select row ${row.id}`}
      checked={row.getIsSelected()}
      disabled={!row.getCanSelect()}
      onChange={row.getToggleSelectedHandler()}
    />
  );
}
