// Turns the seed data into the rows to write, without I/O: source inheritance, application fields implied by
// the status history, status-change rows, clock stops, and the stage events each application's history
// implies (lib/domain/program-stage). The seed writer and the data tests share it.
import type {
  ApplicationDecision,
  ApplicationStatus,
  ApplicationType,
  DatePrecision,
  DesignationState,
  DesignationType,
  DrugCategory,
  Origin,
  ParallelCheckStatus,
  ProgramStage,
  RegistrationClass,
  ReimbursementList,
  ReimbursementRoute,
  ReimbursementState,
  ReviewTrack,
  SourceConfidence,
} from "@/generated/prisma/enums";
import { computeSearchText } from "@/lib/candidates/derived";
import { canTransitionApplication } from "@/lib/domain/application-status";
import { dayFromKey } from "@/lib/domain/calendar-day";
import { compareStages, leadStage, stageForApplicationStatus } from "@/lib/domain/program-stage";
import {
  companies,
  type CompanyKey,
  type SeedApplication,
  type SeedCompany,
  type SeedCandidate,
  type SeedDate,
  type SeedDesignation,
  type SeedProgram,
  type SeedReimbursement,
  type SeedSource,
  type SeedStatusStep,
} from "@/prisma/seed/data";

type Sourced = { sourceUrl: string | null; sourceConfidence: SourceConfidence };
type SourcedRecord = Sourced & { illustrative: boolean };

export type StageEventRow = SourcedRecord & {
  stage: ProgramStage;
  eventDate: Date;
  eventPrecision: DatePrecision;
  note: string | null;
};

export type StatusChangeRow = Sourced & {
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  changeDate: Date;
  changePrecision: DatePrecision;
  note: string | null;
};

export type ClockStopRow = Sourced & { startDate: Date; endDate: Date | null; reason: string };

export type ApplicationRow = SourcedRecord & {
  acceptanceNumber: string;
  type: ApplicationType;
  submittedDate: Date | null;
  submittedPrecision: DatePrecision | null;
  acceptanceDate: Date | null;
  acceptancePrecision: DatePrecision | null;
  reviewTrack: ReviewTrack | null;
  status: ApplicationStatus;
  statusDate: Date;
  statusPrecision: DatePrecision;
  inspectionStatus: ParallelCheckStatus;
  testingStatus: ParallelCheckStatus;
  decision: ApplicationDecision | null;
  decisionDate: Date | null;
  decisionPrecision: DatePrecision | null;
  approvalNumber: string | null;
  notes: string | null;
};

export type ApplicationPlan = {
  applicantKey: CompanyKey | null;
  row: ApplicationRow;
  statusChanges: StatusChangeRow[];
  clockStops: ClockStopRow[];
};

export type DesignationRow = SourcedRecord & {
  type: DesignationType;
  state: DesignationState;
  requestedDate: Date | null;
  requestedPrecision: DatePrecision | null;
  publicityStartDate: Date | null;
  publicityStartPrecision: DatePrecision | null;
  publicityEndDate: Date | null;
  publicityEndPrecision: DatePrecision | null;
  grantedDate: Date | null;
  grantedPrecision: DatePrecision | null;
  terminatedDate: Date | null;
  terminatedPrecision: DatePrecision | null;
  terminationReason: string | null;
  conditions: string | null;
  obligationDeadline: Date | null;
  obligationPrecision: DatePrecision | null;
  notes: string | null;
};

export type DesignationPlan = { applicationNumber: string | null; row: DesignationRow };

export type ReimbursementRow = SourcedRecord & {
  list: ReimbursementList;
  listYear: number;
  state: ReimbursementState;
  route: ReimbursementRoute | null;
  appliedDate: Date | null;
  appliedPrecision: DatePrecision | null;
  formalReviewDate: Date | null;
  formalReviewPrecision: DatePrecision | null;
  expertReviewDate: Date | null;
  expertReviewPrecision: DatePrecision | null;
  negotiationDate: Date | null;
  negotiationPrecision: DatePrecision | null;
  publicationDate: Date | null;
  publicationPrecision: DatePrecision | null;
  effectiveDate: Date | null;
  effectivePrecision: DatePrecision | null;
  agreementStartDate: Date | null;
  agreementStartPrecision: DatePrecision | null;
  agreementEndDate: Date | null;
  agreementEndPrecision: DatePrecision | null;
  removedDate: Date | null;
  removedPrecision: DatePrecision | null;
  paymentStandard: string | null;
  paymentUnit: string | null;
  restriction: string | null;
  notes: string | null;
};

