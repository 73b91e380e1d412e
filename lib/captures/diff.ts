// A capture's rows against the database: each row matched (受理号 first, then the drug name against every
// name, code and brand of the candidates, exact then normalised; a fuzzy match is only a suggestion) and
// turned into one proposal, validated by the same lib/domain planners the mutations run and parsed by the
// mutations' own input schemas. Pure over a DiffContext loaded in a few set-wise queries.
import type { ApplicationStatus, DesignationState, DesignationType } from "@/generated/prisma/enums";
import { planStatusChange } from "@/lib/applications/status-change";
import { checkApplicationFields } from "@/lib/applications/field-rules";
import type { AuditJson } from "@/lib/audit/record";
import { planDesignationChange, type DesignationRecord } from "@/lib/designations/state-change";
import { compatibleApplicationTypes, impliedApplicationType, parseAcceptanceNumber, parseApprovalNumber } from "@/lib/domain/acceptance-number";
import { canTransitionDesignation, isTerminalDesignationState } from "@/lib/domain/designation-state";
import { formatPartialDate, type PartialDate } from "@/lib/domain/partial-date";
import { validateReimbursementListing } from "@/lib/domain/reimbursement-state";
import { labelOf } from "@/lib/domain/vocabulary";
import { planReimbursementChange, type ReimbursementRecord } from "@/lib/reimbursements/state-change";
import { checkNotInFuture } from "@/lib/changes/effective-date";
import type { Refusal } from "@/lib/changes/refusals";
import { captureKind, type CaptureKindName } from "@/lib/captures/kinds";
import {
  loadConfirmedMatches,
  loadDiffContext,
  loadSuggestions,
  nameKeysOf,
  loadProgrammes,
  type DiffContext,
  type KnownApplication,
  type KnownCandidate,
  type KnownListing,
  type KnownProgram,
  type KnownProvincialAccess,
} from "@/lib/captures/diff-context";
import {
  exactDrugName,
  nameWithoutDoseForm,
  normaliseAcceptanceNumber,
  normaliseDrugName,
  parseCaptureAmount,
  parseCaptureDate,
  parseCapturePeriod,
} from "@/lib/captures/normalise";
import type { ProposalDraft, Suggestion } from "@/lib/captures/proposal";
import type { NameMatch, ProgrammeChosen, ProposalMessage } from "@/lib/captures/proposal-messages";
import type { CaptureRow } from "@/lib/captures/read-capture";
import { parseStep, type Step } from "@/lib/captures/steps";
import { APPLICATION_TYPE_WORDING, LIST_CATEGORY_WORDING, lookUpWording, PROVINCIAL_STATE_WORDING, REVIEW_STATUS_WORDING } from "@/lib/captures/vocabulary";
import { findProvince } from "@/lib/domain/provinces";
import { ON_LIST_REIMBURSEMENT_STATES } from "@/lib/domain/reimbursement-state";
import { NOT_STARTED_RECORD, planProvincialChange, type ListingForAccess } from "@/lib/provincial-access/state-change";

export type CaptureForDiff = { id: number; kind: CaptureKindName; capturedAt: Date; sourceUrl: string | null };

type Reader = Parameters<typeof loadDiffContext>[0];

/** Past this many unmatched names, fuzzy suggestions are skipped (each is a trigram search). */
const MAX_FUZZY_ROWS = 300;

const day = (date: PartialDate) => formatPartialDate(date.date, date.precision);

/** Main-chain order of the NMPA statuses: a capture showing an earlier one than recorded is a conflict. */
const STATUS_RANK: Record<ApplicationStatus, number> = {
  SUBMITTED: 0,
  PENDING_ACCEPTANCE: 1,
  CORRECTION_REQUESTED: 2,
  ACCEPTED: 3,
  QUEUED_FOR_REVIEW: 4,
  UNDER_REVIEW: 5,
  SUPPLEMENT_REQUESTED: 5,
  UNDER_ADMIN_APPROVAL: 6,
  APPROVED_PENDING_CERTIFICATE: 7,
  CERTIFICATE_ISSUED: 8,
  IMPLIED_APPROVAL: 8,
  NOT_APPROVED: 8,
  OBJECTION_FILED: 9,
  OBJECTION_UPHELD: 10,
  NOT_ACCEPTED: 10,
  ABANDONED: 10,
  WITHDRAWN: 10,
  TERMINATED: 10,
};

/** The designation states a publicity list walks through, in order. */
const PUBLICITY_PATH: readonly DesignationState[] = ["NOT_APPLIED", "REQUESTED", "UNDER_ASSESSMENT", "PUBLICIZED", "GRANTED"];

const DESIGNATION_OF_KIND: Partial<Record<CaptureKindName, DesignationType>> = {
  "breakthrough-publicity": "BREAKTHROUGH_THERAPY",
  "priority-publicity": "PRIORITY_REVIEW",
};

class RowDiffer {
  private readonly reason: string;
  private readonly captureDay: PartialDate;

