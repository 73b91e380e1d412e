// /changes: what changed in what I watch, newest first, grouped by candidate; filter by kind and day; mark all read.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionButton } from "@/components/watch/action-button";
import { ChangeCard } from "@/components/watch/change-card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { markAllReadAction } from "@/lib/watch/actions";
import { findReadAt, findWatchedChanges, groupByCandidate, parseChangesFilter, type ChangesFilter } from "@/lib/watch/changes";
import { CHANGE_KINDS } from "@/lib/watch/kinds";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Changes" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const KIND_LABEL: Record<string, string> = { stage: "Stage", application: "Application status", designation: "Designation", reimbursement: "Reimbursement", record: "Other fields" };

export default async function ChangesPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/changes");
  const raw = await searchParams;
  const params = new URLSearchParams(Object.entries(raw).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : Array.isArray(value) ? value.map((v) => [key, v]) : [])));
  let filter: ChangesFilter;
  let notice: string | null = null;
  try {
    filter = parseChangesFilter(params);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    notice = error.message;
    filter = parseChangesFilter(new URLSearchParams());
  }
  const [changes, readAt] = await Promise.all([findWatchedChanges(user.id, filter), findReadAt(user.id)]);
  const groups = groupByCandidate(changes);
  const unread = (at: string) => !readAt || new Date(at) > readAt;
  const kindValue = filter.kinds.join(",");
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-xl font-semibold">Changes to what you watch</h1>
        <div className="flex items-center gap-3 text-sm">
          <Link href="/watching" className="text-blue-700 hover:underline">
            What I watch
          </Link>
          <Link href="/digest" className="text-blue-700 hover:underline">
            Daily digest
          </Link>
          <ActionButton action={markAllReadAction} label="Mark all read" testId="mark-all-read" />
        </div>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="changes-filter">
        <label className="flex flex-col">
          <span className="text-slate-600">Kind</span>
          <select name="kind" defaultValue={kindValue} className="rounded border border-slate-300 px-2 py-1">
            <option value="">Every kind</option>
            {CHANGE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABEL[kind]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          <span className="text-slate-600">From (UTC day)</span>
          <input type="date" name="from" defaultValue={filter.from?.toISOString().slice(0, 10)} className="rounded border border-slate-300 px-2 py-1" />
        </label>
        <label className="flex flex-col">
          <span className="text-slate-600">To</span>
          <input type="date" name="to" defaultValue={filter.to?.toISOString().slice(0, 10)} className="rounded border border-slate-300 px-2 py-1" />
        </label>
        <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1">
          Filter
        </button>
        <Link href="/changes" className="text-blue-700 hover:underline">
          Clear
        </Link>
      </form>
      {notice ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Filter ignored: {notice}
        </p>
      ) : null}
      {groups.length === 0 ? (
        <p className="text-sm text-slate-600" data-testid="no-changes">
          No changes{filter.kinds.length || filter.from || filter.to ? " match this filter" : " yet"}. Watch candidates (their page) or saved views (<Link href="/watching" className="text-blue-700 hover:underline">Watching</Link>) to see what changes in them here.
        </p>
      ) : (
        <div className="space-y-5">
          {groups.map((group) => (
            <section key={group.candidate.id} className="space-y-2" data-testid="change-group">
              <h2 className="font-semibold">
                <Link href={`/candidates/${group.candidate.id}`} className="text-blue-800 hover:underline">
                  {group.candidate.name}
                </Link>
                <span className="ml-2 text-sm font-normal text-slate-500">
                  {group.changes.length} change{group.changes.length === 1 ? "" : "s"}
                </span>
              </h2>
              <ul className="space-y-2">
                {group.changes.map((change) => (
                  <ChangeCard key={change.id} change={change} unread={unread(change.at)} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