export type ProgramRow = SourcedRecord & {
  indicationEn: string;
  indicationZh: string | null;
  doseForm: string | null;
  drugCategory: DrugCategory;
  registrationClass: RegistrationClass | null;
  origin: Origin;
  currentStage: ProgramStage;
  notes: string | null;
};

export type ProgramPlan = {
  /** Unique within the candidate; how the writer matches created rows back to their plan. */
  key: string;
  sponsorKey: CompanyKey | null;
  row: ProgramRow;
  events: StageEventRow[];
  applications: ApplicationPlan[];
  designations: DesignationPlan[];
  reimbursements: ReimbursementRow[];
};

export type CandidatePlan = {
  slug: string;
  originatorKey: CompanyKey | null;
  chinaRightsHolderKey: CompanyKey | null;
  row: SourcedRecord & {
    slug: string;
    nameEn: string;
    nameZh: string | null;
    inn: string | null;
    codeNames: string[];
    brandNamesEn: string[];
    brandNamesZh: string[];
    modality: SeedCandidate["modality"];
    mechanismClass: SeedCandidate["mechanismClass"];
    targets: string[];
    researchOnly: boolean;
    leadStage: ProgramStage;
    searchText: string;
    notes: string | null;
  };
  programs: ProgramPlan[];
};

const DEFAULT_STAGE: ProgramStage = "PRECLINICAL";

export function programKey(program: { indicationEn: string; doseForm?: string | null }): string {
  return `${program.indicationEn}\u0000${program.doseForm ?? ""}`;
}

export function planCandidate(candidate: SeedCandidate): CandidatePlan {
  const programs = candidate.programs.map((program) => planProgram(program, candidate.source));
  // Same inputs, in the same order, as refreshCandidateDerived reads them back, so the refresh after the
  // seed finds nothing to change.
  const companyKeys = [
    candidate.originator,
    candidate.chinaRightsHolder,
    ...programs.map((program) => program.sponsorKey),
    ...programs.flatMap((program) => program.applications.map((application) => application.applicantKey)),
  ].filter((key): key is CompanyKey => key !== null && key !== undefined);
  const named = companyKeys.map((key): SeedCompany => companies[key]);
  return {
    slug: candidate.slug,
    originatorKey: candidate.originator ?? null,
    chinaRightsHolderKey: candidate.chinaRightsHolder ?? null,
    row: {
      slug: candidate.slug,
      nameEn: candidate.nameEn,
      nameZh: candidate.nameZh ?? null,
      inn: candidate.inn ?? null,
      codeNames: [...(candidate.codeNames ?? [])],
      brandNamesEn: [...(candidate.brandNamesEn ?? [])],
      brandNamesZh: [...(candidate.brandNamesZh ?? [])],
      modality: candidate.modality,
      mechanismClass: candidate.mechanismClass,
      targets: [...candidate.targets],
      researchOnly: candidate.researchOnly ?? false,
      leadStage:
        leadStage(programs.map((program) => program.row.currentStage)) ??
        (candidate.researchOnly ? "RESEARCH_ONLY" : DEFAULT_STAGE),
      searchText: computeSearchText({
        nameEn: candidate.nameEn,
        nameZh: candidate.nameZh,
        inn: candidate.inn,
        codeNames: candidate.codeNames,
        brandNamesEn: candidate.brandNamesEn,
        brandNamesZh: candidate.brandNamesZh,
        companyNamesEn: named.map((company) => company.nameEn),
        companyNamesZh: named.map((company) => company.nameZh),
        acceptanceNumbers: programs.flatMap((program) => program.applications.map((application) => application.row.acceptanceNumber)),
      }),
      notes: candidate.notes ?? null,
      ...candidate.source,
    },
    programs,
  };
}

function planProgram(program: SeedProgram, inherited: SeedSource): ProgramPlan {
  const source = program.source ?? inherited;
  const applications = (program.applications ?? []).map((application) => planApplication(application, program, source));
  const events = sortEvents([
    ...(program.events ?? []).map((event) => ({
      stage: event.stage,
      ...dated(event.on, "eventDate", "eventPrecision"),
      note: event.note ?? null,
      ...(event.source ?? source),
    })),
    ...(program.applications ?? []).flatMap((application, index) =>
      impliedStageEvents(application, applications[index]!.row),
    ),
  ]);
  return {
    key: programKey(program),
    sponsorKey: program.sponsor ?? null,
    row: {
      indicationEn: program.indicationEn,
      indicationZh: program.indicationZh ?? null,
      doseForm: program.doseForm ?? null,
      drugCategory: program.drugCategory,
      registrationClass: program.registrationClass ?? null,
      origin: program.origin,
      currentStage: currentStageOf(events) ?? program.stage ?? DEFAULT_STAGE,
      notes: program.notes ?? null,
      ...source,
    },
    events,
    applications,
    designations: (program.designations ?? []).map((designation) => planDesignation(designation, source)),
    reimbursements: (program.reimbursements ?? []).map((listing) => planReimbursement(listing, source)),
  };
}