  constructor(
    private readonly capture: CaptureForDiff,
    private readonly context: DiffContext,
    private readonly today: Date,
  ) {
    const kind = captureKind(capture.kind)!;
    const captured = capture.capturedAt.toISOString().slice(0, 10);
    this.reason = `Capture #${capture.id}: ${kind.label.en} (${kind.label.zh}), captured ${captured}`;
    const chinaDay = new Date(capture.capturedAt.getTime() + 8 * 3_600_000);
    this.captureDay = { date: new Date(Date.UTC(chinaDay.getUTCFullYear(), chinaDay.getUTCMonth(), chinaDay.getUTCDate())), precision: "DAY" };
  }

  private meta(effective: PartialDate) {
    return {
      reason: this.reason,
      evidenceUrl: this.capture.sourceUrl,
      noEvidence: !this.capture.sourceUrl,
      evidenceConfidence: "OFFICIAL",
      effectiveDate: day(effective),
    };
  }

  /** The list's own date when it gives one, else the day of the capture. */
  private effective(cell: string | undefined): PartialDate {
    if (!cell) return this.captureDay;
    const parsed = parseCaptureDate(cell);
    return parsed.ok ? parsed.value : this.captureDay;
  }

  diff(row: CaptureRow): ProposalDraft {
    const base = { line: row.line, cells: row.cells };
    try {
      switch (this.capture.kind) {
        case "acceptance-directory":
          return this.acceptanceDirectory(row, base);
        case "review-tasks":
          return this.reviewTask(row, base);
        case "breakthrough-publicity":
        case "priority-publicity":
          return this.publicity(row, base);
        case "approval-notices":
          return this.approvalNotice(row, base);
        case "nhsa-list":
          return this.listing(row, base);
        case "provincial-notice":
          return this.provincialNotice(row, base);
      }
    } catch (error) {
      if (error instanceof UnreadableCell) return { ...base, outcome: "CONFLICT", status: "INFORMATION", rule: "CAPTURE_CELL_UNREADABLE", message: error.said };
      throw error;
    }
  }

  // --- matching ---------------------------------------------------------------------------

  private acceptanceNumber(row: CaptureRow): { value: string; application: KnownApplication | undefined } {
    const cell = row.cells.acceptanceNumber ?? "";
    const parsed = normaliseAcceptanceNumber(cell);
    if (!parsed.ok) throw new UnreadableCell("acceptanceNumber", "受理号", cell, parsed.error);
    const application = this.context.applications.get(parsed.value) ?? (parsed.unit ? this.context.applications.get(parsed.value + parsed.unit) : undefined);
    return { value: parsed.value, application };
  }

  matchCandidate(name: string): { candidate?: KnownCandidate; how?: NameMatch; several?: KnownCandidate[]; suggestions: Suggestion[] } {
    // The analyst's confirmation for this capture comes first: it settles a fuzzy or ambiguous name.
    const confirmed = this.context.candidates.get(this.context.confirmed.get(normaliseDrugName(name)) ?? -1);
    if (confirmed) return { candidate: confirmed, how: "confirmed", suggestions: [] };
    for (const [how, map, key] of [
      ["exactName", this.context.byExactName, exactDrugName(name)],
      ["withoutDoseForm", this.context.byNormalisedName, normaliseDrugName(name)],
    ] as const) {
      const found = map.get(key);
      if (found?.length === 1) return { candidate: found[0], how, suggestions: [] };
      if (found && found.length > 1) return { several: found, suggestions: [] };
    }
    return { suggestions: this.suggest(normaliseDrugName(name)) };
  }

  /** Fuzzy matches loaded for this name (lib/captures/diff-context loadSuggestions): suggestions only. */
  private suggest(name: string): Suggestion[] {
    return this.context.suggestions.get(name) ?? [];
  }

  private chooseProgram(candidate: KnownCandidate, { category, doseForm }: { category?: string | null; doseForm?: string | null }): { program?: KnownProgram; on: ProgrammeChosen } {
    const programs = this.context.programs.get(candidate.id) ?? [];
    let pool = category ? programs.filter((program) => program.drugCategory === category) : programs;
    if (pool.length === 0) pool = programs;
    if (doseForm) {
      const form = normaliseDrugName(doseForm);
      const byForm = pool.filter((program) => program.doseForm && normaliseDrugName(program.doseForm).includes(form));
      if (byForm.length > 0) pool = byForm;
    }
    const program = pool[0];
    if (!program) return { on: null };
    return { program, on: { label: program.indicationZh ?? program.indicationEn, of: pool.length } };
  }

