// The candidate page's History section: every recorded change to the candidate and its records, newest first.
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { dataLangOf } from "@/lib/i18n/config";
import Link from "next/link";
import { describeEntities, findCandidateHistory } from "@/lib/audit/queries";
import { ChangeList } from "@/components/workflow/change-list";

export async function CandidateHistory({ candidateId }: { candidateId: number }) {
  const [{ groups, truncated }, t] = await Promise.all([findCandidateHistory(candidateId), getTranslations("history")]);
  const descriptions = await describeEntities(groups, dataLangOf(await getLocale()));
  return (
    <div className="space-y-2">
      <ChangeList groups={groups} descriptions={descriptions} testId="history" />
      {truncated ? (
        <p className="text-sm text-slate-600">
          {t.rich("older", { link: (chunks) => <Link href="/activity" className="text-blue-700 underline">{chunks}</Link> })}
        </p>
      ) : null}
    </div>
  );
}
