// The edit forms of one candidate's records, built from the record as loaded (its version travels in a
// hidden field). Server components: they only describe fields; ActionForm does the rest on the client.
import { useLocale, useTranslations } from "next-intl";
import type { CandidateDetail } from "@/lib/candidates/queries";
import { createApplicationAction, advanceApplicationStatusAction, updateApplicationAction } from "@/lib/applications/actions";
import { DECISIONS_BY_STATUS } from "@/lib/applications/status-change";
import { updateCandidateAction } from "@/lib/candidates/actions";
import { changeDesignationStateAction, createDesignationAction } from "@/lib/designations/actions";
import { allowedNextApplicationStatuses } from "@/lib/domain/application-status";
import { publicityWindowFor } from "@/lib/domain/designation-rules";
import { allowedNextDesignationStates, designationStatesFor } from "@/lib/domain/designation-state";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { allowedNextReimbursementStates } from "@/lib/domain/reimbursement-state";
import { addStageEventAction, createProgramAction, updateProgramAction } from "@/lib/programs/actions";
import { changeReimbursementStateAction } from "@/lib/reimbursements/actions";
import { ActionForm, type FieldSpec, type Option } from "@/components/workflow/action-form";
import { vocabularyOptions } from "@/components/workflow/options";
import { labelOf, SOURCE_CONFIDENCES, type VocabularyName } from "@/lib/domain/vocabulary";
import { dataLangOf } from "@/lib/i18n/config";

type Program = CandidateDetail["programs"][number];
type Application = Program["applications"][number];
type Designation = Program["designations"][number];
type Listing = Program["reimbursements"][number];
type Context = { today: string; companies: Option[] };
/** The `workflow` namespace's translator (a field label, a hint, a button). */
export type WorkflowT = ReturnType<typeof useTranslations<"workflow">>;

/** The forms' shared words: translator and the select options' vocabulary in the interface's language. */
export function formWords(t: WorkflowT, confidence: (value: "OFFICIAL") => string, locale: string) {
  const options = (name: VocabularyName, values?: readonly string[]) => vocabularyOptions(name, values, locale);
  // Not action-form's CONFIDENCE_OPTIONS: a value exported by a client module is only a reference on the server.
  const confidenceOptions = SOURCE_CONFIDENCES.map((value) => ({ value, label: confidence(value as "OFFICIAL") }));
  return { t, options, confidenceOptions };
}
export type FormWords = ReturnType<typeof formWords>;

function useFormWords(): FormWords {
  return formWords(useTranslations("workflow"), useTranslations("forms.confidence"), useLocale());
}

const text = (value: string | null | undefined) => value ?? "";
const dateText = (date: Date | null, precision: string | null) => (date ? formatPartialDate(date, (precision ?? "DAY") as "DAY") : "");
const hidden = (name: string, value: string | number): FieldSpec => ({ kind: "hidden", name, value: String(value) });
const sourceFields = ({ t, confidenceOptions }: FormWords, record: { sourceUrl: string | null; sourceConfidence: string }): FieldSpec[] => [
  { kind: "url", name: "sourceUrl", label: t("fields.sourceUrl"), defaultValue: text(record.sourceUrl) },
  { kind: "select", name: "sourceConfidence", label: t("fields.sourceConfidence"), options: confidenceOptions, defaultValue: record.sourceConfidence },
];

/**
 * Every state but the current one, those lib/domain does not allow next disabled with the reason on hover, so
 * the form shows where a record can go and where it cannot. The first allowed one is preselected.
 */
function useTransitionField(name: VocabularyName, current: string, allowed: readonly string[]) {
  const t = useTranslations("recordActions");
  const locale = useLocale();
  const from = labelOf(name, current, dataLangOf(locale));
  const options = vocabularyOptions(name, undefined, locale)
    .filter((option) => option.value !== current)
    .map((option) => (allowed.includes(option.value) ? option : { ...option, disabled: true, title: t("notReachable", { current: from }) }));
  return { options, defaultValue: allowed[0], hint: t("greyedHint", { current: from }) };
}

function FinalState({ what }: { what: "status" | "designation" | "listing" }) {
  const t = useTranslations("workflow");
  return <p className="text-sm text-slate-600">{t("final", { what })}</p>;
}

