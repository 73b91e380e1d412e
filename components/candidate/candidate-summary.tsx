// The candidate page's first screen: where the candidate stands (lead stage, the most urgent running review
// clock, designations, reimbursement) and what moved last, with its date and source.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { StepText } from "@/components/candidate/chronology-item";
import { ApplicationReviewClock } from "@/components/timeline/application-review-clock";
import { EnumLabel } from "@/components/ui/enum-label";
import { PartialDate } from "@/components/ui/partial-date";
import { SourceLink } from "@/components/ui/source-link";
import type { ChronologyEntry } from "@/lib/candidates/chronology";
import type { CandidateDetail } from "@/lib/candidates/queries";
import { pickMostUrgentClock, summarizeApplicationClock } from "@/lib/domain/application-clock";
import type { WorkingCalendar } from "@/lib/domain/china-calendar";

type Props = { candidate: CandidateDetail; lastChange: ChronologyEntry | null; today: Date; calendar: WorkingCalendar };

function Item({ label, children, testId, wide = false }: { label: string; children: ReactNode; testId?: string; wide?: boolean }) {
  return (
    <div className={`min-w-0 rounded-md border border-slate-200 bg-white px-3 py-2 ${wide ? "col-span-2 lg:col-span-1" : ""}`} data-testid={testId}>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm">{children}</dd>
    </div>
  );
}

export function CandidateSummary({ candidate, lastChange, today, calendar }: Props) {
  const t = useTranslations("candidateOverview");
  const tLast = useTranslations("lastChange");
  const applications = candidate.programs.flatMap((program) => program.applications);
  const clock = pickMostUrgentClock(applications.map((application) => summarizeApplicationClock(application, today, calendar)));
  const clocked = clock ? applications.find((application) => application.id === clock.applicationId) : undefined;
  const designations = candidate.programs.flatMap((program) => program.designations);
  const listings = candidate.programs.flatMap((program) => program.reimbursements);
  const none = <span className="text-slate-500">{t("none")}</span>;
  return (
    <dl className="grid grid-cols-2 gap-2 lg:grid-cols-3 xl:grid-cols-5" data-testid="candidate-summary">
      <Item label={t("stage")}>
        <EnumLabel vocabulary="ProgramStage" value={candidate.leadStage} />
      </Item>
      <Item label={t("reviewClock")}>
        {clocked ? <ApplicationReviewClock application={clocked} today={today} calendar={calendar} /> : <span className="text-slate-500">{t("noReview")}</span>}
      </Item>
      <Item label={t("designations")}>
        {designations.length === 0 ? none : (
          <ul>
            {designations.map((designation) => (
              <li key={designation.id}>
                <EnumLabel vocabulary="DesignationType" value={designation.type} />: <EnumLabel vocabulary="DesignationState" value={designation.state} />
              </li>
            ))}
          </ul>
        )}
      </Item>
      <Item label={t("reimbursement")}>
        {listings.length === 0 ? none : (
          <ul>
            {listings.map((listing) => (
              <li key={listing.id}>
                <EnumLabel vocabulary="ReimbursementList" value={listing.list} /> {listing.listYear}: <EnumLabel vocabulary="ReimbursementState" value={listing.state} />
              </li>
            ))}
          </ul>
        )}
      </Item>
      <Item label={tLast("label")} testId="last-regulatory-change" wide>
        {lastChange ? (
          <>
            <span className="font-medium tabular-nums">
              <PartialDate date={lastChange.date} precision={lastChange.precision} />
            </span>{" "}
            <span className="text-slate-500">{tLast("what", { kind: lastChange.kind })}</span>
            <span className="block">
              <StepText entry={lastChange} />
            </span>
            <SourceLink url={lastChange.sourceUrl} />
          </>
        ) : (
          <span className="text-slate-500">{tLast("none")}</span>
        )}
      </Item>
    </dl>
  );
}
