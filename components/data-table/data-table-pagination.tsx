"use client";

// Page size, position and navigation for a server-paginated table (1-based pages in the UI and URL).
import { useId } from "react";
import type { DataTable } from "@/components/data-table/data-table-features";

type Props<TData extends object> = { table: DataTable<TData>; pageSizeOptions: readonly number[]; noun: string };

export function DataTablePagination<TData extends object>({ table, pageSizeOptions, noun }: Props<TData>) {
  const sizeId = useId();
  const { pageIndex, pageSize } = table.state.pagination;
  const total = table.getRowCount();
  const pageCount = Math.max(table.getPageCount(), 1);
  const first = total === 0 ? 0 : pageIndex * pageSize + 1;
  const last = Math.min((pageIndex + 1) * pageSize, total);
  const button = "rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40";
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700">
      <p data-testid="total-count">
        {first > last ? `No ${noun} on this page of ${total.toLocaleString("en")}` : `${first.toLocaleString("en")}–${last.toLocaleString("en")} of ${total.toLocaleString("en")} ${noun}`}
      </p>
      <div className="flex items-center gap-3">
        <label htmlFor={sizeId}>Rows per page</label>
        <select id={sizeId} value={pageSize} onChange={(event) => table.setPageSize(Number(event.target.value))} className="rounded border border-slate-300 bg-white px-1.5 py-1">
          {pageSizeOptions.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
        <span data-testid="page-position">
          Page {(pageIndex + 1).toLocaleString("en")} of {pageCount.toLocaleString("en")}
        </span>
        <div className="flex gap-1">
          <button type="button" className={button} onClick={() => table.firstPage()} disabled={!table.getCanPreviousPage()} aria-label="First page">
            «
          </button>
          <button type="button" className={button} onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()} aria-label="Previous page">
            ‹
          </button>
          <button type="button" className={button} onClick={() => table.nextPage()} disabled={!table.getCanNextPage()} aria-label="Next page">
            ›
          </button>
          <button type="button" className={button} onClick={() => table.lastPage()} disabled={!table.getCanNextPage()} aria-label="Last page">
            »
          </button>
        </div>
      </div>
    </nav>
  );
}
