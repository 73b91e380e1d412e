"use client";

// The review screen's table: filter the proposals (outcome, status, candidate, record), accept or reject each,
// accept every valid one, and apply the decisions in one request; the page then shows what was applied.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { functionalUpdate, useTable, type PaginationState, type Updater } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableFeatures } from "@/components/data-table/data-table-features";
import { proposalColumns, type Decision, type ProposalRow } from "@/components/captures/proposal-columns";

const PAGE_SIZES = [50, 100, 500] as const;

type Filters = { outcome: string; status: string; candidate: string; record: string };

function outcomeKey(proposal: ProposalRow): string {
  return proposal.status === "REFUSED" ? "REFUSED" : proposal.outcome;
}

export function ProposalsReview({ captureId, proposals }: { captureId: number; proposals: ProposalRow[] }) {
  const t = useTranslations("captures");
  const router = useRouter();
  const [filters, setFilters] = useState<Filters>({ outcome: "", status: "", candidate: "", record: "" });
  const [decisions, setDecisions] = useState<Record<number, Decision>>({});
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: 100 });
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const filtered = useMemo(
    () =>
      proposals.filter(
        (proposal) =>
          (!filters.outcome || outcomeKey(proposal) === filters.outcome) &&
          (!filters.status || proposal.status === filters.status) &&
          (!filters.candidate || String(proposal.candidateId ?? "") === filters.candidate) &&
          (!filters.record || (proposal.entityType ?? "none") === filters.record),
      ),
    [proposals, filters],
  );
  const page = filtered.slice(pagination.pageIndex * pagination.pageSize, (pagination.pageIndex + 1) * pagination.pageSize);

  const onDecide = (id: number, decision: Decision | null) =>
    setDecisions((current) => {
      const next = { ...current };
      if (decision) next[id] = decision;
      else delete next[id];
      return next;
    });
  const columns = proposalColumns(
    {
      line: t("review.line"),
      record: t("review.record"),
      candidate: t("review.candidate"),
      outcome: t("review.outcome"),
      change: t("review.change"),
      field: (label) => t("review.field", { label }),
      decision: t("review.decision"),
      accept: t("review.accept"),
      reject: t("review.reject"),
      suggestions: t("review.suggestions"),
      confirm: (name) => t("review.confirmMatch", { name }),
      addCandidate: t("review.addCandidate"),
      outcomeLabel: (outcome) => t(`outcome.${outcome}`),
      statusLabel: (status) => t(`status.${status}`),
    },
    captureId,
    decisions,
    onDecide,
    (proposalId, candidateId) => void post(`/api/captures/${captureId}/matches`, { proposalId, candidateId }, (body) => t("review.matched", { proposals: body.rediffed })),
  );
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: page,
    getRowId: (row: ProposalRow) => String(row.id),
    manualPagination: true,
    rowCount: filtered.length,
    state: { pagination },
    onPaginationChange: (updater: Updater<PaginationState>) => setPagination((current) => functionalUpdate(updater, current)),
  });

  const setFilter = (key: keyof Filters, value: string) => {
    setFilters((current) => ({ ...current, [key]: value }));
    setPagination((current) => ({ ...current, pageIndex: 0 }));
  };
  const count = (key: (proposal: ProposalRow) => string, value: string) => proposals.filter((proposal) => key(proposal) === value).length;
  const outcomes = [...new Set(proposals.map(outcomeKey))];
  const statuses = [...new Set(proposals.map((proposal) => proposal.status))];
  const candidates = [...new Map(proposals.filter((p) => p.candidateId).map((p) => [String(p.candidateId), p.candidateName ?? String(p.candidateId)])).entries()];
  const records = [...new Set(proposals.map((proposal) => proposal.entityType ?? "none"))];
  const accepted = Object.entries(decisions).filter(([, decision]) => decision === "accept").map(([id]) => Number(id));
  const rejected = Object.entries(decisions).filter(([, decision]) => decision === "reject").map(([id]) => Number(id));

  /** Posts to the capture's API; on success shows `done(body)` and reloads the proposals. */
  async function post(url: string, payload: unknown, done: (body: { rediffed: number }) => string) {
    setError(null);
    setResult(null);
    setPending(true);
    try {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) });
      const body = await response.json();
      if (!response.ok) {
        setError(body.error ?? `HTTP ${response.status}`);
        return;
      }
      setResult(done(body));
      setDecisions({});
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  async function onApply() {
    setError(null);
    setResult(null);
    if (accepted.length + rejected.length === 0) {
      setError(t("review.nothingChosen"));
      return;
    }
    setPending(true);
    try {
      const response = await fetch(`/api/captures/${captureId}/apply`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ accept: accepted, reject: rejected }),
      });
      const body = await response.json();
      if (!response.ok) {
        setError(body.error ?? `HTTP ${response.status}`);
        return;
      }
      setResult(t("review.result", { applied: body.applied.length, stale: body.stale.length, refused: body.refused.length, rejected: body.rejected.length }));
      setDecisions({});
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  const select = "rounded border border-slate-300 bg-white px-1.5 py-1 text-sm";
  return (
    <DataTable table={table} pageSizeOptions={PAGE_SIZES} noun={t("review.noun")} emptyMessage={t("review.noProposals")} pending={pending} testId="proposals">
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t("review.filters")}>
        <select aria-label={t("review.outcome")} className={select} value={filters.outcome} onChange={(event) => setFilter("outcome", event.target.value)} data-testid="filter-outcome">
          <option value="">{t("review.allOutcomes")}</option>
          {outcomes.map((outcome) => (
            <option key={outcome} value={outcome}>
              {t(`outcome.${outcome}`)} ({count(outcomeKey, outcome)})
            </option>
          ))}
        </select>
        <select aria-label={t("review.decision")} className={select} value={filters.status} onChange={(event) => setFilter("status", event.target.value)}>
          <option value="">{t("review.allStatuses")}</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)} ({count((proposal) => proposal.status, status)})
            </option>
          ))}
        </select>
        <select aria-label={t("review.candidate")} className={select} value={filters.candidate} onChange={(event) => setFilter("candidate", event.target.value)}>
          <option value="">{t("review.allCandidates")}</option>
          {candidates.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
        <select aria-label={t("review.record")} className={select} value={filters.record} onChange={(event) => setFilter("record", event.target.value)}>
          <option value="">{t("review.allRecords")}</option>
          {records.map((record) => (
            <option key={record} value={record}>
              {t(`review.recordKinds.${record}`)}
            </option>
          ))}
        </select>
        <span className="grow" />
        <button
          type="button"
          className="rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-100"
          onClick={() => setDecisions((current) => ({ ...current, ...Object.fromEntries(proposals.filter((p) => p.status === "PROPOSED").map((p) => [p.id, "accept" as const])) }))}
        >
          {t("review.acceptAllValid")}
        </button>
        <button type="button" className="rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-100" onClick={() => setDecisions({})}>
          {t("review.clear")}
        </button>
        <button
          type="button"
          disabled={pending}
          className="rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50"
          title={t("review.rediffHint")}
          onClick={() => void post(`/api/captures/${captureId}/rediff`, {}, (body) => t("review.rediffed", { proposals: body.rediffed }))}
          data-testid="rediff"
        >
          {t("review.rediff")}
        </button>
        <button type="button" disabled={pending} onClick={onApply} className="rounded bg-blue-700 px-3 py-1 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-50" data-testid="apply">
          {pending ? t("review.applying") : t("review.apply", { accepted: accepted.length, rejected: rejected.length })}
        </button>
      </div>
      {error ? (
        <p role="alert" className="whitespace-pre-line rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
          {error}
        </p>
      ) : null}
      {result ? (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="apply-result">
          {result}
        </p>
      ) : null}
    </DataTable>
  );
}