  /** A row whose 受理号 is not recorded: a new application on the candidate its name matches, or a new candidate. */
  private unknownApplication(row: CaptureRow, base: Base, acceptanceNumber: string, extra: { status: "SUBMITTED" | "ACCEPTED"; acceptanceDate?: PartialDate | null; typeCell?: string }): ProposalDraft {
    const name = row.cells.drugName ?? "";
    const match = this.matchCandidate(name);
    if (match.several) return { ...this.ambiguousName(base, name, match.several, acceptanceNumber), acceptanceNumber };
    if (!match.candidate) return this.newCandidate(row, base, acceptanceNumber, match.suggestions);
    const candidate = match.candidate;
    const parsed = parseAcceptanceNumber(acceptanceNumber);
    if (!parsed.ok) throw new UnreadableCell("acceptanceNumber", "受理号", acceptanceNumber, parsed.error);
    const { program, on } = this.chooseProgram(candidate, { category: parsed.value.drugCategory });
    if (!program) {
      return {
        ...base,
        acceptanceNumber,
        candidateId: candidate.id,
        candidateName: displayName(candidate),
        outcome: "CONFLICT",
        status: "INFORMATION",
        message: { code: "noProgrammeForApplication", acceptanceNumber, candidate: displayName(candidate) },
      };
    }
    const worded = lookUpWording(APPLICATION_TYPE_WORDING, extra.typeCell);
    const type = worded && compatibleApplicationTypes(parsed.value).includes(worded) ? worded : impliedApplicationType(parsed.value);
    const applicant = row.cells.company ? this.context.companies.get(row.cells.company) : undefined;
    const effective = extra.acceptanceDate ?? this.captureDay;
    const input: Record<string, unknown> = {
      ...this.meta(effective),
      programId: program.id,
      acceptanceNumber,
      type,
      status: extra.status,
      sourceUrl: this.capture.sourceUrl,
      sourceConfidence: "OFFICIAL",
      ...(applicant ? { applicantId: applicant } : {}),
      ...(extra.acceptanceDate ? { acceptanceDate: day(extra.acceptanceDate) } : {}),
    };
    const checked = checkApplicationFields(
      {
        acceptanceNumber,
        type,
        reviewTrack: null,
        submittedDate: null,
        submittedPrecision: null,
        acceptanceDate: extra.acceptanceDate?.date ?? null,
        acceptancePrecision: extra.acceptanceDate?.precision ?? null,
        approvalNumber: null,
      } as Parameters<typeof checkApplicationFields>[0],
      program.drugCategory,
    );
    return this.validated(
      {
        ...base,
        acceptanceNumber,
        candidateId: candidate.id,
        candidateName: displayName(candidate),
        outcome: "NEW_APPLICATION",
        entityType: "Program",
        entityId: program.id,
        before: null,
        after: { acceptanceNumber, type, status: extra.status, acceptanceDate: extra.acceptanceDate ? day(extra.acceptanceDate) : null, company: row.cells.company ?? null },
        message: { code: "newApplication", acceptanceNumber, type, candidate: displayName(candidate), how: match.how!, programme: on },
      },
      [{ action: "createApplication", input }],
      [...checked.refusals, ...checkNotInFuture(effective, this.today)],
    );
  }

  /** A name several candidates carry: a conflict until the analyst confirms one of them for this capture. */
  private ambiguousName(base: Base, name: string, several: readonly KnownCandidate[], unrecorded: string | null): ProposalDraft {
    return {
      ...base,
      outcome: "CONFLICT",
      status: "INFORMATION",
      rule: "NAME_MATCHES_SEVERAL",
      suggestions: several.map((candidate) => ({ candidateId: candidate.id, name: displayName(candidate), why: { code: "sameName", name, count: several.length } })),
      message: { code: "ambiguousName", name, candidates: several.map(displayName), acceptanceNumber: unrecorded },
    };
  }

  private newCandidate(row: CaptureRow, base: Base, acceptanceNumber: string | null, suggestions: Suggestion[]): ProposalDraft {
    const name = row.cells.drugName ?? "";
    const prefill: Record<string, AuditJson> = { nameZh: nameWithoutDoseForm(name), company: row.cells.company ?? null, acceptanceNumber, drugType: row.cells.drugType ?? null };
    return {
      ...base,
      acceptanceNumber,
      outcome: "NEW_CANDIDATE",
      status: "INFORMATION",
      after: prefill,
      suggestions,
      message: { code: "newCandidate", name, suggestions: suggestions.map((suggestion) => suggestion.name) },
    };
  }

  /** Parses every step with its mutation's schema and records the rules' refusals: PROPOSED or REFUSED. */
  private validated(draft: Omit<ProposalDraft, "status" | "steps">, steps: Step[], refusals: Refusal[]): ProposalDraft {
    for (const step of steps) {
      const parsed = parseStep(step);
      if (!parsed.ok) refusals.push({ rule: "INPUT_INVALID", message: parsed.error });
    }
    const first = refusals[0];
    if (first) {
      return { ...draft, steps, status: "REFUSED", rule: first.rule, message: { ...draft.message, refusals } };
    }
    return { ...draft, steps, status: "PROPOSED" };
  }

  // --- kinds ------------------------------------------------------------------------------

