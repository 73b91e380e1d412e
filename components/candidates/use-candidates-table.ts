"use client";

// The one hook binding the dashboard's URL to its table. The URL is the state: nuqs reads and writes it
// with the parsers of lib/search-params.ts (the server parses the same URL), every change re-renders the
// server page (shallow: false) inside a transition so the current rows stay until the next ones arrive.
//   - filters, sort and page size push a history entry (back/forward walk through views) and go back to
//     page 1 when they change the result set; typing in the search box replaces the entry, debounced;
//   - defaults are left out of the URL (nuqs clearOnDefault);
//   - `cols` holds the visible columns in display order (absent = all, in the default order).
import { useMemo, useState, useTransition } from "react";
import { debounce, useQueryStates } from "nuqs";
import {
  functionalUpdate,
  useTable,
  type ColumnOrderState,
  type ColumnVisibilityState,
  type PaginationState,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { dataTableFeatures } from "@/components/data-table/data-table-features";
import type { DataTableFilterBinding } from "@/components/data-table/data-table-toolbar";
import { useCandidateColumns } from "@/components/candidates/candidates-table-columns";
import { CANDIDATE_COLUMN_IDS, colsFromColumnState, columnStateFromCols } from "@/components/candidates/column-state";
import type { FacetCounts } from "@/lib/candidates/facets";
import type { DashboardPage, DashboardRow } from "@/lib/candidates/queries";
import {
  CANDIDATE_FILTER_PARAM_NAMES,
  DEFAULT_PER_PAGE,
  candidateSearchParsers,
  joinList,
  splitList,
  type CandidateSearchParamName,
  type SortableColumn,
  type TableColumn,
} from "@/lib/search-params";

/** URL parameters that change which rows match (changing one resets the page and the selection). */
export const FILTER_PARAMS = CANDIDATE_FILTER_PARAM_NAMES;
type FilterParam = (typeof FILTER_PARAMS)[number];

const SEARCH_DEBOUNCE_MS = 350;

type Parser = { serialize: (value: never) => string; parse: (raw: string) => unknown };
const parserOf = (param: string) => candidateSearchParsers[param as CandidateSearchParamName] as unknown as Parser;

export function useCandidatesTable(page: DashboardPage) {
  const [isPending, startTransition] = useTransition();
  const [search, setSearch] = useQueryStates(candidateSearchParsers, { shallow: false, history: "push", startTransition });
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});

  const sorting = useMemo<SortingState>(
    () => search.sort.filter((term) => CANDIDATE_COLUMN_IDS.includes(term.column as TableColumn)).map((term) => ({ id: term.column, desc: term.desc })),
    [search.sort],
  );
  const pagination = useMemo<PaginationState>(() => ({ pageIndex: search.page - 1, pageSize: search.perPage }), [search.page, search.perPage]);
  const { columnVisibility, columnOrder } = useMemo(() => columnStateFromCols(search.cols), [search.cols]);

  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = functionalUpdate(updater, sorting);
    void setSearch({ sort: next.length ? next.map((sort) => ({ column: sort.id as SortableColumn, desc: sort.desc })) : null, page: null });
  };
  const onPaginationChange = (updater: Updater<PaginationState>) => {
    const next = functionalUpdate(updater, pagination);
    const sizeChanged = next.pageSize !== pagination.pageSize;
    void setSearch({
      page: sizeChanged || next.pageIndex === 0 ? null : next.pageIndex + 1,
      perPage: next.pageSize === DEFAULT_PER_PAGE ? null : next.pageSize,
    });
  };
  // Functional updates: two changes in one tick (e.g. "show all, default order") compose instead of the
  // second overwriting the first with the state both started from.
  const onColumnVisibilityChange = (updater: Updater<ColumnVisibilityState>) => {
    void setSearch((latest) => {
      const state = columnStateFromCols(latest.cols);
      return { cols: colsFromColumnState(state.columnOrder, functionalUpdate(updater, state.columnVisibility)) };
    });
  };
  const onColumnOrderChange = (updater: Updater<ColumnOrderState>) => {
    void setSearch((latest) => {
      const state = columnStateFromCols(latest.cols);
      return { cols: colsFromColumnState(functionalUpdate(updater, state.columnOrder), state.columnVisibility) };
    });
  };

  const columns = useCandidateColumns();
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: page.data,
    getRowId: (row: DashboardRow) => String(row.id),
    manualSorting: true,
    manualPagination: true,
    rowCount: page.total,
    enableMultiSort: true,
    state: { sorting, pagination, columnVisibility, columnOrder, rowSelection },
    onSortingChange,
    onPaginationChange,
    onColumnVisibilityChange,
    onColumnOrderChange,
    onRowSelectionChange: setRowSelection,
  });

  const isFiltered = FILTER_PARAMS.some((param) => parserOf(param).serialize(search[param] as never) !== serializedDefault(param));
  const filters: DataTableFilterBinding = {
    get: (param) => {
      const value = search[param as FilterParam];
      return value === null || value === undefined ? "" : parserOf(param).serialize(value as never);
    },
    getList: (param) => {
      const value = search[param as FilterParam];
      return Array.isArray(value) && value.length ? splitList(parserOf(param).serialize(value as never)) : [];
    },
    set: (changes) => {
      setRowSelection({});
      void setSearch({ ...parseChanges(changes), page: null });
    },
    counts: (param) => page.facets[param as keyof FacetCounts],
    isFiltered,
    reset: () => {
      setRowSelection({});
      void setSearch({ ...Object.fromEntries(FILTER_PARAMS.map((param) => [param, null])), page: null });
    },
  };

  // The box shows what is typed at once; the URL follows when typing pauses, replacing its entry.
  // When the URL's q changes from elsewhere (back, reset), the box follows it during render, not in an effect.
  const [searchText, setSearchText] = useState(search.q);
  const [followedQ, setFollowedQ] = useState(search.q);
  if (followedQ !== search.q) {
    setFollowedQ(search.q);
    if (searchText.trim() !== search.q) setSearchText(search.q);
  }
  const onSearchChange = (value: string) => {
    setSearchText(value);
    setRowSelection({});
    void setSearch({ q: value.trim() || null, page: null }, { history: "replace", limitUrlUpdates: debounce(SEARCH_DEBOUNCE_MS) });
  };

  return { table, filters, search: { value: searchText, onChange: onSearchChange }, isPending };
}

function serializedDefault(param: FilterParam): string {
  const parser = candidateSearchParsers[param] as unknown as { defaultValue?: unknown; serialize: (value: never) => string };
  return parser.defaultValue === undefined || parser.defaultValue === null ? "" : parser.serialize(parser.defaultValue as never);
}

/** Serialized toolbar values back to typed URL state through the same parsers (null = default). */
function parseChanges(changes: Record<string, string | readonly string[] | null>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(changes).map(([param, value]) => {
      const raw = typeof value === "string" || value === null ? value : joinList(value);
      return [param, raw === null || raw === "" ? null : parserOf(param).parse(raw)];
    }),
  );
}
