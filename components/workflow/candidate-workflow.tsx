// The candidate page's History section: every recorded change, for everyone. Changes are made from each
// record's own actions (record-actions.tsx), not from a list here.
import { getTranslations } from "@/lib/i18n/server-translations";
import { CandidateHistory } from "@/components/workflow/history";

export async function CandidateWorkflow({ candidateId }: { candidateId: number }) {
  const t = await getTranslations("candidateOverview.sections");
  return (
    <section id="history" aria-labelledby="history-heading" className="scroll-mt-14 space-y-2" data-testid="candidate-workflow">
      <h2 id="history-heading" className="text-lg font-semibold">
        {t("history")}
      </h2>
      <CandidateHistory candidateId={candidateId} />
    </section>
  );
}
