// The edit forms of one candidate's records, built from the record as loaded (its version travels in a
// hidden field). Server components: they only describe fields; ActionForm does the rest on the client.
import type { CandidateDetail } from "@/lib/candidates/queries";
import { createApplicationAction, advanceApplicationStatusAction, updateApplicationAction } from "@/lib/applications/actions";
import { DECISIONS_BY_STATUS } from "@/lib/applications/status-change";
import { updateCandidateAction } from "@/lib/candidates/actions";
import { changeDesignationStateAction, createDesignationAction } from "@/lib/designations/actions";
import { allowedNextApplicationStatuses } from "@/lib/domain/application-status";
import { publicityWindowFor } from "@/lib/domain/designation-rules";
import { allowedNextDesignationStates } from "@/lib/domain/designation-state";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { allowedNextReimbursementStates } from "@/lib/domain/reimbursement-state";
import { addStageEventAction, createProgramAction, updateProgramAction } from "@/lib/programs/actions";
import { changeReimbursementStateAction } from "@/lib/reimbursements/actions";
import { ActionForm, CONFIDENCE_OPTIONS, type FieldSpec, type Option } from "@/components/workflow/action-form";
import { vocabularyOptions } from "@/components/workflow/options";

type Program = CandidateDetail["programs"][number];
type Application = Program["applications"][number];
type Designation = Program["designations"][number];
type Listing = Program["reimbursements"][number];
type Context = { today: string; companies: Option[] };

const text = (value: string | null | undefined) => value ?? "";
const dateText = (date: Date | null, precision: string | null) => (date ? formatPartialDate(date, (precision ?? "DAY") as "DAY") : "");
const hidden = (name: string, value: string | number): FieldSpec => ({ kind: "hidden", name, value: String(value) });
const sourceFields = (record: { sourceUrl: string | null; sourceConfidence: string }): FieldSpec[] => [
  { kind: "url", name: "sourceUrl", label: "Source URL", defaultValue: text(record.sourceUrl) },
  { kind: "select", name: "sourceConfidence", label: "Source confidence", options: CONFIDENCE_OPTIONS, defaultValue: record.sourceConfidence },
];

function FinalState({ what }: { what: string }) {
  return <p className="text-sm text-slate-600">{what} is final: no further change is possible.</p>;
}

export function ApplicationStatusForm({ application, today }: { application: Application; today: string }) {
  const next = allowedNextApplicationStatuses(application.status);
  if (next.length === 0) return <FinalState what="This status" />;
  const decisions = [...new Set(Object.values(DECISIONS_BY_STATUS).flat())];
  return (
    <ActionForm
      action={advanceApplicationStatusAction}
      today={today}
      submitLabel="Record status change"
      testId={`application-status-form-${application.id}`}
      fields={[
        hidden("applicationId", application.id),
        hidden("expectedVersion", application.version),
        { kind: "select", name: "to", label: "New status", options: vocabularyOptions("ApplicationStatus", next), required: true },
        { kind: "select", name: "decision", label: "Decision", options: vocabularyOptions("ApplicationDecision", decisions), empty: "(implied by the status)", hint: "Only to record an approval as conditional." },
        { kind: "text", name: "note", label: "Note" },
      ]}
    />
  );
}

export function ApplicationFieldsForm({ application, context }: { application: Application; context: Context }) {
  return (
    <ActionForm
      action={updateApplicationAction}
      today={context.today}
      submitLabel="Save application"
      fields={[
        hidden("applicationId", application.id),
        hidden("expectedVersion", application.version),
        { kind: "text", name: "acceptanceNumber", label: "Acceptance number (受理号)", defaultValue: application.acceptanceNumber, required: true },
        { kind: "select", name: "type", label: "Type", options: vocabularyOptions("ApplicationType"), defaultValue: application.type },
        { kind: "select", name: "applicantId", label: "Applicant", options: context.companies, empty: "—", defaultValue: text(application.applicantId?.toString()) },
        { kind: "partialDate", name: "submittedDate", label: "Submitted", defaultValue: dateText(application.submittedDate, application.submittedPrecision) },
        { kind: "partialDate", name: "acceptanceDate", label: "Accepted (承办日期)", defaultValue: dateText(application.acceptanceDate, application.acceptancePrecision) },
        { kind: "select", name: "reviewTrack", label: "Review track", options: vocabularyOptions("ReviewTrack"), empty: "—", defaultValue: text(application.reviewTrack) },
        { kind: "select", name: "inspectionStatus", label: "Registration inspection", options: vocabularyOptions("ParallelCheckStatus"), defaultValue: application.inspectionStatus },
        { kind: "select", name: "testingStatus", label: "Registration testing", options: vocabularyOptions("ParallelCheckStatus"), defaultValue: application.testingStatus },
        { kind: "text", name: "approvalNumber", label: "Approval number (批准文号)", defaultValue: text(application.approvalNumber) },
        { kind: "textarea", name: "notes", label: "Notes", defaultValue: text(application.notes) },
        ...sourceFields(application),
      ]}
    />
  );
}