export function ApplicationStatusForm({ application, today }: { application: Application; today: string }) {
  const words = useFormWords();
  const { t, options } = words;
  const next = allowedNextApplicationStatuses(application.status);
  const transition = useTransitionField("ApplicationStatus", application.status, next);
  if (next.length === 0) return <FinalState what="status" />;
  const decisions = [...new Set(Object.values(DECISIONS_BY_STATUS).flat())];
  return (
    <ActionForm
      action={advanceApplicationStatusAction}
      today={today}
      submitLabel={t("submit.statusChange")}
      testId={`application-status-form-${application.id}`}
      fields={[
        hidden("applicationId", application.id),
        hidden("expectedVersion", application.version),
        { kind: "select", name: "to", label: t("fields.newStatus"), ...transition, required: true },
        { kind: "select", name: "decision", label: t("fields.decision"), options: options("ApplicationDecision", decisions), empty: t("fields.impliedByStatus"), hint: t("fields.decisionHint") },
        { kind: "text", name: "note", label: t("fields.note") },
      ]}
    />
  );
}

export function ApplicationFieldsForm({ application, context }: { application: Application; context: Context }) {
  const words = useFormWords();
  const { t, options } = words;
  return (
    <ActionForm
      action={updateApplicationAction}
      today={context.today}
      submitLabel={t("submit.saveApplication")}
      fields={[
        hidden("applicationId", application.id),
        hidden("expectedVersion", application.version),
        { kind: "text", name: "acceptanceNumber", label: t("fields.acceptanceNumber"), defaultValue: application.acceptanceNumber, required: true },
        { kind: "select", name: "type", label: t("fields.type"), options: options("ApplicationType"), defaultValue: application.type },
        { kind: "select", name: "applicantId", label: t("fields.applicant"), options: context.companies, empty: "—", defaultValue: text(application.applicantId?.toString()) },
        { kind: "partialDate", name: "submittedDate", label: t("fields.submitted"), defaultValue: dateText(application.submittedDate, application.submittedPrecision) },
        { kind: "partialDate", name: "acceptanceDate", label: t("fields.accepted"), defaultValue: dateText(application.acceptanceDate, application.acceptancePrecision) },
        { kind: "select", name: "reviewTrack", label: t("fields.reviewTrack"), options: options("ReviewTrack"), empty: "—", defaultValue: text(application.reviewTrack) },
        { kind: "select", name: "inspectionStatus", label: t("fields.inspection"), options: options("ParallelCheckStatus"), defaultValue: application.inspectionStatus },
        { kind: "select", name: "testingStatus", label: t("fields.testing"), options: options("ParallelCheckStatus"), defaultValue: application.testingStatus },
        { kind: "text", name: "approvalNumber", label: t("fields.approvalNumber"), defaultValue: text(application.approvalNumber) },
        { kind: "textarea", name: "notes", label: t("fields.notes"), defaultValue: text(application.notes) },
        ...sourceFields(words, application),
      ]}
    />
  );
}

export function CreateApplicationForm({ program, context }: { program: Program; context: Context }) {
  const words = useFormWords();
  const { t, options } = words;
  return (
    <ActionForm
      action={createApplicationAction}
      today={context.today}
      submitLabel={t("submit.recordApplication")}
      fields={[
        hidden("programId", program.id),
        { kind: "text", name: "acceptanceNumber", label: t("fields.acceptanceNumber"), required: true, hint: t("fields.acceptanceNumberHint") },
        { kind: "select", name: "type", label: t("fields.type"), options: options("ApplicationType"), required: true },
        { kind: "select", name: "status", label: t("fields.status"), options: options("ApplicationStatus", ["SUBMITTED", "PENDING_ACCEPTANCE", "ACCEPTED"]), hint: t("fields.statusHint") },
        { kind: "select", name: "applicantId", label: t("fields.applicant"), options: context.companies, empty: "—" },
        { kind: "partialDate", name: "submittedDate", label: t("fields.submitted") },
        { kind: "partialDate", name: "acceptanceDate", label: t("fields.accepted") },
        { kind: "select", name: "reviewTrack", label: t("fields.reviewTrack"), options: options("ReviewTrack"), empty: "—" },
      ]}
    />
  );
}

