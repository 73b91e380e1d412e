"use client";

// The dashboard table: the server's page (streamed as a promise) bound to the URL by useCandidatesTable,
// with the toolbar declared by the columns' meta, the selection bar, pagination and the export slot.
import { useTranslations } from "next-intl";
import { use, type ReactNode } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectionBar } from "@/components/data-table/data-table-selection-bar";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { CandidatesExportSlot } from "@/components/candidates/candidates-export-slot";
import { useCandidatesTable } from "@/components/candidates/use-candidates-table";
import type { DashboardPage } from "@/lib/candidates/queries";
import { PER_PAGE_OPTIONS } from "@/lib/search-params";

type Props = {
  page: Promise<DashboardPage>;
  /** Actions on the selected candidates (e.g. a bulk edit), shown while rows are selected. */
  selectionActions?: (selectedIds: number[]) => ReactNode;
  /** View-level actions in the toolbar (saved views). */
  viewActions?: ReactNode;
};

export function CandidatesTable({ page, selectionActions, viewActions }: Props) {
  const t = useTranslations("dashboard");
  const { table, filters, search, isPending } = useCandidatesTable(use(page));
  return (
    <DataTable
      table={table}
      testId="candidates-table"
      noun={t("noun")}
      pageSizeOptions={PER_PAGE_OPTIONS}
      pending={isPending}
      emptyMessage={filters.isFiltered ? t("emptyFiltered") : t("empty")}
      selectionBar={
        <DataTableSelectionBar
          table={table}
          noun={t("noun")}
          actions={selectionActions ? (ids) => selectionActions(ids.map(Number)) : undefined}
        />
      }
    >
      <DataTableToolbar
        table={table}
        filters={filters}
        search={{ ...search, label: t("searchLabel"), placeholder: t("searchPlaceholder") }}
        viewActions={viewActions}
        exportSlot={<CandidatesExportSlot />}
      />
    </DataTable>
  );
}
