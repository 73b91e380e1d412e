// The candidate's History tab: every recorded change to the candidate and its records, newest first.
import Link from "next/link";
import { describeEntities, findCandidateHistory } from "@/lib/audit/queries";
import { ChangeList } from "@/components/workflow/change-list";

export async function CandidateHistory({ candidateId }: { candidateId: number }) {
  const { groups, truncated } = await findCandidateHistory(candidateId);
  const descriptions = await describeEntities(groups);
  return (
    <div className="space-y-2">
      <ChangeList groups={groups} descriptions={descriptions} testId="history" />
      {truncated ? (
        <p className="text-sm text-slate-600">
          Older changes are in the <Link href="/activity" className="text-blue-700 underline">activity log</Link>.
        </p>
      ) : null}
    </div>
  );
}
