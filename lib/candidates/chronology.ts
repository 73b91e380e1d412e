// Flattens a candidate's dated facts (stage events, application status history, designation and
// reimbursement steps) into one chronological list, keeping each fact's precision and source.
import type { CandidateDetail } from "@/lib/candidates/queries";
import type { DatePrecision, SourceConfidence } from "@/generated/prisma/enums";

export type ChronologyKind = "stage" | "application" | "designation" | "reimbursement";

export type ChronologyEntry = {
  key: string;
  kind: ChronologyKind;
  programId: number;
  date: Date;
  precision: DatePrecision;
  /** Enum-like code of what happened, e.g. "PHASE_3" or "GRANTED". */
  code: string;
  /** Free text naming the subject, e.g. an acceptance number or "BREAKTHROUGH_THERAPY". */
  subject: string;
  sourceUrl: string | null;
  sourceConfidence: SourceConfidence;
  illustrative: boolean;
};

type Program = CandidateDetail["programs"][number];

function datedSteps<T extends object>(
  record: T,
  steps: ReadonlyArray<readonly [dateField: keyof T, precisionField: keyof T, code: string]>,
) {
  return steps.flatMap(([dateField, precisionField, code]) => {
    const date = record[dateField];
    if (!(date instanceof Date)) return [];
    const precision = (record[precisionField] as DatePrecision | null) ?? "DAY";
    return [{ date, precision, code }];
  });
}

function programEntries(program: Program): ChronologyEntry[] {
  const entries: ChronologyEntry[] = [];
  for (const event of program.events) {
    entries.push({
      key: `stage-${event.id}`,
      kind: "stage",
      programId: program.id,
      date: event.eventDate,
      precision: event.eventPrecision,
      code: event.stage,
      subject: event.note ?? "",
      sourceUrl: event.sourceUrl,
      sourceConfidence: event.sourceConfidence,
      illustrative: event.illustrative,
    });
  }
  for (const application of program.applications) {
    for (const change of application.statusHistory) {
      entries.push({
        key: `application-${change.id}`,
        kind: "application",
        programId: program.id,
        date: change.changeDate,
        precision: change.changePrecision,
        code: change.toStatus,
        subject: application.acceptanceNumber,
        sourceUrl: change.sourceUrl ?? application.sourceUrl,
        sourceConfidence: change.sourceConfidence,
        illustrative: application.illustrative,
      });
    }
  }
  for (const designation of program.designations) {
    const steps = datedSteps(designation, [
      ["requestedDate", "requestedPrecision", "REQUESTED"],
      ["publicityStartDate", "publicityStartPrecision", "PUBLICITY_START"],
      ["publicityEndDate", "publicityEndPrecision", "PUBLICITY_END"],
      ["grantedDate", "grantedPrecision", "GRANTED"],
      ["terminatedDate", "terminatedPrecision", "TERMINATED"],
    ]);
    for (const step of steps) {
      entries.push({
        key: `designation-${designation.id}-${step.code}`,
        kind: "designation",
        programId: program.id,
        ...step,
        subject: designation.type,
        sourceUrl: designation.sourceUrl,
        sourceConfidence: designation.sourceConfidence,
        illustrative: designation.illustrative,
      });
    }
  }
  for (const listing of program.reimbursements) {
    const steps = datedSteps(listing, [
      ["appliedDate", "appliedPrecision", "APPLIED"],
      ["formalReviewDate", "formalReviewPrecision", "FORMAL_REVIEW"],
      ["expertReviewDate", "expertReviewPrecision", "EXPERT_REVIEW"],
      ["negotiationDate", "negotiationPrecision", "NEGOTIATION"],
      ["publicationDate", "publicationPrecision", "PUBLISHED"],
      ["effectiveDate", "effectivePrecision", "EFFECTIVE"],
      ["agreementEndDate", "agreementEndPrecision", "AGREEMENT_END"],
      ["removedDate", "removedPrecision", "REMOVED"],
    ]);
    for (const step of steps) {
      entries.push({
        key: `reimbursement-${listing.id}-${step.code}`,
        kind: "reimbursement",
        programId: program.id,
        ...step,
        subject: `${listing.list} ${listing.listYear}`,
        sourceUrl: listing.sourceUrl,
        sourceConfidence: listing.sourceConfidence,
        illustrative: listing.illustrative,
      });
    }
  }
  return entries;
}

/** Every dated fact of the candidate, oldest first (ties keep a stable order by key). */
export function buildChronology(candidate: Pick<CandidateDetail, "programs">): ChronologyEntry[] {
  return candidate.programs
    .flatMap(programEntries)
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.key.localeCompare(b.key));
}