  private acceptanceDirectory(row: CaptureRow, base: Base): ProposalDraft {
    const { value: acceptanceNumber, application } = this.acceptanceNumber(row);
    const dateCell = row.cells.acceptanceDate ?? "";
    const date = parseCaptureDate(dateCell);
    if (!date.ok) throw new UnreadableCell("date", "承办日期", dateCell, date.error);
    if (!application) return this.unknownApplication(row, base, acceptanceNumber, { status: "ACCEPTED", acceptanceDate: date.value, typeCell: row.cells.applicationType });
    const known = this.known(application, base);
    const recorded = application.acceptanceDate ? formatPartialDate(application.acceptanceDate, application.acceptancePrecision ?? "DAY") : null;
    if (recorded && application.acceptancePrecision === "DAY" && recorded !== day(date.value)) {
      return { ...known, outcome: "CONFLICT", status: "INFORMATION", before: { acceptanceDate: recorded }, after: { acceptanceDate: day(date.value) }, message: { code: "acceptanceDateDiffers", acceptanceNumber, listed: day(date.value), recorded } };
    }
    if (STATUS_RANK[application.status] < STATUS_RANK.ACCEPTED) return this.statusChange(application, known, "ACCEPTED", date.value);
    if (!recorded || application.acceptancePrecision !== "DAY") {
      return this.validated(
        { ...known, outcome: "STATUS_CHANGE", before: { acceptanceDate: recorded }, after: { acceptanceDate: day(date.value) }, message: { code: "acceptanceDateToRecord", acceptanceNumber, date: day(date.value) } },
        [{ action: "updateApplication", input: { ...this.meta(this.captureDay), applicationId: application.id, expectedVersion: application.version, acceptanceDate: day(date.value) } }],
        [],
      );
    }
    return { ...known, outcome: "UNCHANGED", status: "INFORMATION", message: { code: "asRecorded", acceptanceNumber } };
  }

  private reviewTask(row: CaptureRow, base: Base): ProposalDraft {
    const { value: acceptanceNumber, application } = this.acceptanceNumber(row);
    const statusCell = row.cells.reviewStatus ?? "";
    const to = lookUpWording(REVIEW_STATUS_WORDING, statusCell);
    if (!to) throw new UnreadableCell("reviewStatus", "审评状态", statusCell);
    if (!application) {
      const entered = parseCaptureDate(row.cells.enteredCentre ?? "");
      return this.unknownApplication(row, base, acceptanceNumber, { status: "ACCEPTED", acceptanceDate: entered.ok ? entered.value : null });
    }
    return this.statusChange(application, this.known(application, base), to, this.captureDay);
  }

  private statusChange(application: KnownApplication, known: Base & Partial<ProposalDraft>, to: ApplicationStatus, effective: PartialDate): ProposalDraft {
    const { acceptanceNumber, status } = application;
    const before = { status };
    const after = { status: to };
    if (status === to) return { ...known, outcome: "UNCHANGED", status: "INFORMATION", message: { code: "statusUnchanged", acceptanceNumber, status } };
    if (STATUS_RANK[to] < STATUS_RANK[status] || STATUS_RANK[status] >= 10) {
      return { ...known, outcome: "CONFLICT", status: "INFORMATION", before, after, message: { code: "statusEarlier", acceptanceNumber, listed: to, recorded: status } };
    }
    const plan = planStatusChange(application, { to, effective, today: this.today });
    return this.validated(
      { ...known, outcome: "STATUS_CHANGE", before, after, message: { code: "statusChange", acceptanceNumber, from: status, to, effective: day(effective) } },
      [{ action: "advanceApplicationStatus", input: { ...this.meta(effective), applicationId: application.id, expectedVersion: application.version, to } }],
      plan.refusals,
    );
  }

  private known(application: KnownApplication, base: Base) {
    return {
      ...base,
      acceptanceNumber: application.acceptanceNumber,
      candidateId: application.candidateId,
      candidateName: application.candidateName,
      entityType: "Application",
      entityId: application.id,
      entityVersion: application.version,
    };
  }

