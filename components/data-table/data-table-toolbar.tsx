"use client";

// The table's toolbar: one search box, then the filters declared in the columns' meta (in column order,
// multi-selects first), a reset, the column menu, and slots for view-level actions. Below the md breakpoint
// everything after the search folds into a "Filters (n)" sheet, so the first screen of a phone shows rows.
import { useTranslations } from "next-intl";
import { useCompiled } from "@/lib/i18n/use-compiled-translations";
import { useId, useState, type ReactNode } from "react";
import { DataTableBooleanFilter } from "@/components/data-table/data-table-boolean-filter";
import { DataTableDateRangeFilter } from "@/components/data-table/data-table-date-range-filter";
import { DataTableFacetedFilter, type FacetedOption } from "@/components/data-table/data-table-faceted-filter";
import type { DataTable, DataTableFilterDefinition, DataTableFilterOption } from "@/components/data-table/data-table-features";
import { DataTableViewOptions } from "@/components/data-table/data-table-view-options";

/** How the toolbar reads and writes filters: URL parameters in their serialized form, plus server counts. */
export type DataTableFilterBinding = {
  /** A single-valued parameter's serialized value; "" when it is at its default. */
  get: (param: string) => string;
  /** A list parameter's items, serialized. */
  getList: (param: string) => string[];
  /** Sets several parameters at once: a serialized value, a list's items, or null (back to default). */
  set: (changes: Record<string, string | readonly string[] | null>) => void;
  /** Server counts per value for a filter, when the server computed them. */
  counts: (param: string) => readonly { value: string; count: number; label?: string }[] | undefined;
  isFiltered: boolean;
  reset: () => void;
};

type Props<TData extends object> = {
  table: DataTable<TData>;
  filters: DataTableFilterBinding;
  search: { value: string; onChange: (value: string) => void; label: string; placeholder: string };
  /** View-level actions before the column menu (e.g. saved views). */
  viewActions?: ReactNode;
  /** The export button's place (see components/candidates/candidates-export-slot.tsx). */
  exportSlot?: ReactNode;
};

const VARIANT_ORDER: Record<DataTableFilterDefinition["variant"], number> = { multiSelect: 0, boolean: 1, dateRange: 2 };

export function DataTableToolbar<TData extends object>({ table, filters, search, viewActions, exportSlot }: Props<TData>) {
  const searchId = useId();
  const sheetId = useId();
  const [sheetOpen, setSheetOpen] = useState(false);
  const t = useCompiled(useTranslations("table"));
  const tCompact = useCompiled(useTranslations("compactLayout"));
  const definitions = table
    .getAllLeafColumns()
    .flatMap((column) => column.columnDef.meta?.filters ?? [])
    .map((definition, index) => ({ definition, index }))
    .sort((a, b) => VARIANT_ORDER[a.definition.variant] - VARIANT_ORDER[b.definition.variant] || a.index - b.index)
    .map(({ definition }) => definition);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={searchId} className="sr-only">
          {search.label}
        </label>
        <input
          id={searchId}
          type="search"
          value={search.value}
          onChange={(event) => search.onChange(event.target.value)}
          placeholder={search.placeholder}
          className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-2.5 py-1 text-sm md:w-80 md:flex-none"
          data-testid="table-search"
        />
        <button
          type="button"
          aria-expanded={sheetOpen}
          aria-controls={sheetId}
          onClick={() => setSheetOpen((open) => !open)}
          className={`rounded border px-2.5 py-1 text-sm md:hidden ${sheetOpen ? "border-blue-700 bg-blue-50 text-blue-900" : "border-slate-300 bg-white text-slate-800"}`}
          data-testid="filters-sheet-toggle"
        >
          {tCompact("filters", { count: activeFilterCount(definitions, filters) })}
        </button>
        {/* On md and up the wrapper dissolves (display: contents) and the controls sit in the toolbar row. */}
        <div
          id={sheetId}
          className={`${sheetOpen ? "flex" : "hidden"} w-full flex-wrap items-center gap-2 rounded-md border border-slate-200 bg-white p-2 md:contents`}
          data-testid="filters-sheet"
        >
          {definitions.map((definition) => (
            <ToolbarFilter key={definition.variant === "dateRange" ? definition.fromParam : definition.param} definition={definition} filters={filters} />
          ))}
          {filters.isFiltered ? (
            <button type="button" onClick={filters.reset} className="rounded px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-100" data-testid="reset-filters">
              {t("resetFilters")}
            </button>
          ) : null}
          <div className="flex flex-wrap items-center gap-2 md:ml-auto">
            {viewActions}
            {exportSlot}
            <DataTableViewOptions table={table} />
          </div>
          <button type="button" onClick={() => setSheetOpen(false)} className="ml-auto rounded bg-slate-800 px-3 py-1 text-sm text-white md:hidden">
            {tCompact("showResults")}
          </button>
        </div>
      </div>
    </div>
  );
}

