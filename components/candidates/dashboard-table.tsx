"use client";

// The dashboard's table with what only signed-in analysts get: bulk edit of the selected rows.
// A client component because the selection actions are a render function, which a server page cannot pass.
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { CandidatesTable } from "@/components/candidates/candidates-table";
import { ActionButton } from "@/components/watch/action-button";
import { watchAction } from "@/lib/watch/actions";
import type { DashboardPage } from "@/lib/candidates/queries";

// Only editors see it, and only once they select rows: its forms load then, not with every dashboard.
// ssr: false gives it a Suspense boundary of its own; without one, loading it would suspend the whole table.
const BulkEditBar = dynamic(() => import("@/components/workflow/bulk-edit-bar").then((module) => module.BulkEditBar), { ssr: false });

type Props = {
  page: Promise<DashboardPage>;
  viewActions?: ReactNode;
  /** Today's date (YYYY-MM-DD) for the bulk-edit form, given only to users who may edit. */
  bulkEditToday?: string;
  /** Signed-in users may watch the selected rows. */
  canWatch?: boolean;
};

export function DashboardTable({ page, viewActions, bulkEditToday, canWatch = false }: Props) {
  const t = useTranslations("workflow.bulk");
  const selectionActions =
    bulkEditToday || canWatch
      ? (selectedIds: number[]) => (
          <div className="space-y-2">
            {canWatch && selectedIds.length > 0 ? (
              <ActionButton
                key={selectedIds.join(",")}
                action={watchAction}
                fields={{ candidateIds: selectedIds.join(",") }}
                label={t("watchSelected", { count: selectedIds.length })}
                testId="watch-selected"
              />
            ) : null}
            {bulkEditToday ? <BulkEditBar selectedIds={selectedIds} today={bulkEditToday} /> : null}
          </div>
        )
      : undefined;
  return <CandidatesTable page={page} viewActions={viewActions} selectionActions={selectionActions} />;
}