  private publicity(row: CaptureRow, base: Base): ProposalDraft {
    const type = DESIGNATION_OF_KIND[this.capture.kind]!;
    const { value: acceptanceNumber, application } = this.acceptanceNumber(row);
    const startCell = row.cells.publicityStart ?? "";
    const start = parseCaptureDate(startCell);
    if (!start.ok) throw new UnreadableCell("date", "公示日期", startCell, start.error);
    const end = row.cells.publicityEnd ? parseCaptureDate(row.cells.publicityEnd) : null;
    const granted = row.cells.grantedDate ? parseCaptureDate(row.cells.grantedDate) : null;
    if (granted && !granted.ok) throw new UnreadableCell("date", "纳入时间", row.cells.grantedDate ?? "", granted.error);
    if (!application) return this.unknownApplication(row, base, acceptanceNumber, { status: "SUBMITTED" });
    const target: DesignationState = granted?.ok ? "GRANTED" : "PUBLICIZED";
    const designations = (this.context.designations.get(application.programId) ?? []).filter((designation) => designation.type === type);
    const live = designations.find((designation) => !isTerminalDesignationState(type, designation.state)) ?? designations.at(-1);
    const typeLabel = labelOf("DesignationType", type);
    const known = { ...this.known(application, base), entityType: live ? "Designation" : "Program", entityId: live?.id ?? application.programId, entityVersion: live?.version ?? null };
    const from = live?.state ?? "NOT_APPLIED";
    const fromIndex = PUBLICITY_PATH.indexOf(from);
    const targetIndex = PUBLICITY_PATH.indexOf(target);
    const before = { designationState: live ? from : null };
    const after = { designationState: target, publicityStart: day(start.value), ...(granted?.ok ? { granted: day(granted.value) } : {}) };
    if (fromIndex >= targetIndex && fromIndex >= 0) {
      return { ...known, outcome: "UNCHANGED", status: "INFORMATION", message: { code: "designationUnchanged", acceptanceNumber, type, state: from } };
    }
    if (fromIndex < 0 && from !== "OBJECTION_RAISED") {
      return { ...known, outcome: "CONFLICT", status: "INFORMATION", before, after, message: { code: "designationConflict", acceptanceNumber, type, state: from } };
    }
    // Walk the states between the recorded one and the list's, each checked as its own state change.
    const path = from === "OBJECTION_RAISED" ? ["GRANTED" as const] : PUBLICITY_PATH.slice(fromIndex + 1, targetIndex + 1);
    const steps: Step[] = [];
    const refusals: Refusal[] = [];
    let record: DesignationRecord = live ? (live as unknown as DesignationRecord) : emptyDesignation(type);
    if (!live) steps.push({ action: "createDesignation", input: { ...this.meta(start.value), programId: application.programId, type, applicationId: application.id } });
    let chained = !live;
    for (const state of path) {
      const effective = state === "GRANTED" && granted?.ok ? granted.value : start.value;
      const dates: Record<string, string> = {};
      if (state === "PUBLICIZED") {
        dates.publicityStartDate = day(start.value);
        if (end?.ok) dates.publicityEndDate = day(end.value);
      }
      if (state === "GRANTED" && granted?.ok) dates.grantedDate = day(granted.value);
      const plan = planDesignationChange(record, {
        to: state,
        effective,
        today: this.today,
        dates: Object.fromEntries(Object.entries(dates).map(([key, value]) => [key, parseCaptureDate(value).ok ? (parseCaptureDate(value) as { value: PartialDate }).value : null])),
      });
      refusals.push(...plan.refusals);
      record = { ...record, ...plan.data };
      const input = { ...this.meta(effective), to: state, ...dates };
      steps.push(chained ? { action: "changeDesignationState", input, chain: "designationId" } : { action: "changeDesignationState", input: { ...input, designationId: live!.id, expectedVersion: live!.version } });
      chained = true;
    }
    if (!canTransitionDesignation(type, from, path[0]!) && refusals.length === 0) {
      refusals.push({ rule: "TRANSITION_NOT_ALLOWED", message: `${typeLabel} cannot go from "${labelOf("DesignationState", from)}" to "${labelOf("DesignationState", path[0]!)}".` });
    }
    return this.validated(
      {
        ...known,
        outcome: target === "GRANTED" ? "DESIGNATION_GRANTED" : "DESIGNATION_PUBLICITY",
        before,
        after,
        message: { code: "designationChange", acceptanceNumber, type, to: target, start: day(start.value), end: end?.ok ? day(end.value) : null },
      },
      steps,
      refusals,
    );
  }

  private approvalNotice(row: CaptureRow, base: Base): ProposalDraft {
    const { value: acceptanceNumber, application } = this.acceptanceNumber(row);
    const approvalCell = row.cells.approvalNumber ?? "";
    const approval = parseApprovalNumber(approvalCell);
    if (!approval.ok) throw new UnreadableCell("approvalNumber", "批准文号", approvalCell, approval.error);
    const approvalNumber = approval.value.normalized;
    if (!application) return this.unknownApplication(row, base, acceptanceNumber, { status: "SUBMITTED" });
    const known = this.known(application, base);
    if (application.approvalNumber === approvalNumber) return { ...known, outcome: "UNCHANGED", status: "INFORMATION", message: { code: "approvalUnchanged", acceptanceNumber, approvalNumber } };
    if (application.approvalNumber) {
      return { ...known, outcome: "CONFLICT", status: "INFORMATION", before: { approvalNumber: application.approvalNumber }, after: { approvalNumber }, message: { code: "approvalDiffers", acceptanceNumber, listed: approvalNumber, recorded: application.approvalNumber } };
    }
    const effective = this.effective(row.cells.approvalDate);
    const steps: Step[] = [];
    const refusals: Refusal[] = [];
    if (application.status !== "CERTIFICATE_ISSUED") {
      refusals.push(...planStatusChange(application, { to: "CERTIFICATE_ISSUED", effective, today: this.today }).refusals);
      steps.push({ action: "advanceApplicationStatus", input: { ...this.meta(effective), applicationId: application.id, expectedVersion: application.version, to: "CERTIFICATE_ISSUED" } });
    }
    const update = { ...this.meta(effective), approvalNumber };
    steps.push(steps.length ? { action: "updateApplication", input: update, chain: "applicationId" } : { action: "updateApplication", input: { ...update, applicationId: application.id, expectedVersion: application.version } });
    return this.validated(
      {
        ...known,
        outcome: "APPROVAL_RECORDED",
        before: { status: application.status, approvalNumber: null },
        after: { status: "CERTIFICATE_ISSUED", approvalNumber },
        message: { code: "approvalRecorded", acceptanceNumber, approvalNumber, effective: day(effective) },
      },
      steps,
      refusals,
    );
  }