/** How many filters hold a value (a date range counts once), for the phone's "Filters (n)" button. */
function activeFilterCount(definitions: readonly DataTableFilterDefinition[], filters: DataTableFilterBinding): number {
  return definitions.filter((definition) => {
    if (definition.variant === "multiSelect") return filters.getList(definition.param).length > 0;
    if (definition.variant === "boolean") return filters.get(definition.param) !== "";
    return filters.get(definition.fromParam) !== "" || filters.get(definition.toParam) !== "";
  }).length;
}

function ToolbarFilter({ definition, filters }: { definition: DataTableFilterDefinition; filters: DataTableFilterBinding }) {
  switch (definition.variant) {
    case "multiSelect": {
      const selected = filters.getList(definition.param);
      return (
        <DataTableFacetedFilter
          param={definition.param}
          label={definition.label}
          options={facetedOptions(definition, selected, filters.counts(definition.param))}
          selected={selected}
          onChange={(values) => filters.set({ [definition.param]: values.length ? values : null })}
        />
      );
    }
    case "boolean": {
      const raw = filters.get(definition.param);
      const counts = new Map((filters.counts(definition.param) ?? []).map((option) => [option.value, option.count]));
      return (
        <DataTableBooleanFilter
          param={definition.param}
          label={definition.label}
          trueLabel={definition.trueLabel}
          falseLabel={definition.falseLabel}
          value={raw === "true" ? true : raw === "false" ? false : null}
          counts={{ true: counts.get("true"), false: counts.get("false") }}
          onChange={(value) => filters.set({ [definition.param]: value === null ? null : String(value) })}
        />
      );
    }
    case "dateRange":
      return (
        <DataTableDateRangeFilter
          param={definition.fromParam}
          label={definition.label}
          from={filters.get(definition.fromParam) || null}
          to={filters.get(definition.toParam) || null}
          onChange={({ from, to }) => filters.set({ [definition.fromParam]: from, [definition.toParam]: to })}
        />
      );
  }
}

/**
 * The choices of a multi-select with their counts: fixed options (nested ones with no match hidden
 * unless selected) or, for open-ended values, the server's most frequent values plus the selected ones.
 */
export function facetedOptions(
  definition: Extract<DataTableFilterDefinition, { variant: "multiSelect" }>,
  selected: readonly string[],
  counts: readonly { value: string; count: number; label?: string }[] | undefined,
): FacetedOption[] {
  const countOf = new Map((counts ?? []).map((option) => [option.value, option.count]));
  const withCount = (option: DataTableFilterOption): FacetedOption =>
    option.heading || counts === undefined ? option : { ...option, count: countOf.get(option.value) ?? 0 };
  if (definition.optionsFromFacet) {
    const fromFacet: FacetedOption[] = (counts ?? []).map((option) => ({ value: option.value, label: option.label ?? option.value, count: option.count }));
    const missing = selected.filter((value) => !countOf.has(value)).map((value) => ({ value, label: value, count: 0 }));
    return [...fromFacet, ...missing];
  }
  const options = (definition.options ?? []).map(withCount);
  const shown = options.filter((option) => !option.parent || selected.includes(option.value) || (option.count ?? 1) > 0);
  // A heading whose choices are all hidden goes too.
  return shown.filter((option) => !option.heading || shown.some((child) => child.parent === option.value));
}