export function CreateApplicationForm({ program, context }: { program: Program; context: Context }) {
  return (
    <ActionForm
      action={createApplicationAction}
      today={context.today}
      submitLabel="Record application"
      fields={[
        hidden("programId", program.id),
        { kind: "text", name: "acceptanceNumber", label: "Acceptance number (受理号)", required: true, hint: "e.g. CXHL2500123 or JXHS2400108" },
        { kind: "select", name: "type", label: "Type", options: vocabularyOptions("ApplicationType"), required: true },
        { kind: "select", name: "status", label: "Status", options: vocabularyOptions("ApplicationStatus", ["SUBMITTED", "PENDING_ACCEPTANCE", "ACCEPTED"]), hint: "Later statuses are recorded as status changes." },
        { kind: "select", name: "applicantId", label: "Applicant", options: context.companies, empty: "—" },
        { kind: "partialDate", name: "submittedDate", label: "Submitted" },
        { kind: "partialDate", name: "acceptanceDate", label: "Accepted (承办日期)" },
        { kind: "select", name: "reviewTrack", label: "Review track", options: vocabularyOptions("ReviewTrack"), empty: "—" },
      ]}
    />
  );
}

export function DesignationStateForm({ designation, today }: { designation: Designation; today: string }) {
  const next = allowedNextDesignationStates(designation.type, designation.state);
  if (next.length === 0) return <FinalState what="This designation's state" />;
  const window = publicityWindowFor(designation.type);
  const conditional = designation.type === "CONDITIONAL_APPROVAL";
  const fields: FieldSpec[] = [
    hidden("designationId", designation.id),
    hidden("expectedVersion", designation.version),
    {
      kind: "select",
      name: "to",
      label: "New state",
      options: vocabularyOptions("DesignationState", next),
      required: true,
      hint: "The effective date below becomes the state's own date (requested, publicity start, granted or terminated).",
    },
  ];
  if (window) {
    fields.push({
      kind: "partialDate",
      name: "publicityEndDate",
      label: "Publicity end",
      hint: window.verified ? `Left empty, it is derived: start + ${window.workingDays} working days.` : `UNVERIFIED window (${window.workingDays} WD): give the published end.`,
    });
  }
  if (conditional) {
    fields.push(
      { kind: "partialDate", name: "obligationDeadline", label: "Obligation deadline", defaultValue: dateText(designation.obligationDeadline, designation.obligationPrecision) },
      { kind: "textarea", name: "conditions", label: "Conditions", defaultValue: text(designation.conditions) },
    );
  }
  fields.push({ kind: "text", name: "terminationReason", label: "Termination reason", hint: "Needed to terminate or revoke." });
  return <ActionForm action={changeDesignationStateAction} today={today} submitLabel="Record state change" testId={`designation-state-form-${designation.id}`} fields={fields} />;
}

export function CreateDesignationForm({ program, today }: { program: Program; today: string }) {
  return (
    <ActionForm
      action={createDesignationAction}
      today={today}
      submitLabel="Open designation"
      fields={[
        hidden("programId", program.id),
        { kind: "select", name: "type", label: "Programme", options: vocabularyOptions("DesignationType"), required: true },
        {
          kind: "select",
          name: "applicationId",
          label: "Application",
          options: program.applications.map((application) => ({ value: String(application.id), label: application.acceptanceNumber })),
          empty: "—",
        },
        { kind: "text", name: "cdeRecordId", label: "CDE record id" },
      ]}
    />
  );
}

export function ReimbursementStateForm({ listing, today }: { listing: Listing; today: string }) {
  const next = allowedNextReimbursementStates(listing.state);
  if (next.length === 0) return <FinalState what="This listing's state" />;
  return (
    <ActionForm
      action={changeReimbursementStateAction}
      today={today}
      submitLabel="Record listing change"
      testId={`reimbursement-state-form-${listing.id}`}
      fields={[
        hidden("listingId", listing.id),
        hidden("expectedVersion", listing.version),
        { kind: "select", name: "to", label: "New state", options: vocabularyOptions("ReimbursementState", next), required: true, hint: "The effective date becomes the step's own date (applied, review, negotiation, list effective, removed)." },
        { kind: "select", name: "route", label: "Route", options: vocabularyOptions("ReimbursementRoute"), empty: "—", defaultValue: text(listing.route) },
        { kind: "partialDate", name: "agreementStartDate", label: "Agreement start", defaultValue: dateText(listing.agreementStartDate, listing.agreementStartPrecision) },
        { kind: "partialDate", name: "agreementEndDate", label: "Agreement end", defaultValue: dateText(listing.agreementEndDate, listing.agreementEndPrecision), hint: "Negotiated agreements end on 31 December." },
        { kind: "partialDate", name: "publicationDate", label: "List published", defaultValue: dateText(listing.publicationDate, listing.publicationPrecision) },
        { kind: "text", name: "paymentStandard", label: "Payment standard (CNY)", defaultValue: text(listing.paymentStandard?.toString()) },
        { kind: "text", name: "paymentUnit", label: "Payment unit", defaultValue: text(listing.paymentUnit) },
        { kind: "textarea", name: "restriction", label: "Restriction (限定支付范围)", defaultValue: text(listing.restriction) },
      ]}
    />
  );
}