export function DesignationStateForm({ designation, today }: { designation: Designation; today: string }) {
  const words = useFormWords();
  const { t } = words;
  const next = allowedNextDesignationStates(designation.type, designation.state);
  const transition = useTransitionField("DesignationState", designation.state, next);
  if (next.length === 0) return <FinalState what="designation" />;
  const window = publicityWindowFor(designation.type);
  const conditional = designation.type === "CONDITIONAL_APPROVAL";
  const fields: FieldSpec[] = [
    hidden("designationId", designation.id),
    hidden("expectedVersion", designation.version),
    {
      kind: "select",
      name: "to",
      label: t("fields.newState"),
      // Only the states this programme type has (designationStatesFor), the unreachable ones greyed out.
      options: transition.options.filter((option) => designationStatesFor(designation.type).includes(option.value as never)),
      defaultValue: transition.defaultValue,
      required: true,
      hint: `${t("fields.designationStateHint")} ${transition.hint}`,
    },
  ];
  if (window) {
    fields.push({
      kind: "partialDate",
      name: "publicityEndDate",
      label: t("fields.publicityEnd"),
      hint: window.verified ? t("fields.publicityDerived", { days: window.workingDays }) : t("fields.publicityUnverified", { days: window.workingDays }),
    });
  }
  if (conditional) {
    fields.push(
      { kind: "partialDate", name: "obligationDeadline", label: t("fields.obligationDeadline"), defaultValue: dateText(designation.obligationDeadline, designation.obligationPrecision) },
      { kind: "textarea", name: "conditions", label: t("fields.conditions"), defaultValue: text(designation.conditions) },
    );
  }
  fields.push({ kind: "text", name: "terminationReason", label: t("fields.terminationReason"), hint: t("fields.terminationReasonHint") });
  return <ActionForm action={changeDesignationStateAction} today={today} submitLabel={t("submit.stateChange")} testId={`designation-state-form-${designation.id}`} fields={fields} />;
}

export function CreateDesignationForm({ program, today }: { program: Program; today: string }) {
  const words = useFormWords();
  const { t, options } = words;
  return (
    <ActionForm
      action={createDesignationAction}
      today={today}
      submitLabel={t("submit.openDesignation")}
      fields={[
        hidden("programId", program.id),
        { kind: "select", name: "type", label: t("fields.programme"), options: options("DesignationType"), required: true },
        {
          kind: "select",
          name: "applicationId",
          label: t("fields.application"),
          options: program.applications.map((application) => ({ value: String(application.id), label: application.acceptanceNumber })),
          empty: "—",
        },
        { kind: "text", name: "cdeRecordId", label: t("fields.cdeRecordId") },
      ]}
    />
  );
}

export function ReimbursementStateForm({ listing, today }: { listing: Listing; today: string }) {
  const words = useFormWords();
  const { t, options } = words;
  const next = allowedNextReimbursementStates(listing.state);
  const transition = useTransitionField("ReimbursementState", listing.state, next);
  if (next.length === 0) return <FinalState what="listing" />;
  return (
    <ActionForm
      action={changeReimbursementStateAction}
      today={today}
      submitLabel={t("submit.listingChange")}
      testId={`reimbursement-state-form-${listing.id}`}
      fields={[
        hidden("listingId", listing.id),
        hidden("expectedVersion", listing.version),
        { kind: "select", name: "to", label: t("fields.newState"), ...transition, required: true, hint: `${t("fields.listingStateHint")} ${transition.hint}` },
        { kind: "select", name: "route", label: t("fields.route"), options: options("ReimbursementRoute"), empty: "—", defaultValue: text(listing.route) },
        { kind: "partialDate", name: "agreementStartDate", label: t("fields.agreementStart"), defaultValue: dateText(listing.agreementStartDate, listing.agreementStartPrecision) },
        { kind: "partialDate", name: "agreementEndDate", label: t("fields.agreementEnd"), defaultValue: dateText(listing.agreementEndDate, listing.agreementEndPrecision), hint: t("fields.agreementEndHint") },
        { kind: "partialDate", name: "publicationDate", label: t("fields.listPublished"), defaultValue: dateText(listing.publicationDate, listing.publicationPrecision) },
        { kind: "text", name: "paymentStandard", label: t("fields.paymentStandard"), defaultValue: text(listing.paymentStandard?.toString()) },
        { kind: "text", name: "paymentUnit", label: t("fields.paymentUnit"), defaultValue: text(listing.paymentUnit) },
        { kind: "textarea", name: "restriction", label: t("fields.restriction"), defaultValue: text(listing.restriction) },
      ]}
    />
  );
}

export function StageEventForm({ program, today }: { program: Program; today: string }) {
  const words = useFormWords();
  const { t, options } = words;
  return (
    <ActionForm
      action={addStageEventAction}
      today={today}
      submitLabel={t("submit.recordStage")}
      fields={[
        hidden("programId", program.id),
        { kind: "select", name: "stage", label: t("fields.stageReached"), options: options("ProgramStage"), required: true, hint: t("fields.stageReachedHint") },
        { kind: "text", name: "note", label: t("fields.note") },
      ]}
    />
  );
}

