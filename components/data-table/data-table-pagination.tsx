"use client";

// Page size, position and navigation for a server-paginated table (1-based pages in the UI and URL).
import { useFormatter, useTranslations } from "next-intl";
import { useCompiled } from "@/lib/i18n/use-compiled-translations";
import { useId } from "react";
import type { DataTable } from "@/components/data-table/data-table-features";

type Props<TData extends object> = { table: DataTable<TData>; pageSizeOptions: readonly number[]; noun: string };

export function DataTablePagination<TData extends object>({ table, pageSizeOptions, noun }: Props<TData>) {
  const sizeId = useId();
  const t = useCompiled(useTranslations("table"));
  const format = useFormatter();
  const n = (value: number) => format.number(value);
  const { pageIndex, pageSize } = table.state.pagination;
  const total = table.getRowCount();
  const pageCount = Math.max(table.getPageCount(), 1);
  const first = total === 0 ? 0 : pageIndex * pageSize + 1;
  const last = Math.min((pageIndex + 1) * pageSize, total);
  const button = "rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40";
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700">
      <p data-testid="total-count">
        {first > last ? t("emptyPage", { noun, total: n(total) }) : t("range", { first: n(first), last: n(last), total: n(total), noun })}
      </p>
      <div className="flex items-center gap-3">
        <label htmlFor={sizeId}>{t("rowsPerPage")}</label>
        <select id={sizeId} value={pageSize} onChange={(event) => table.setPageSize(Number(event.target.value))} className="rounded border border-slate-300 bg-white px-1.5 py-1">
          {pageSizeOptions.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
        <span data-testid="page-position">
          {t("pagePosition", { page: n(pageIndex + 1), pages: n(pageCount) })}
        </span>
        <div className="flex gap-1">
          <button type="button" className={button} onClick={() => table.firstPage()} disabled={!table.getCanPreviousPage()} aria-label={t("firstPage")}>
            «
          </button>
          <button type="button" className={button} onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()} aria-label={t("previousPage")}>
            ‹
          </button>
          <button type="button" className={button} onClick={() => table.nextPage()} disabled={!table.getCanNextPage()} aria-label={t("nextPage")}>
            ›
          </button>
          <button type="button" className={button} onClick={() => table.lastPage()} disabled={!table.getCanNextPage()} aria-label={t("lastPage")}>
            »
          </button>
        </div>
      </div>
    </nav>
  );
}
