"use client";

// Bulk edit for the dashboard's selected rows: one designation change (type, target state, effective date,
// other dates, one reason and evidence) applied to every selected candidate. Each row is validated and
// committed on its own; the answer lists which succeeded and why the others were refused.
import { useState } from "react";
import { bulkChangeDesignationStateAction } from "@/lib/designations/actions";
import type { BulkResult } from "@/lib/designations/bulk";
import type { ActionState } from "@/lib/auth/action-state";
import { ENUMS, labelOf } from "@/lib/domain/vocabulary";
import { ActionForm, type Option } from "@/components/workflow/action-form";

const options = (name: "DesignationType" | "DesignationState"): Option[] =>
  Object.values(ENUMS[name]).map((value) => ({ value, label: labelOf(name, value) }));

export function BulkEditBar({ selectedIds, today }: { selectedIds: number[]; today: string }) {
  const [open, setOpen] = useState(false);
  if (selectedIds.length === 0) return null;
  return (
    <div className="space-y-3 rounded-md border border-blue-200 bg-blue-50 p-3" data-testid="bulk-edit-bar">
      <div className="flex items-center gap-3 text-sm">
        <span>
          {selectedIds.length} candidate{selectedIds.length === 1 ? "" : "s"} selected
        </span>
        <button type="button" onClick={() => setOpen(!open)} className="rounded border border-blue-300 bg-white px-2 py-1 text-blue-800">
          {open ? "Close bulk edit" : "Change a designation…"}
        </button>
      </div>
      {open ? (
        <div className="max-w-xl">
          <ActionForm
            action={bulkChangeDesignationStateAction}
            today={today}
            submitLabel={`Apply to ${selectedIds.length} candidate${selectedIds.length === 1 ? "" : "s"}`}
            testId="bulk-edit-form"
            renderResult={(state) => <BulkResultTable state={state} />}
            fields={[
              { kind: "hidden", name: "candidateIds", value: selectedIds.join(",") },
              { kind: "select", name: "type", label: "Programme", options: options("DesignationType"), required: true },
              { kind: "select", name: "to", label: "New state", options: options("DesignationState"), required: true, hint: "Checked per candidate against its designation's current state." },
              { kind: "partialDate", name: "publicityEndDate", label: "Publicity end (if publicised)" },
              { kind: "partialDate", name: "obligationDeadline", label: "Obligation deadline (conditional approval)" },
              { kind: "text", name: "terminationReason", label: "Termination reason (to terminate or revoke)" },
            ]}
          />
        </div>
      ) : null}
    </div>
  );
}

function BulkResultTable({ state }: { state: ActionState }) {
  const result = state.status === "success" ? (state.details as BulkResult | undefined) : undefined;
  if (!result) return null;
  return (
    <table className="w-full text-sm" data-testid="bulk-result">
      <caption className="text-left font-medium">
        {result.succeeded} updated, {result.failed} refused
      </caption>
      <tbody>
        {result.rows.map((row) => (
          <tr key={row.candidateId} className="border-t border-blue-100 align-top" data-testid={row.ok ? "bulk-ok" : "bulk-refused"}>
            <td className="py-1 pr-3">{row.name}</td>
            <td className={`whitespace-pre-line py-1 ${row.ok ? "text-emerald-800" : "text-rose-800"}`}>{row.ok ? row.summary : row.error}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
