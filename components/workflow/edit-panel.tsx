// "Record a change" on the candidate page (analysts and administrators only): each record with its current
// state and the forms that change it. Every form carries the version the record was loaded at.
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { CandidateDetail } from "@/lib/candidates/queries";
import { EnumLabel } from "@/components/ui/enum-label";
import { BilingualName } from "@/components/ui/bilingual-name";
import type { Locale } from "@/lib/i18n/config";
import type { Option } from "@/components/workflow/action-form";
import {
  ApplicationFieldsForm,
  ApplicationStatusForm,
  CandidateFieldsForm,
  CreateApplicationForm,
  CreateDesignationForm,
  CreateProgramForm,
  DesignationStateForm,
  ProgramFieldsForm,
  ReimbursementStateForm,
  StageEventForm,
} from "@/components/workflow/record-forms";

function Disclosure({ summary, children, testId }: { summary: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <details className="rounded border border-slate-200 bg-white px-3 py-2" data-testid={testId}>
      <summary className="cursor-pointer text-sm font-medium text-slate-800">{summary}</summary>
      <div className="mt-3 max-w-xl">{children}</div>
    </details>
  );
}

export function EditPanel({ candidate, today, companies }: { candidate: CandidateDetail; today: string; companies: Option[] }) {
  const context = { today, companies };
  const t = useTranslations("workflow.panel");
  const locale = useLocale() as Locale;
  return (
    <div className="space-y-4" data-testid="edit-panel">
      <div className="space-y-2">
        <Disclosure summary={t("editCandidate")}>
          <CandidateFieldsForm candidate={candidate} context={context} />
        </Disclosure>
        <Disclosure summary={t("addProgramme")}>
          <CreateProgramForm candidateId={candidate.id} context={context} />
        </Disclosure>
      </div>
      {candidate.programs.map((program) => (
        <section key={program.id} className="space-y-2" data-testid="edit-program">
          <h3 className="font-medium">
            <BilingualName en={program.indicationEn} zh={program.indicationZh} locale={locale} /> · <EnumLabel vocabulary="ProgramStage" value={program.currentStage} />
          </h3>
          <Disclosure summary={t("recordStage")}>
            <StageEventForm program={program} today={today} />
          </Disclosure>
          <Disclosure summary={t("editProgramme")}>
            <ProgramFieldsForm program={program} context={context} />
          </Disclosure>
          {program.applications.map((application) => (
            <div key={application.id} className="space-y-1">
              <Disclosure
                testId={`edit-application-${application.id}`}
                summary={t.rich("application", {
                  number: application.acceptanceNumber,
                  code: (chunks) => <span className="font-mono">{chunks}</span>,
                  status: () => <EnumLabel vocabulary="ApplicationStatus" value={application.status} />,
                })}
              >
                <ApplicationStatusForm application={application} today={today} />
              </Disclosure>
              <Disclosure summary={t("editApplication", { number: application.acceptanceNumber })}>
                <ApplicationFieldsForm application={application} context={context} />
              </Disclosure>
            </div>
          ))}
          {program.designations.map((designation) => (
            <Disclosure
              key={designation.id}
              testId={`edit-designation-${designation.id}`}
              summary={t.rich("changeState", {
                what: () => <EnumLabel vocabulary="DesignationType" value={designation.type} />,
                state: () => (
                  <span data-testid="designation-state">
                    <EnumLabel vocabulary="DesignationState" value={designation.state} />
                  </span>
                ),
              })}
            >
              <DesignationStateForm designation={designation} today={today} />
            </Disclosure>
          ))}
          {program.reimbursements.map((listing) => (
            <Disclosure
              key={listing.id}
              testId={`edit-listing-${listing.id}`}
              summary={t.rich("listing", {
                year: String(listing.listYear),
                list: () => <EnumLabel vocabulary="ReimbursementList" value={listing.list} />,
                state: () => <EnumLabel vocabulary="ReimbursementState" value={listing.state} />,
              })}
            >
              <ReimbursementStateForm listing={listing} today={today} />
            </Disclosure>
          ))}
          <Disclosure summary={t("recordApplication")}>
            <CreateApplicationForm program={program} context={context} />
          </Disclosure>
          <Disclosure summary={t("openDesignation")}>
            <CreateDesignationForm program={program} today={today} />
          </Disclosure>
        </section>
      ))}
    </div>
  );
}
