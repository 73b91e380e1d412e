"use client";

// The column menu: show or hide columns and move them (the order is part of the URL's `cols`).
import { useTranslations } from "next-intl";
import { useCompiled } from "@/lib/i18n/use-compiled-translations";
import type { DataTable } from "@/components/data-table/data-table-features";
import { Popover } from "@/components/ui/popover";

type Props<TData extends object> = { table: DataTable<TData> };

export function DataTableViewOptions<TData extends object>({ table }: Props<TData>) {
  const t = useCompiled(useTranslations("table"));
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const order = columns.map((column) => column.id);
  const move = (id: string, by: -1 | 1) => {
    const from = order.indexOf(id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= order.length) return;
    const next = [...order];
    [next[from], next[to]] = [next[to]!, next[from]!];
    table.setColumnOrder(next);
  };
  return (
    <div data-testid="column-menu">
      <Popover label={t("columns")} align="end" trigger={<span>{t("columns")}</span>} triggerClassName="rounded border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-100">
        <ul className="space-y-0.5" aria-label={t("columns")}>
          {columns.map((column, index) => (
            <li key={column.id} className="flex items-center gap-1">
              <label className="flex flex-1 cursor-pointer items-center gap-2 rounded px-1.5 py-1 hover:bg-slate-100">
                <input type="checkbox" checked={column.getIsVisible()} onChange={(event) => column.toggleVisibility(event.target.checked)} />
                {column.columnDef.meta?.label ?? column.id}
              </label>
              <button type="button" className="rounded px-1 text-slate-500 hover:bg-slate-100 disabled:opacity-30" onClick={() => move(column.id, -1)} disabled={index === 0} aria-label={t("moveLeft", { column: column.columnDef.meta?.label ?? column.id })}>
                ↑
              </button>
              <button type="button" className="rounded px-1 text-slate-500 hover:bg-slate-100 disabled:opacity-30" onClick={() => move(column.id, 1)} disabled={index === columns.length - 1} aria-label={t("moveRight", { column: column.columnDef.meta?.label ?? column.id })}>
                ↓
              </button>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => { table.resetColumnVisibility(true); table.resetColumnOrder(true); }} className="mt-2 w-full rounded px-2 py-1 text-slate-700 hover:bg-slate-100">
          {t("showAll")}
        </button>
      </Popover>
    </div>
  );
}
