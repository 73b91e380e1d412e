// One change as /changes and the digest show it: when, who, through which channel, each field before → after,
// the reason and the evidence.
import type { ChangeBody } from "@/lib/watch/change-body";
import { describeFieldChanges } from "@/lib/watch/change-body";

const KIND_LABEL: Record<string, string> = { stage: "Stage", application: "Application", designation: "Designation", reimbursement: "Reimbursement", record: "Record" };

export function ChangeCard({ change, unread }: { change: ChangeBody; unread?: boolean }) {
  return (
    <li className={`space-y-1 rounded border px-3 py-2 text-sm ${unread ? "border-blue-300 bg-blue-50" : "border-slate-200 bg-white"}`} data-testid="change-item">
      <div className="flex flex-wrap items-baseline gap-2 text-slate-600">
        <time dateTime={change.at}>{change.at.slice(0, 16).replace("T", " ")} UTC</time>
        <span>· {change.actor}</span>
        <span className="rounded bg-slate-100 px-1 text-xs">{change.channel}</span>
        {change.kinds.map((kind) => (
          <span key={kind} className="rounded bg-indigo-50 px-1 text-xs text-indigo-800">
            {KIND_LABEL[kind] ?? kind}
          </span>
        ))}
        {unread ? <span className="text-xs font-semibold text-blue-700">new</span> : null}
      </div>
      <ul className="list-disc pl-5 text-slate-900">
        {describeFieldChanges(change).map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      <p className="text-slate-700">
        <span className="text-slate-500">Reason:</span> {change.reason}
        {change.effectiveDate ? <span className="text-slate-500"> · effective {change.effectiveDate}</span> : null}
      </p>
      <p className="text-slate-700">
        <span className="text-slate-500">Evidence:</span>{" "}
        {change.evidenceUrl ? (
          <a href={change.evidenceUrl} className="break-all text-blue-700 hover:underline" rel="noreferrer noopener" target="_blank">
            {change.evidenceUrl}
          </a>
        ) : (
          "none given"
        )}
      </p>
    </li>
  );
}