export function StageEventForm({ program, today }: { program: Program; today: string }) {
  return (
    <ActionForm
      action={addStageEventAction}
      today={today}
      submitLabel="Record stage"
      fields={[
        hidden("programId", program.id),
        { kind: "select", name: "stage", label: "Stage reached", options: vocabularyOptions("ProgramStage"), required: true, hint: "The effective date is the day the stage was reached." },
        { kind: "text", name: "note", label: "Note" },
      ]}
    />
  );
}

function programFields(program: Partial<Program>, context: Context): FieldSpec[] {
  return [
    { kind: "text", name: "indicationEn", label: "Indication (English)", defaultValue: text(program.indicationEn), required: true },
    { kind: "text", name: "indicationZh", label: "Indication (Chinese)", defaultValue: text(program.indicationZh) },
    { kind: "text", name: "doseForm", label: "Dose form", defaultValue: text(program.doseForm) },
    { kind: "select", name: "sponsorId", label: "Sponsor", options: context.companies, empty: "—", defaultValue: text(program.sponsorId?.toString()) },
    { kind: "select", name: "drugCategory", label: "Drug category", options: vocabularyOptions("DrugCategory"), defaultValue: program.drugCategory },
    { kind: "select", name: "registrationClass", label: "Registration class", options: vocabularyOptions("RegistrationClass"), empty: "—", defaultValue: text(program.registrationClass) },
    { kind: "select", name: "origin", label: "Origin", options: vocabularyOptions("Origin"), defaultValue: program.origin },
    { kind: "textarea", name: "notes", label: "Notes", defaultValue: text(program.notes) },
  ];
}

export function ProgramFieldsForm({ program, context }: { program: Program; context: Context }) {
  return (
    <ActionForm
      action={updateProgramAction}
      today={context.today}
      submitLabel="Save programme"
      fields={[hidden("programId", program.id), hidden("expectedVersion", program.version), ...programFields(program, context), ...sourceFields(program)]}
    />
  );
}

export function CreateProgramForm({ candidateId, context }: { candidateId: number; context: Context }) {
  return (
    <ActionForm
      action={createProgramAction}
      today={context.today}
      submitLabel="Add programme"
      fields={[
        hidden("candidateId", candidateId),
        ...programFields({}, context),
        { kind: "select", name: "currentStage", label: "Stage reached", options: vocabularyOptions("ProgramStage"), defaultValue: "PRECLINICAL" },
      ]}
    />
  );
}

export function candidateFields(candidate: Partial<CandidateDetail>, context: Context): FieldSpec[] {
  return [
    { kind: "text", name: "nameEn", label: "English name", defaultValue: text(candidate.nameEn), required: true },
    { kind: "text", name: "nameZh", label: "Chinese name", defaultValue: text(candidate.nameZh) },
    { kind: "text", name: "inn", label: "INN", defaultValue: text(candidate.inn) },
    { kind: "list", name: "codeNames", label: "Code names", defaultValue: (candidate.codeNames ?? []).join(", ") },
    { kind: "list", name: "brandNamesEn", label: "Brands (English)", defaultValue: (candidate.brandNamesEn ?? []).join(", ") },
    { kind: "list", name: "brandNamesZh", label: "Brands (Chinese)", defaultValue: (candidate.brandNamesZh ?? []).join(", ") },
    { kind: "select", name: "modality", label: "Modality", options: vocabularyOptions("Modality"), defaultValue: candidate.modality },
    { kind: "select", name: "mechanismClass", label: "Class", options: vocabularyOptions("MechanismClass"), defaultValue: candidate.mechanismClass },
    { kind: "list", name: "targets", label: "Targets", defaultValue: (candidate.targets ?? []).join(", ") },
    { kind: "select", name: "originatorId", label: "Originator", options: context.companies, empty: "—", defaultValue: text(candidate.originatorId?.toString()) },
    { kind: "select", name: "chinaRightsHolderId", label: "China rights holder", options: context.companies, empty: "—", defaultValue: text(candidate.chinaRightsHolderId?.toString()) },
    { kind: "checkbox", name: "researchOnly", label: "Research only (no regulatory path)", defaultChecked: candidate.researchOnly ?? false },
    { kind: "textarea", name: "notes", label: "Notes", defaultValue: text(candidate.notes) },
  ];
}

export function CandidateFieldsForm({ candidate, context }: { candidate: CandidateDetail; context: Context }) {
  return (
    <ActionForm
      action={updateCandidateAction}
      today={context.today}
      submitLabel="Save candidate"
      fields={[
        hidden("candidateId", candidate.id),
        hidden("expectedVersion", candidate.version),
        hidden("researchOnlyPresent", "on"),
        ...candidateFields(candidate, context),
        ...sourceFields(candidate),
      ]}
    />
  );
}