function planApplication(application: SeedApplication, program: SeedProgram, inherited: SeedSource): ApplicationPlan {
  const source = application.source ?? inherited;
  const history = application.history;
  const first = history[0];
  const last = history[history.length - 1];
  if (!first || !last) throw new Error(`${application.acceptanceNumber}: the status history is empty`);
  const accepted = history.find((step) => step.status === "ACCEPTED");
  const submitted = application.submitted ?? history.find((step) => step.status === "SUBMITTED")?.on;
  const { decision, decidedOn } = impliedDecision(application);
  const { sourceUrl, sourceConfidence } = source;

  return {
    applicantKey: application.applicant ?? program.sponsor ?? null,
    row: {
      acceptanceNumber: application.acceptanceNumber,
      type: application.type,
      ...datedOrNull(submitted, "submittedDate", "submittedPrecision"),
      ...datedOrNull(accepted?.on, "acceptanceDate", "acceptancePrecision"),
      reviewTrack: application.reviewTrack ?? null,
      status: last.status,
      ...dated(last.on, "statusDate", "statusPrecision"),
      inspectionStatus: application.inspectionStatus ?? "NOT_REQUIRED",
      testingStatus: application.testingStatus ?? "NOT_REQUIRED",
      decision,
      ...datedOrNull(decidedOn, "decisionDate", "decisionPrecision"),
      approvalNumber: application.approvalNumber ?? null,
      notes: application.notes ?? null,
      ...source,
    },
    statusChanges: history.map((step, index) => {
      const previous = history[index - 1];
      return {
        // A step that does not follow from the previous recorded one marks a gap in what is known.
        fromStatus: previous && canTransitionApplication(previous.status, step.status) ? previous.status : null,
        toStatus: step.status,
        ...dated(step.on, "changeDate", "changePrecision"),
        note: step.note ?? null,
        sourceUrl,
        sourceConfidence,
      };
    }),
    clockStops: history.flatMap((step, index) => {
      if (step.status !== "SUPPLEMENT_REQUESTED" || step.on.precision !== "DAY") return [];
      const next = history[index + 1];
      return [
        {
          startDate: toDate(step.on),
          endDate: next ? toDate(next.on) : null,
          reason: step.note ?? "Supplementary information requested (发补)",
          sourceUrl,
          sourceConfidence,
        },
      ];
    }),
  };
}

/** The decision the final status implies, with the date it was taken (explicit `decision` wins). */
export function impliedDecision(application: SeedApplication): {
  decision: ApplicationDecision | null;
  decidedOn: SeedDate | null;
} {
  const history = application.history;
  const last = history[history.length - 1];
  const latest = (status: ApplicationStatus): SeedStatusStep | undefined =>
    [...history].reverse().find((step) => step.status === status);
  switch (last?.status) {
    case "IMPLIED_APPROVAL":
      return { decision: application.decision ?? "IMPLIED_APPROVAL", decidedOn: last.on };
    case "APPROVED_PENDING_CERTIFICATE":
    case "CERTIFICATE_ISSUED":
      return {
        decision: application.decision ?? "APPROVED",
        decidedOn: (latest("APPROVED_PENDING_CERTIFICATE") ?? last).on,
      };
    case "NOT_APPROVED":
    case "OBJECTION_FILED":
    case "OBJECTION_UPHELD":
      return { decision: application.decision ?? "NOT_APPROVED", decidedOn: (latest("NOT_APPROVED") ?? last).on };
    case "WITHDRAWN":
      return { decision: application.decision ?? "WITHDRAWN", decidedOn: last.on };
    case "TERMINATED":
      return { decision: application.decision ?? null, decidedOn: application.decision ? last.on : null };
    default:
      return { decision: application.decision ?? null, decidedOn: null };
  }
}

