// The dashboard's `cols` URL parameter ↔ the table's column visibility and order. `cols` lists the visible
// columns in display order; absent means every column in the default order.
import type { ColumnOrderState, ColumnVisibilityState } from "@tanstack/react-table";
import { TABLE_COLUMNS, type TableColumn } from "@/lib/search-params";

export const SELECT_COLUMN_ID = "select";

/** The table's columns in default order (the parameter schema's column list). */
export const CANDIDATE_COLUMN_IDS: readonly TableColumn[] = TABLE_COLUMNS;

/** `cols` → which columns show and in what order (the selection column always first). */
export function columnStateFromCols(cols: readonly TableColumn[]): { columnVisibility: ColumnVisibilityState; columnOrder: ColumnOrderState } {
  const known = cols.filter((column) => CANDIDATE_COLUMN_IDS.includes(column));
  if (known.length === 0) return { columnVisibility: {}, columnOrder: [SELECT_COLUMN_ID, ...CANDIDATE_COLUMN_IDS] };
  const hidden = CANDIDATE_COLUMN_IDS.filter((column) => !known.includes(column));
  return {
    columnVisibility: Object.fromEntries(hidden.map((column) => [column, false])),
    columnOrder: [SELECT_COLUMN_ID, ...known, ...hidden],
  };
}

/** Column state → `cols`; null when it is the default (every column, default order) or when nothing would show. */
export function colsFromColumnState(order: ColumnOrderState, visibility: ColumnVisibilityState): TableColumn[] | null {
  const ordered = [...order, ...CANDIDATE_COLUMN_IDS].filter(
    (id, index, all): id is TableColumn => CANDIDATE_COLUMN_IDS.includes(id as TableColumn) && all.indexOf(id) === index,
  );
  const visible = ordered.filter((id) => visibility[id] !== false);
  const isDefault = visible.length === CANDIDATE_COLUMN_IDS.length && visible.every((id, index) => id === CANDIDATE_COLUMN_IDS[index]);
  return isDefault || visible.length === 0 ? null : visible;
}