  private provincialNotice(row: CaptureRow, base: Base): ProposalDraft {
    const name = row.cells.drugName ?? "";
    const match = this.matchCandidate(name);
    if (match.several) return this.ambiguousName(base, name, match.several, null);
    if (!match.candidate) return this.newCandidate(row, base, null, match.suggestions);
    const candidate = match.candidate;
    return provincialProposal({
      row,
      base,
      candidate,
      listings: (this.context.programs.get(candidate.id) ?? []).flatMap((program) => this.context.listings.get(program.id) ?? []),
      records: (listingId) => this.context.provincial.get(listingId) ?? [],
      meta: (effective) => this.meta(effective),
      effective: this.effective(row.cells.date),
      today: this.today,
      validated: (draft, steps, refusals) => this.validated(draft, steps, refusals),
    });
  }

  private listing(row: CaptureRow, base: Base): ProposalDraft {
    const categoryCell = row.cells.category ?? "";
    const list = lookUpWording(LIST_CATEGORY_WORDING, categoryCell);
    if (!list) throw new UnreadableCell("listCategory", "类别", categoryCell);
    const period = row.cells.agreementPeriod ? parseCapturePeriod(row.cells.agreementPeriod) : null;
    if (period && !period.ok) throw new UnreadableCell("period", "协议有效期", row.cells.agreementPeriod ?? "", period.error);
    const amount = row.cells.paymentStandard ? parseCaptureAmount(row.cells.paymentStandard) : null;
    if (amount && !amount.ok) throw new UnreadableCell("amount", "支付标准", row.cells.paymentStandard ?? "", amount.error);
    const name = row.cells.drugName ?? "";
    const match = this.matchCandidate(name);
    if (match.several) return this.ambiguousName(base, name, match.several, null);
    if (!match.candidate) return this.newCandidate(row, base, null, match.suggestions);
    const candidate = match.candidate;
    const { program, on } = this.chooseProgram(candidate, { doseForm: row.cells.doseForm });
    const candidateName = displayName(candidate);
    const who = { ...base, candidateId: candidate.id, candidateName: candidateName };
    if (!program) return { ...who, outcome: "CONFLICT", status: "INFORMATION", message: { code: "noProgrammeToList", candidate: candidateName } };
    const start = period?.ok ? period.start : this.captureDay;
    const listYear = start.date.getUTCFullYear();
    const listings = (this.context.listings.get(program.id) ?? []).filter((listing) => listing.list === list && listing.listYear <= listYear);
    const current = listings.at(-1);
    const captured = {
      paymentStandard: amount?.ok ? amount.amount : null,
      paymentUnit: amount?.ok ? amount.unit : null,
      restriction: row.cells.restriction || null,
      agreementStartDate: period?.ok ? day(period.start) : null,
      agreementEndDate: period?.ok ? day(period.end) : null,
    };
    const facts = Object.fromEntries(Object.entries(captured).filter(([, value]) => value !== null));
    const matched = { how: match.how!, programme: on };
    if (!current) {
      const input = { ...this.meta(start), programId: program.id, list, listYear, state: "LISTED", effectiveDateOfList: day(start), ...facts };
      const violations = validateReimbursementListing({ list, state: "LISTED", effectiveDate: start.date, agreementStartDate: period?.ok ? period.start.date : null, agreementEndDate: period?.ok ? period.end.date : null, paymentStandard: captured.paymentStandard })
        .filter((violation) => violation.severity === "error")
        .map((violation) => ({ rule: violation.rule, message: violation.message }));
      return this.validated(
        {
          ...who,
          outcome: "LISTING_ADDED",
          entityType: "Program",
          entityId: program.id,
          before: null,
          after: { list, listYear, ...facts },
          message: { code: "listingAdded", candidate: candidateName, list, year: listYear, ...matched },
        },
        [{ action: "createReimbursementListing", input }],
        [...violations, ...checkNotInFuture(start, this.today)],
      );
    }
    const known = { ...who, entityType: "ReimbursementListing", entityId: current.id, entityVersion: current.version };
    const onList = ["LISTED", "RENEWED", "RENEGOTIATED", "CONVERTED_TO_REGULAR"].includes(current.state);
    const recordedEnd = current.agreementEndDate instanceof Date ? current.agreementEndDate.toISOString().slice(0, 10) : null;
    const recorded = { state: current.state, paymentStandard: current.paymentStandard, agreementEndDate: recordedEnd };
    const renewal = onList && period?.ok && recordedEnd !== null && day(period.end) > recordedEnd;
    if (onList && !renewal) {
      const differs = (captured.paymentStandard && current.paymentStandard && Number(captured.paymentStandard) !== Number(current.paymentStandard)) || (captured.agreementEndDate && recordedEnd && captured.agreementEndDate !== recordedEnd);
      if (differs) {
        return { ...known, outcome: "CONFLICT", status: "INFORMATION", before: recorded, after: facts, message: { code: "listingTermsDiffer", candidate: candidateName, list, year: listYear, recordedYear: current.listYear } };
      }
      return { ...known, outcome: "UNCHANGED", status: "INFORMATION", message: { code: "listingUnchanged", candidate: candidateName, list } };
    }
    const to = renewal ? "RENEWED" : "LISTED";
    const plan = planReimbursementChange(current as unknown as ReimbursementRecord, {
      to,
      effective: start,
      today: this.today,
      dates: { ...(period?.ok ? { agreementStartDate: period.start, agreementEndDate: period.end } : {}), ...(to === "LISTED" ? { effectiveDate: start } : {}) },
      paymentStandard: captured.paymentStandard,
      paymentUnit: captured.paymentUnit,
      restriction: captured.restriction,
    });
    const input = {
      ...this.meta(start),
      listingId: current.id,
      expectedVersion: current.version,
      to,
      ...(to === "LISTED" ? { effectiveDateOfList: day(start) } : {}),
      ...facts,
    };
    return this.validated(
      {
        ...known,
        outcome: to === "LISTED" ? "LISTING_ADDED" : "LISTING_CHANGED",
        before: recorded,
        after: { state: to, ...facts },
        message: { code: "listingChanged", candidate: candidateName, list, year: listYear, from: current.state, to, ...matched },
      },
      [{ action: "changeReimbursementState", input }],
      plan.refusals,
    );
  }
}

