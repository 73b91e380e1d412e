"use client";

// Renders a server-driven table: headers (with aria-sort), the page's rows, an empty state, the
// selection bar and pagination. The toolbar is passed as children so each table composes its own.
import type { ReactNode } from "react";
import { flexRender } from "@tanstack/react-table";
import type { DataTable as DataTableInstance } from "@/components/data-table/data-table-features";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";

type Props<TData extends object> = {
  table: DataTableInstance<TData>;
  /** Toolbar and notices above the table. */
  children?: ReactNode;
  /** The selection bar (shown by itself only while rows are selected). */
  selectionBar?: ReactNode;
  pageSizeOptions: readonly number[];
  /** Plural noun for counts: "candidates". */
  noun: string;
  emptyMessage: ReactNode;
  /** True while the next page of data is on its way: the current rows stay, dimmed. */
  pending?: boolean;
  testId?: string;
};

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;
/** A sticky column needs its own background, or the cells scrolling under it show through. */
const STICKY = "sticky left-0 z-[1] shadow-[1px_0_0_0_var(--color-slate-200)]";

export function DataTable<TData extends object>({ table, children, selectionBar, pageSizeOptions, noun, emptyMessage, pending, testId }: Props<TData>) {
  const rows = table.getRowModel().rows;
  const columnCount = table.getVisibleLeafColumns().length;
  return (
    <div className="space-y-3">
      {children}
      {selectionBar}
      {/* The table's own scrolling frame: a wide table scrolls sideways here, never the page. */}
      <div className={`relative overflow-x-auto rounded-md border border-slate-200 bg-white transition-opacity ${pending ? "opacity-60" : ""}`} aria-busy={pending || undefined}>
        <table className="min-w-full text-sm" data-testid={testId}>
          <thead className="bg-slate-100 text-left text-slate-700">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const sticky = header.column.columnDef.meta?.sticky ? `${STICKY} bg-slate-100` : "";
                  return (
                    <th key={header.id} scope="col" className={`px-3 py-2 font-medium whitespace-nowrap ${sticky}`} aria-sort={sorted ? ARIA_SORT[sorted] : undefined} data-column={header.column.id}>
                      {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className={`border-t border-slate-100 align-top ${row.getIsSelected() ? "bg-blue-50" : ""}`} data-row-id={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={`px-3 py-2 ${cell.column.columnDef.meta?.className ?? ""} ${cell.column.columnDef.meta?.sticky ? `${STICKY} ${row.getIsSelected() ? "bg-blue-50" : "bg-white"}` : ""}`}
                    data-column={cell.column.id}
                  >
                    {/* flexRender itself, not the FlexRender component: one component fewer per cell, hundreds per page. */}
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columnCount} className="px-3 py-8 text-center text-slate-500" data-testid="table-empty">
                  {emptyMessage}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <DataTablePagination table={table} pageSizeOptions={pageSizeOptions} noun={noun} />
    </div>
  );
}
