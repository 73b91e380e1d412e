// The workflow section of the candidate page: the History tab for everyone, and "Record a change" for
// analysts and administrators only (viewers and anonymous visitors get no edit controls; the server refuses
// their writes anyway).
import { getLocale, getTranslations } from "next-intl/server";
import type { CandidateDetail } from "@/lib/candidates/queries";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";
import { listCompanies } from "@/lib/companies/queries";
import { toDayKey } from "@/lib/domain/calendar-day";
import { chinaToday } from "@/lib/today";
import { companyOptions } from "@/components/workflow/options";
import { EditPanel } from "@/components/workflow/edit-panel";
import { CandidateHistory } from "@/components/workflow/history";
import { WorkflowTabs, type Tab } from "@/components/workflow/workflow-tabs";

export async function CandidateWorkflow({ candidate }: { candidate: CandidateDetail }) {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("history.tabs")]);
  const tabs: Tab[] = [{ id: "history", label: t("history"), content: <CandidateHistory candidateId={candidate.id} /> }];
  if (canEdit(user)) {
    const companies = companyOptions(await listCompanies(), await getLocale());
    tabs.push({ id: "edit", label: t("edit"), content: <EditPanel candidate={candidate} today={toDayKey(chinaToday())} companies={companies} /> });
  }
  return (
    <section aria-label={t("label")} className="space-y-2" data-testid="candidate-workflow">
      <WorkflowTabs tabs={tabs} />
    </section>
  );
}
