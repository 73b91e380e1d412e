// The features every data table of the app registers, declared once so their types flow into column
// helpers, rows and the generic data-table components. Tables here are server-driven: sorting and
// pagination state is registered but no client row model is (the server sends the page, in order).
import {
  columnOrderingFeature,
  columnVisibilityFeature,
  metaHelper,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  type Column,
  type Row,
} from "@tanstack/react-table";
import type { ReactTable } from "@tanstack/react-table";

/** A filter the toolbar offers for a column's data; `param` names its URL parameter. */
export type DataTableFilterDefinition =
  | {
      variant: "multiSelect";
      param: string;
      label: string;
      /** Fixed choices (e.g. an enum) in display order. */
      options?: readonly DataTableFilterOption[];
      /** Choices come from the server's facet counts (open-ended values such as sponsors). */
      optionsFromFacet?: boolean;
    }
  | { variant: "boolean"; param: string; label: string; trueLabel: string; falseLabel: string }
  | { variant: "dateRange"; fromParam: string; toParam: string; label: string };

/**
 * `parent` nests a choice under another (a designation state under its type); nested choices with no
 * match are hidden unless selected. A `heading` groups choices without being selectable itself.
 */
export type DataTableFilterOption = {
  value: string;
  label: string;
  /** Shown after the label, greyed ("any state"). */
  hint?: string;
  parent?: string;
  title?: string;
  heading?: boolean;
};

export type DataTableColumnMeta = {
  /** The column's name in menus (headers may be richer). */
  label: string;
  /** Filters over this column's data, shown in the toolbar in column order. */
  filters?: readonly DataTableFilterDefinition[];
  /** Extra classes for the column's cells. */
  className?: string;
  /** Stays in view while the table scrolls sideways inside its frame (the row's name on a phone). */
  sticky?: boolean;
};

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  rowSelectionFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;
export type DataTable<TData extends object> = ReactTable<DataTableFeatures, TData>;
export type DataTableColumn<TData extends object, TValue = unknown> = Column<DataTableFeatures, TData, TValue>;
export type DataTableRow<TData extends object> = Row<DataTableFeatures, TData>;
