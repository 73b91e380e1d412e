// The candidate page's contextual actions (analysts and administrators only): each record carries buttons
// that open the existing form for that record in a dialog, so a change is made where the record is read.
// The forms, their version checks and their audit are those of record-forms.tsx, unchanged.
import { useLocale, useTranslations } from "next-intl";
import type { CandidateDetail } from "@/lib/candidates/queries";
import { labelOf, type VocabularyName } from "@/lib/domain/vocabulary";
import { dataLangOf } from "@/lib/i18n/config";
import { primaryName } from "@/lib/i18n/names";
import { Dialog } from "@/components/ui/dialog";
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

type Program = CandidateDetail["programs"][number];
type Application = Program["applications"][number];
type Designation = Program["designations"][number];
type Listing = Program["reimbursements"][number];

/** What the forms need besides the record; null when the visitor may not edit (no actions are drawn). */
export type EditContext = { today: string; companies: Option[] };

const actionRow = "flex flex-wrap gap-1";

/** "Current: <state>", so the dialog says where the record stands before it offers where it can go. */
function CurrentState({ vocabulary, value }: { vocabulary: VocabularyName; value: string }) {
  const t = useTranslations("recordActions");
  return (
    <p className="text-sm text-slate-700">
      {t("current")} <EnumLabel vocabulary={vocabulary} value={value} />
    </p>
  );
}

/** The accessible name of a trigger: its visible text, then which record it acts on. */
function useTriggerLabel() {
  const t = useTranslations("recordActions");
  return (action: string, record: string) => t("triggerLabel", { action, record });
}

export function ApplicationActions({ application, edit }: { application: Application; edit: EditContext }) {
  const t = useTranslations("recordActions");
  const panel = useTranslations("workflow.panel");
  const label = useTriggerLabel();
  const number = application.acceptanceNumber;
  return (
    <div className={actionRow}>
      <Dialog
        trigger={t("changeStatus")}
        triggerLabel={label(t("changeStatus"), number)}
        title={t("statusTitle", { number })}
        testId={`application-action-${application.id}`}
      >
        <CurrentState vocabulary="ApplicationStatus" value={application.status} />
        <ApplicationStatusForm application={application} today={edit.today} />
      </Dialog>
      <Dialog trigger={t("edit")} triggerLabel={label(t("edit"), number)} title={panel("editApplication", { number })} testId={`application-edit-${application.id}`}>
        <ApplicationFieldsForm application={application} context={edit} />
      </Dialog>
    </div>
  );
}

export function DesignationActions({ designation, edit }: { designation: Designation; edit: EditContext }) {
  const t = useTranslations("recordActions");
  const label = useTriggerLabel();
  const what = labelOf("DesignationType", designation.type, dataLangOf(useLocale()));
  return (
    <Dialog
      trigger={t("changeState")}
      triggerLabel={label(t("changeState"), what)}
      title={t("stateTitle", { what })}
      testId={`designation-action-${designation.id}`}
    >
      <CurrentState vocabulary="DesignationState" value={designation.state} />
      <DesignationStateForm designation={designation} today={edit.today} />
    </Dialog>
  );
}

export function ListingActions({ listing, edit }: { listing: Listing; edit: EditContext }) {
  const t = useTranslations("recordActions");
  const label = useTriggerLabel();
  const what = `${labelOf("ReimbursementList", listing.list, dataLangOf(useLocale()))} ${listing.listYear}`;
  return (
    <Dialog trigger={t("recordDecision")} triggerLabel={label(t("recordDecision"), what)} title={t("stateTitle", { what })} testId={`listing-action-${listing.id}`}>
      <CurrentState vocabulary="ReimbursementState" value={listing.state} />
      <ReimbursementStateForm listing={listing} today={edit.today} />
    </Dialog>
  );
}

export function ProgrammeActions({ program, edit }: { program: Program; edit: EditContext }) {
  const t = useTranslations("recordActions");
  const panel = useTranslations("workflow.panel");
  const label = useTriggerLabel();
  const name = primaryName({ nameEn: program.indicationEn, nameZh: program.indicationZh }, useLocale());
  return (
    <div className={actionRow}>
      <Dialog trigger={t("edit")} triggerLabel={label(t("edit"), name)} title={panel("editProgramme")} testId={`programme-edit-${program.id}`}>
        <ProgramFieldsForm program={program} context={edit} />
      </Dialog>
      <Dialog trigger={t("recordStage")} triggerLabel={label(t("recordStage"), name)} title={panel("recordStage")} testId={`programme-stage-${program.id}`}>
        <CurrentState vocabulary="ProgramStage" value={program.currentStage} />
        <StageEventForm program={program} today={edit.today} />
      </Dialog>
      <Dialog trigger={t("addApplication")} triggerLabel={label(t("addApplication"), name)} title={panel("recordApplication")} testId={`programme-application-${program.id}`}>
        <CreateApplicationForm program={program} context={edit} />
      </Dialog>
      <Dialog trigger={t("openDesignation")} triggerLabel={label(t("openDesignation"), name)} title={panel("openDesignation")} testId={`programme-designation-${program.id}`}>
        <CreateDesignationForm program={program} today={edit.today} />
      </Dialog>
    </div>
  );
}

export function CandidateActions({ candidate, edit }: { candidate: CandidateDetail; edit: EditContext }) {
  const t = useTranslations("recordActions");
  const panel = useTranslations("workflow.panel");
  return (
    <div className={actionRow}>
      <Dialog trigger={t("editCandidate")} title={panel("editCandidate")} testId="candidate-edit">
        <CandidateFieldsForm candidate={candidate} context={edit} />
      </Dialog>
      <Dialog trigger={t("addProgramme")} title={panel("addProgramme")} testId="candidate-add-programme">
        <CreateProgramForm candidateId={candidate.id} context={edit} />
      </Dialog>
    </div>
  );
}