type Base = { line: number; cells: Record<string, string> };

/** One province's new state for a drug's current listing (the latest listing on its list), as the form records it. */
function provincialProposal(differ: {
  row: CaptureRow;
  base: Base;
  candidate: KnownCandidate;
  listings: readonly KnownListing[];
  records: (listingId: number) => readonly KnownProvincialAccess[];
  meta: (effective: PartialDate) => Record<string, unknown>;
  effective: PartialDate;
  today: Date;
  validated: (draft: Omit<ProposalDraft, "status" | "steps">, steps: Step[], refusals: Refusal[]) => ProposalDraft;
}): ProposalDraft {
  const { row, base, candidate, effective } = differ;
  const province = findProvince(row.cells.province ?? "");
  if (!province) throw new UnreadableCell("province", "省份", row.cells.province ?? "");
  const to = lookUpWording(PROVINCIAL_STATE_WORDING, row.cells.status);
  if (!to) throw new UnreadableCell("provincialState", "状态", row.cells.status ?? "");
  const name = displayName(candidate);
  const who = { ...base, candidateId: candidate.id, candidateName: name };
  const listing = differ.listings.filter((known) => ON_LIST_REIMBURSEMENT_STATES.includes(known.state)).sort((a, b) => a.listYear - b.listYear).at(-1);
  if (!listing) return { ...who, outcome: "CONFLICT", status: "INFORMATION", message: { code: "noListingForAccess", candidate: name } };
  const record = differ.records(listing.id).find((known) => known.provinceCode === province.code);
  const current = record ?? NOT_STARTED_RECORD;
  const known = { ...who, entityType: record ? "ProvincialAccess" : "ReimbursementListing", entityId: record?.id ?? listing.id, entityVersion: record?.version ?? listing.version };
  if (current.state === to) return { ...known, outcome: "UNCHANGED", status: "INFORMATION", message: { code: "accessUnchanged", candidate: name, province: province.code, state: to } };
  const plan = planProvincialChange(current, listing as unknown as ListingForAccess, { to, effective, today: differ.today });
  const input = { ...differ.meta(effective), listingId: listing.id, province: province.code, to, expectedVersion: record?.version ?? 0 };
  return differ.validated(
    {
      ...known,
      outcome: "LISTING_CHANGED",
      before: { province: province.code, provincialState: current.state },
      after: { province: province.code, provincialState: to },
      message: { code: "accessChange", candidate: name, list: listing.list, year: listing.listYear, province: province.code, from: current.state, to },
    },
    [{ action: "changeProvincialAccess", input }],
    plan.refusals,
  );
}

/** A cell the row's proposal cannot be made without, unreadable: the row becomes a conflict that says which. */
class UnreadableCell extends Error {
  readonly said: ProposalMessage;

  constructor(cell: Extract<ProposalMessage, { code: "cellUnreadable" }>["cell"], column: string, value: string, problem?: string) {
    super(`${column} "${value}"${problem ? `: ${problem}` : ""}`);
    this.said = { code: "cellUnreadable", cell, column, value, ...(problem ? { problem } : {}) };
  }
}

function displayName(candidate: KnownCandidate): string {
  return candidate.nameZh ? `${candidate.nameZh} (${candidate.nameEn})` : candidate.nameEn;
}