function programFields(words: FormWords, program: Partial<Program>, context: Context): FieldSpec[] {
  const { t, options } = words;
  return [
    { kind: "text", name: "indicationEn", label: t("fields.indicationEn"), defaultValue: text(program.indicationEn), required: true },
    { kind: "text", name: "indicationZh", label: t("fields.indicationZh"), defaultValue: text(program.indicationZh) },
    { kind: "text", name: "doseForm", label: t("fields.doseForm"), defaultValue: text(program.doseForm) },
    { kind: "select", name: "sponsorId", label: t("fields.sponsor"), options: context.companies, empty: "—", defaultValue: text(program.sponsorId?.toString()) },
    { kind: "select", name: "drugCategory", label: t("fields.drugCategory"), options: options("DrugCategory"), defaultValue: program.drugCategory },
    { kind: "select", name: "registrationClass", label: t("fields.registrationClass"), options: options("RegistrationClass"), empty: "—", defaultValue: text(program.registrationClass) },
    { kind: "select", name: "origin", label: t("fields.origin"), options: options("Origin"), defaultValue: program.origin },
    { kind: "textarea", name: "notes", label: t("fields.notes"), defaultValue: text(program.notes) },
  ];
}

export function ProgramFieldsForm({ program, context }: { program: Program; context: Context }) {
  const words = useFormWords();
  const { t } = words;
  return (
    <ActionForm
      action={updateProgramAction}
      today={context.today}
      submitLabel={t("submit.saveProgramme")}
      fields={[hidden("programId", program.id), hidden("expectedVersion", program.version), ...programFields(words, program, context), ...sourceFields(words, program)]}
    />
  );
}

export function CreateProgramForm({ candidateId, context }: { candidateId: number; context: Context }) {
  const words = useFormWords();
  const { t, options } = words;
  return (
    <ActionForm
      action={createProgramAction}
      today={context.today}
      submitLabel={t("submit.addProgramme")}
      fields={[
        hidden("candidateId", candidateId),
        ...programFields(words, {}, context),
        { kind: "select", name: "currentStage", label: t("fields.stageReached"), options: options("ProgramStage"), defaultValue: "PRECLINICAL" },
      ]}
    />
  );
}

export function candidateFields(words: FormWords, candidate: Partial<CandidateDetail>, context: Context): FieldSpec[] {
  const { t, options } = words;
  return [
    { kind: "text", name: "nameEn", label: t("fields.nameEn"), defaultValue: text(candidate.nameEn), required: true },
    { kind: "text", name: "nameZh", label: t("fields.nameZh"), defaultValue: text(candidate.nameZh) },
    { kind: "text", name: "inn", label: t("fields.inn"), defaultValue: text(candidate.inn) },
    { kind: "list", name: "codeNames", label: t("fields.codeNames"), defaultValue: (candidate.codeNames ?? []).join(", ") },
    { kind: "list", name: "brandNamesEn", label: t("fields.brandsEn"), defaultValue: (candidate.brandNamesEn ?? []).join(", ") },
    { kind: "list", name: "brandNamesZh", label: t("fields.brandsZh"), defaultValue: (candidate.brandNamesZh ?? []).join(", ") },
    { kind: "select", name: "modality", label: t("fields.modality"), options: options("Modality"), defaultValue: candidate.modality },
    { kind: "select", name: "mechanismClass", label: t("fields.class"), options: options("MechanismClass"), defaultValue: candidate.mechanismClass },
    { kind: "list", name: "targets", label: t("fields.targets"), defaultValue: (candidate.targets ?? []).join(", ") },
    { kind: "select", name: "originatorId", label: t("fields.originator"), options: context.companies, empty: "—", defaultValue: text(candidate.originatorId?.toString()) },
    { kind: "select", name: "chinaRightsHolderId", label: t("fields.chinaRightsHolder"), options: context.companies, empty: "—", defaultValue: text(candidate.chinaRightsHolderId?.toString()) },
    { kind: "checkbox", name: "researchOnly", label: t("fields.researchOnly"), defaultChecked: candidate.researchOnly ?? false },
    { kind: "textarea", name: "notes", label: t("fields.notes"), defaultValue: text(candidate.notes) },
  ];
}

export function CandidateFieldsForm({ candidate, context }: { candidate: CandidateDetail; context: Context }) {
  const words = useFormWords();
  const { t } = words;
  return (
    <ActionForm
      action={updateCandidateAction}
      today={context.today}
      submitLabel={t("submit.saveCandidate")}
      fields={[
        hidden("candidateId", candidate.id),
        hidden("expectedVersion", candidate.version),
        hidden("researchOnlyPresent", "on"),
        ...candidateFields(words, candidate, context),
        ...sourceFields(words, candidate),
      ]}
    />
  );
}