/** A stage event at each step where the application's status implies a new programme stage. */
function impliedStageEvents(application: SeedApplication, row: ApplicationRow): StageEventRow[] {
  const events: StageEventRow[] = [];
  let previous: ProgramStage | null = null;
  for (const step of application.history) {
    const stage = stageForApplicationStatus({ type: application.type, status: step.status, decision: row.decision });
    if (stage !== null && stage !== previous) {
      events.push({
        stage,
        ...dated(step.on, "eventDate", "eventPrecision"),
        note: `${application.acceptanceNumber}: ${step.status}`,
        sourceUrl: row.sourceUrl,
        sourceConfidence: row.sourceConfidence,
        illustrative: row.illustrative,
      });
    }
    previous = stage;
  }
  return events;
}

/** Oldest first; on the same day, the less advanced stage first (so the later one is recorded last). */
function sortEvents(events: StageEventRow[]): StageEventRow[] {
  const seen = new Set<string>();
  return events
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) =>
        a.event.eventDate.getTime() - b.event.eventDate.getTime() ||
        compareStages(a.event.stage, b.event.stage) ||
        a.index - b.index,
    )
    .map(({ event }) => event)
    .filter((event) => {
      const key = `${event.stage}|${event.eventDate.toISOString()}|${event.eventPrecision}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The stage of the last event in recorded order (the order refreshCandidateDerived reads back by id). */
export function currentStageOf(events: readonly StageEventRow[]): ProgramStage | null {
  return events[events.length - 1]?.stage ?? null;
}

function planDesignation(designation: SeedDesignation, inherited: SeedSource): DesignationPlan {
  return {
    applicationNumber: designation.application ?? null,
    row: {
      type: designation.type,
      state: designation.state,
      ...datedOrNull(designation.requested, "requestedDate", "requestedPrecision"),
      ...datedOrNull(designation.publicityStart, "publicityStartDate", "publicityStartPrecision"),
      ...datedOrNull(designation.publicityEnd, "publicityEndDate", "publicityEndPrecision"),
      ...datedOrNull(designation.granted, "grantedDate", "grantedPrecision"),
      ...datedOrNull(designation.ended, "terminatedDate", "terminatedPrecision"),
      terminationReason: designation.endReason ?? null,
      conditions: designation.conditions ?? null,
      ...datedOrNull(designation.obligationDeadline, "obligationDeadline", "obligationPrecision"),
      notes: designation.notes ?? null,
      ...(designation.source ?? inherited),
    },
  };
}

function planReimbursement(listing: SeedReimbursement, inherited: SeedSource): ReimbursementRow {
  return {
    list: listing.list,
    listYear: listing.listYear,
    state: listing.state,
    route: listing.route ?? null,
    ...datedOrNull(listing.applied, "appliedDate", "appliedPrecision"),
    ...datedOrNull(listing.formalReview, "formalReviewDate", "formalReviewPrecision"),
    ...datedOrNull(listing.expertReview, "expertReviewDate", "expertReviewPrecision"),
    ...datedOrNull(listing.negotiation, "negotiationDate", "negotiationPrecision"),
    ...datedOrNull(listing.publication, "publicationDate", "publicationPrecision"),
    ...datedOrNull(listing.effective, "effectiveDate", "effectivePrecision"),
    ...datedOrNull(listing.agreementStart, "agreementStartDate", "agreementStartPrecision"),
    ...datedOrNull(listing.agreementEnd, "agreementEndDate", "agreementEndPrecision"),
    ...datedOrNull(listing.removed, "removedDate", "removedPrecision"),
    paymentStandard: listing.paymentStandard ?? null,
    paymentUnit: listing.paymentUnit ?? null,
    restriction: listing.restriction ?? null,
    notes: listing.notes ?? null,
    ...(listing.source ?? inherited),
  };
}

function toDate(value: SeedDate): Date {
  return dayFromKey(value.date);
}

function dated<D extends string, P extends string>(
  value: SeedDate,
  dateField: D,
  precisionField: P,
): { [K in D]: Date } & { [K in P]: DatePrecision } {
  return { [dateField]: toDate(value), [precisionField]: value.precision } as { [K in D]: Date } & {
    [K in P]: DatePrecision;
  };
}

function datedOrNull<D extends string, P extends string>(
  value: SeedDate | null | undefined,
  dateField: D,
  precisionField: P,
): { [K in D]: Date | null } & { [K in P]: DatePrecision | null } {
  if (!value) {
    return { [dateField]: null, [precisionField]: null } as { [K in D]: Date | null } & { [K in P]: DatePrecision | null };
  }
  return dated(value, dateField, precisionField);
}