function emptyDesignation(type: DesignationType): DesignationRecord {
  return {
    type,
    state: "NOT_APPLIED",
    terminationReason: null,
    conditions: null,
    requestedDate: null,
    requestedPrecision: null,
    publicityStartDate: null,
    publicityStartPrecision: null,
    publicityEndDate: null,
    publicityEndPrecision: null,
    grantedDate: null,
    grantedPrecision: null,
    terminatedDate: null,
    terminatedPrecision: null,
    obligationDeadline: null,
    obligationPrecision: null,
  } as DesignationRecord;
}

/** The key two rows of a capture share when they are about the same record. */
function rowKey(kind: CaptureKindName, row: CaptureRow): string {
  if (kind === "nhsa-list") return `${normaliseDrugName(row.cells.drugName ?? "")}|${row.cells.doseForm ?? ""}|${row.cells.category ?? ""}`;
  if (kind === "provincial-notice") return `${normaliseDrugName(row.cells.drugName ?? "")}|${findProvince(row.cells.province ?? "")?.code ?? row.cells.province ?? ""}`;
  const parsed = normaliseAcceptanceNumber(row.cells.acceptanceNumber ?? "");
  return parsed.ok ? parsed.value : `line ${row.line}`;
}

const withoutSerial = (row: CaptureRow) => JSON.stringify({ ...row.cells, serial: undefined });

/** Diffs every row; rows repeated in the capture become one proposal (identical) or conflicts (differing). */
export async function diffCaptureRows(reader: Reader, capture: CaptureForDiff, rows: readonly CaptureRow[], today: Date): Promise<ProposalDraft[]> {
  const numbers = new Set<string>();
  for (const row of rows) {
    const parsed = row.cells.acceptanceNumber ? normaliseAcceptanceNumber(row.cells.acceptanceNumber) : null;
    if (parsed?.ok) {
      numbers.add(parsed.value);
      if (parsed.unit) numbers.add(parsed.value + parsed.unit);
    }
  }
  const companies = [...new Set(rows.map((row) => row.cells.company).filter((name): name is string => Boolean(name)))];
  const context = await loadDiffContext(reader, { acceptanceNumbers: [...numbers], nameKeys: [], companyNames: companies });
  const confirmedFor = (into: DiffContext) => loadConfirmedMatches(reader, into, capture.id);
  // Names are looked up only for rows whose 受理号 is not recorded (and for the NHSA lists, which have none).
  const byName = rows.filter((row) => {
    // Lists without 受理号 are matched by name.
    if (capture.kind === "nhsa-list" || capture.kind === "provincial-notice") return true;
    const parsed = normaliseAcceptanceNumber(row.cells.acceptanceNumber ?? "");
    return parsed.ok && !context.applications.has(parsed.value) && !(parsed.unit && context.applications.has(parsed.value + parsed.unit));
  });
  if (byName.length > 0) {
    const named = await loadDiffContext(reader, { acceptanceNumbers: [], nameKeys: [...new Set(byName.flatMap((row) => nameKeysOf(row.cells.drugName ?? "")))], companyNames: [] });
    Object.assign(context, { byExactName: named.byExactName, byNormalisedName: named.byNormalisedName, candidates: named.candidates });
    await confirmedFor(context);
  }

  const probe = new RowDiffer(capture, context, today);
  const candidateIds = new Set<number>();
  for (const application of context.applications.values()) candidateIds.add(application.candidateId);
  const unmatched: string[] = [];
  for (const row of byName) {
    const match = probe.matchCandidate(row.cells.drugName ?? "");
    if (match.candidate) candidateIds.add(match.candidate.id);
    else if (!match.several) unmatched.push(normaliseDrugName(row.cells.drugName ?? ""));
  }
  if (unmatched.length <= MAX_FUZZY_ROWS) await loadSuggestions(reader, context, unmatched);
  await loadProgrammes(reader, context, [...candidateIds]);
  const differ = new RowDiffer(capture, context, today);

  const firstOf = new Map<string, CaptureRow>();
  const linesOf = new Map<string, number[]>();
  for (const row of rows) {
    const key = rowKey(capture.kind, row);
    linesOf.set(key, [...(linesOf.get(key) ?? []), row.line]);
    if (!firstOf.has(key)) firstOf.set(key, row);
  }
  return rows.map((row) => {
    const key = rowKey(capture.kind, row);
    const lines = linesOf.get(key)!;
    const first = firstOf.get(key)!;
    if (lines.length > 1) {
      const differing = rows.filter((other) => lines.includes(other.line)).some((other) => withoutSerial(other) !== withoutSerial(first));
      if (differing) {
        return { line: row.line, cells: row.cells, outcome: "CONFLICT", status: "INFORMATION", rule: "CAPTURE_ROW_REPEATED", message: { code: "rowRepeatedDiffering", lines } };
      }
      if (first !== row) return { line: row.line, cells: row.cells, outcome: "UNCHANGED", status: "INFORMATION", rule: "CAPTURE_ROW_REPEATED", message: { code: "rowRepeats", line: first.line } };
    }
    return differ.diff(row);
  });
}

