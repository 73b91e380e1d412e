"use client";

// Shown while the table streams in: the toolbar, header and rows at their real sizes, so nothing jumps.
// A client component although it has no state: the server then sends its three props, not its ~150
// elements as RSC rows (19 KB in every dashboard's first flush), and renders the same HTML from them.
import { useTranslations } from "next-intl";

type Props = { columnCount: number; rowCount?: number; filterCount?: number };

export function DataTableSkeleton({ columnCount, rowCount = 10, filterCount = 6 }: Props) {
  const t = useTranslations("table");
  return (
    <div className="space-y-3" aria-busy="true" aria-label={t("loadingTable")} data-testid="table-skeleton">
      <div className="flex flex-wrap items-center gap-2">
        <div className="h-8 w-72 animate-pulse rounded bg-slate-200" />
        {Array.from({ length: filterCount }, (_, index) => (
          <div key={index} className="h-8 w-24 animate-pulse rounded border border-dashed border-slate-300 bg-slate-100" />
        ))}
      </div>
      <div className="overflow-hidden rounded-md border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-100">
            <tr>
              {Array.from({ length: columnCount }, (_, index) => (
                <th key={index} className="px-3 py-2">
                  <div className="h-4 w-20 animate-pulse rounded bg-slate-300" />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rowCount }, (_, row) => (
              <tr key={row} className="border-t border-slate-100">
                {Array.from({ length: columnCount }, (_, cell) => (
                  <td key={cell} className="px-3 py-2.5">
                    <div className="h-4 animate-pulse rounded bg-slate-200" style={{ width: `${50 + ((row * 7 + cell * 13) % 45)}%` }} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex justify-between">
        <div className="h-5 w-48 animate-pulse rounded bg-slate-200" />
        <div className="h-7 w-72 animate-pulse rounded bg-slate-200" />
      </div>
    </div>
  );
}
