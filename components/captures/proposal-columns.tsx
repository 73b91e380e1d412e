"use client";

// The review table's columns: the row's line in the source, the record, the candidate (linked), the outcome
// and status, before -> after with the proposal's message, and the analyst's decision.
import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { dataTableFeatures } from "@/components/data-table/data-table-features";
import { MixedDataText, TextWithData } from "@/components/ui/bilingual-name";
import { isUndecided } from "@/lib/captures/proposal";
import type { ChangedField } from "@/lib/captures/proposal-fields";
import type { ProposalForReview } from "@/lib/captures/proposal-messages";
import type { CaptureDetail } from "@/lib/captures/store";

/** A proposal said in the page's language on the server (lib/captures/proposal-messages.ts proposalForReview). */
export type ProposalRow = ProposalForReview<CaptureDetail["proposals"][number]>;
export type Decision = "accept" | "reject";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const columnHelper = createColumnHelper<typeof dataTableFeatures, ProposalRow>();

const OUTCOME_STYLE: Record<string, string> = {
  UNCHANGED: "bg-slate-50 text-slate-600 border-slate-300",
  CONFLICT: "bg-rose-50 text-rose-900 border-rose-300",
  NEW_CANDIDATE: "bg-violet-50 text-violet-900 border-violet-300",
};

function BeforeAfter({ changes, fieldLabel }: { changes: readonly ChangedField[]; fieldLabel: (label: string) => string }) {
  if (changes.length === 0) return null;
  return (
    <ul className="space-y-0.5">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="font-medium">{fieldLabel(change.label)}</span> <del className="text-slate-500">{change.before}</del> → <ins className="no-underline">{change.after}</ins>
        </li>
      ))}
    </ul>
  );
}

export type ColumnText = {
  line: string;
  record: string;
  candidate: string;
  outcome: string;
  change: string;
  /** A field's name before its values: "Status:", "状态：". */
  field: (label: string) => string;
  decision: string;
  accept: string;
  reject: string;
  suggestions: string;
  confirm: (name: string) => string;
  addCandidate: string;
  outcomeLabel: (outcome: string) => string;
  statusLabel: (status: string) => string;
};


/** The new-candidate form, prefilled from the row (its name and company), for a "new candidate needed" row. */
function newCandidateHref(captureId: number, proposal: ProposalRow): string {
  const cells = proposal.cells as Record<string, string>;
  const query = new URLSearchParams({ fromCapture: String(captureId) });
  const prefill = (proposal.after ?? {}) as Record<string, Json>;
  if (typeof prefill.nameZh === "string" && prefill.nameZh) query.set("nameZh", prefill.nameZh);
  else if (cells.drugName) query.set("nameZh", cells.drugName);
  if (cells.company) query.set("company", cells.company);
  return `/candidates/new?${query}`;
}

export function proposalColumns(
  text: ColumnText,
  captureId: number,
  decisions: Record<number, Decision>,
  onDecide: (id: number, decision: Decision | null) => void,
  onConfirm: (proposalId: number, candidateId: number) => void,
) {
  return columnHelper.columns([
    columnHelper.accessor("line", { header: text.line, meta: { label: text.line, className: "tabular-nums" } }),
    columnHelper.accessor("acceptanceNumber", {
      header: text.record,
      meta: { label: text.record },
      cell: ({ row }) => <span className="font-mono text-xs">{row.original.acceptanceNumber ?? String((row.original.cells as Record<string, string>).drugName ?? "")}</span>,
    }),
    columnHelper.accessor("candidateName", {
      header: text.candidate,
      meta: { label: text.candidate },
      cell: ({ row }) =>
        row.original.candidateId ? (
          <Link href={`/candidates/${row.original.candidateId}`} className="text-blue-700 underline">
            <MixedDataText text={row.original.candidateName ?? ""} />
          </Link>
        ) : (
          <span className="text-slate-500">{String((row.original.cells as Record<string, string>).drugName ?? "—")}</span>
        ),
    }),
    columnHelper.accessor("outcome", {
      header: text.outcome,
      meta: { label: text.outcome },
      cell: ({ row }) => (
        <div className="space-y-1">
          <span className={`inline-block rounded border px-1.5 text-xs ${OUTCOME_STYLE[row.original.outcome] ?? "bg-sky-50 text-sky-900 border-sky-300"}`} data-testid="proposal-outcome">
            {text.outcomeLabel(row.original.outcome)}
          </span>
          <span className="block text-xs text-slate-600" data-testid="proposal-status">
            {text.statusLabel(row.original.status)}
          </span>
        </div>
      ),
    }),
    columnHelper.display({
      id: "change",
      header: text.change,
      meta: { label: text.change, className: "max-w-xl" },
      cell: ({ row }) => {
        const suggestions = row.original.suggestions;
        return (
          <div className="space-y-1">
            <BeforeAfter changes={row.original.changes} fieldLabel={text.field} />
            <p className={row.original.status === "REFUSED" ? "text-rose-800" : "text-slate-700"} data-testid="proposal-message">
              {row.original.rule ? <code className="mr-1 text-xs">{row.original.rule}</code> : null}
              <span lang={row.original.messageLang}>
                <TextWithData text={row.original.message} data={row.original.messageData} />
              </span>
            </p>
            {suggestions.length > 0 ? (
              <div className="text-xs text-slate-600">
                {text.suggestions}:
                <ul className="mt-0.5 space-y-0.5">
                  {suggestions.map((suggestion) => (
                    <li key={suggestion.candidateId} className="flex flex-wrap items-center gap-1.5">
                      <Link href={`/candidates/${suggestion.candidateId}`} className="text-blue-700 underline" title={suggestion.why}>
                        {suggestion.name}
                      </Link>
                      {isUndecided(row.original.status) ? (
                        <button
                          type="button"
                          className="rounded border border-slate-300 bg-white px-1.5 py-0.5 hover:bg-slate-100"
                          onClick={() => onConfirm(row.original.id, suggestion.candidateId)}
                          data-testid="confirm-match"
                        >
                          {text.confirm(suggestion.name)}
                        </button>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {row.original.outcome === "NEW_CANDIDATE" && isUndecided(row.original.status) ? (
              <Link href={newCandidateHref(captureId, row.original)} className="inline-block text-xs text-blue-700 underline" data-testid="add-candidate">
                {text.addCandidate}
              </Link>
            ) : null}
          </div>
        );
      },
    }),
    columnHelper.display({
      id: "decision",
      header: text.decision,
      meta: { label: text.decision },
      cell: ({ row }) => {
        const proposal = row.original;
        const canAccept = proposal.status === "PROPOSED";
        const canReject = isUndecided(proposal.status);
        if (!canReject) return null;
        const decision = decisions[proposal.id];
        const button = (active: boolean) => `rounded border px-2 py-0.5 text-xs ${active ? "border-blue-700 bg-blue-700 text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`;
        return (
          <div className="flex gap-1" role="group" aria-label={text.decision}>
            {canAccept ? (
              <button type="button" className={button(decision === "accept")} aria-pressed={decision === "accept"} onClick={() => onDecide(proposal.id, decision === "accept" ? null : "accept")}>
                {text.accept}
              </button>
            ) : null}
            <button type="button" className={button(decision === "reject")} aria-pressed={decision === "reject"} onClick={() => onDecide(proposal.id, decision === "reject" ? null : "reject")}>
              {text.reject}
            </button>
          </div>
        );
      },
    }),
  ]);
}
