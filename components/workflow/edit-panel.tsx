// "Record a change" on the candidate page (analysts and administrators only): each record with its current
// state and the forms that change it. Every form carries the version the record was loaded at.
import type { ReactNode } from "react";
import type { CandidateDetail } from "@/lib/candidates/queries";
import { EnumLabel } from "@/components/ui/enum-label";
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
  return (
    <div className="space-y-4" data-testid="edit-panel">
      <div className="space-y-2">
        <Disclosure summary="Edit candidate fields">
          <CandidateFieldsForm candidate={candidate} context={context} />
        </Disclosure>
        <Disclosure summary="Add a programme">
          <CreateProgramForm candidateId={candidate.id} context={context} />
        </Disclosure>
      </div>
      {candidate.programs.map((program) => (
        <section key={program.id} className="space-y-2" data-testid="edit-program">
          <h3 className="font-medium">
            {program.indicationEn} · <EnumLabel vocabulary="ProgramStage" value={program.currentStage} />
          </h3>
          <Disclosure summary="Record a stage reached">
            <StageEventForm program={program} today={today} />
          </Disclosure>
          <Disclosure summary="Edit programme fields">
            <ProgramFieldsForm program={program} context={context} />
          </Disclosure>
          {program.applications.map((application) => (
            <div key={application.id} className="space-y-1">
              <Disclosure
                testId={`edit-application-${application.id}`}
                summary={
                  <>
                    Application <span className="font-mono">{application.acceptanceNumber}</span>:{" "}
                    <EnumLabel vocabulary="ApplicationStatus" value={application.status} /> — change status
                  </>
                }
              >
                <ApplicationStatusForm application={application} today={today} />
              </Disclosure>
              <Disclosure summary={<>Edit the fields of {application.acceptanceNumber}</>}>
                <ApplicationFieldsForm application={application} context={context} />
              </Disclosure>
            </div>
          ))}
          {program.designations.map((designation) => (
            <Disclosure
              key={designation.id}
              testId={`edit-designation-${designation.id}`}
              summary={
                <>
                  <EnumLabel vocabulary="DesignationType" value={designation.type} />:{" "}
                  <span data-testid="designation-state">
                    <EnumLabel vocabulary="DesignationState" value={designation.state} />
                  </span>{" "}
                  — change state
                </>
              }
            >
              <DesignationStateForm designation={designation} today={today} />
            </Disclosure>
          ))}
          {program.reimbursements.map((listing) => (
            <Disclosure
              key={listing.id}
              testId={`edit-listing-${listing.id}`}
              summary={
                <>
                  <EnumLabel vocabulary="ReimbursementList" value={listing.list} /> {listing.listYear}:{" "}
                  <EnumLabel vocabulary="ReimbursementState" value={listing.state} /> — change state
                </>
              }
            >
              <ReimbursementStateForm listing={listing} today={today} />
            </Disclosure>
          ))}
          <Disclosure summary="Record an application (受理号)">
            <CreateApplicationForm program={program} context={context} />
          </Disclosure>
          <Disclosure summary="Open an expedited-programme designation">
            <CreateDesignationForm program={program} today={today} />
          </Disclosure>
        </section>
      ))}
    </div>
  );
}
