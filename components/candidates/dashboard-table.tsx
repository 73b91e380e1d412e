"use client";

// The dashboard's table with what only signed-in analysts get: bulk edit of the selected rows.
// A client component because the selection actions are a render function, which a server page cannot pass.
import type { ReactNode } from "react";
import { CandidatesTable } from "@/components/candidates/candidates-table";
import { BulkEditBar } from "@/components/workflow/bulk-edit-bar";
import type { DashboardPage } from "@/lib/candidates/queries";

type Props = {
  page: Promise<DashboardPage>;
  viewActions?: ReactNode;
  /** Today's date (YYYY-MM-DD) for the bulk-edit form, given only to users who may edit. */
  bulkEditToday?: string;
};

export function DashboardTable({ page, viewActions, bulkEditToday }: Props) {
  return (
    <CandidatesTable
      page={page}
      viewActions={viewActions}
      selectionActions={bulkEditToday ? (selectedIds) => <BulkEditBar selectedIds={selectedIds} today={bulkEditToday} /> : undefined}
    />
  );
}
