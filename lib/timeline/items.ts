// Turns a programme's dated records into timeline items: marks (milestones) and bars (review windows,
// designation periods, reimbursement agreements). Pure and serialisable (days as YYYY-MM-DD), so the server
// builds them once and both timelines draw them; every item keeps its date precision and its source.
import type {
  ApplicationDecision,
  ApplicationStatus,
  ApplicationType,
  DatePrecision,
  DesignationState,
  DesignationType,
  ProgramStage,
  ReimbursementList,
  SourceConfidence,
} from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { toDayKey } from "@/lib/domain/calendar-day";
import { compareItems } from "@/lib/timeline/item-order";
import type { WorkingCalendar } from "@/lib/domain/china-calendar";
import {
  isReviewRunning,
  reviewEndDate,
  summarizeApplicationClock,
  type ClockedApplication,
  type ReviewClockSummary,
} from "@/lib/domain/application-clock";
import { clockedApplicationSelect } from "@/lib/review-clock/select";

export type TimelineSource = { url: string | null; confidence: SourceConfidence; illustrative: boolean };

export type MarkCategory = "stage" | "application" | "decision" | "designation" | "reimbursement";
export type BarCategory = "review" | "publicity" | "designation" | "agreement";

/** Designation steps drawn as marks; the publicity window and the granted period are bars. */
export type DesignationStep = "REQUESTED" | "PUBLICITY_START" | "GRANTED" | "TERMINATED";
/** Reimbursement steps (reference §4.2), in the order of the annual cycle. */
export type ReimbursementStep =
  | "APPLIED"
  | "FORMAL_REVIEW"
  | "EXPERT_REVIEW"
  | "NEGOTIATION"
  | "PUBLISHED"
  | "EFFECTIVE"
  | "AGREEMENT_END"
  | "REMOVED"
  /** A province put the listed drug on its procurement platform (挂网); subject "LIST YEAR PROVINCECODE". */
  | "PROVINCE_LISTED";

/** Which row of the candidate timeline an item belongs to: stages, or one application/designation/listing. */
export type RowKey = "stages" | `application-${number}` | `designation-${number}` | `reimbursement-${number}`;

type ItemBase = { id: string; row: RowKey; source: TimelineSource };

export type TimelineMark = ItemBase & {
  kind: "mark";
  date: string;
  precision: DatePrecision;
} & (
    | { category: "stage"; code: ProgramStage; subject: string }
    | { category: "application"; code: ApplicationStatus; subject: string }
    | { category: "decision"; code: ApplicationDecision; subject: string }
    | { category: "designation"; code: DesignationStep; subject: DesignationType }
    | { category: "reimbursement"; code: ReimbursementStep; subject: string }
  );

/** How a bar's right end was found. */
export type BarEnd = "dated" | "decision" | "deadline" | "today";

export type TimelineBar = ItemBase & {
  kind: "bar";
  start: string;
  startPrecision: DatePrecision;
  /** Last day drawn, inclusive. */
  end: string;
  endPrecision: DatePrecision;
  endKind: BarEnd;
} & (
    | {
        category: "review";
        code: ApplicationType;
        subject: string;
        /** Periods the statutory clock did not run (发补), clipped to the bar. */
        stops: { start: string; end: string }[];
        /** The statutory deadline when known, drawn as a tick even after the review ended. */
        deadline: string | null;
        clock: ReviewClockSummary | null;
      }
    | { category: "publicity" | "designation"; code: DesignationType; subject: DesignationState }
    | { category: "agreement"; code: ReimbursementList; subject: string }
  );

export type TimelineItem = TimelineMark | TimelineBar;
export type ReviewBar = Extract<TimelineBar, { category: "review" }>;

/** What the portfolio needs of a programme; the candidate page's detail query is a superset. */
export const timelineProgramSelect = {
  id: true,
  events: {
    select: {
      id: true,
      stage: true,
      eventDate: true,
      eventPrecision: true,
      note: true,
      sourceUrl: true,
      sourceConfidence: true,
      illustrative: true,
    },
  },
  applications: {
    select: {
      ...clockedApplicationSelect,
      type: true,
      decision: true,
      decisionPrecision: true,
      statusPrecision: true,
      sourceUrl: true,
      sourceConfidence: true,
      illustrative: true,
    },
  },
  designations: {
    select: {
      id: true,
      type: true,
      state: true,
      requestedDate: true,
      requestedPrecision: true,
      publicityStartDate: true,
      publicityStartPrecision: true,
      publicityEndDate: true,
      publicityEndPrecision: true,
      grantedDate: true,
      grantedPrecision: true,
      terminatedDate: true,
      terminatedPrecision: true,
      sourceUrl: true,
      sourceConfidence: true,
      illustrative: true,
    },
  },
  reimbursements: {
    select: {
      id: true,
      list: true,
      listYear: true,
      state: true,
      appliedDate: true,
      appliedPrecision: true,
      formalReviewDate: true,
      formalReviewPrecision: true,
      expertReviewDate: true,
      expertReviewPrecision: true,
      negotiationDate: true,
      negotiationPrecision: true,
      publicationDate: true,
      publicationPrecision: true,
      effectiveDate: true,
      effectivePrecision: true,
      agreementStartDate: true,
      agreementStartPrecision: true,
      agreementEndDate: true,
      agreementEndPrecision: true,
      removedDate: true,
      removedPrecision: true,
      sourceUrl: true,
      sourceConfidence: true,
      illustrative: true,
      provincialAccess: {
        where: { listedDate: { not: null } },
        orderBy: { provinceCode: "asc" },
        select: { provinceCode: true, listedDate: true, listedPrecision: true, sourceUrl: true, sourceConfidence: true, illustrative: true },
      },
    },
  },
} as const satisfies Prisma.ProgramSelect;

type SelectedProgram = Prisma.ProgramGetPayload<{ select: typeof timelineProgramSelect }>;
type StatusChange = {
  id: number;
  toStatus: ApplicationStatus;
  changeDate: Date;
  changePrecision: DatePrecision;
  sourceUrl: string | null;
  sourceConfidence: SourceConfidence;
};

/** A programme's records; the status history is only read when the detail level asks for it. */
export type TimelineProgramRecord = Omit<SelectedProgram, "applications"> & {
  applications: (SelectedProgram["applications"][number] & { statusHistory?: readonly StatusChange[] })[];
};

/**
 * "portfolio": what one lane among a thousand needs (stages, review windows, decisions, designation windows,
 * listing and agreement); "candidate": every dated step, including each application's status history.
 */
export type ItemDetail = "portfolio" | "candidate";

/** Designation states in which a granted designation still holds today. */
const DESIGNATION_HOLDING_STATES: readonly DesignationState[] = ["GRANTED", "CONDITIONALLY_APPROVED", "EXTENDED"];
const PORTFOLIO_REIMBURSEMENT_STEPS: readonly ReimbursementStep[] = ["EFFECTIVE", "REMOVED", "PROVINCE_LISTED"];

const day = (date: Date) => toDayKey(date);
const laterKey = (a: string, b: string) => (a > b ? a : b);
const earlierKey = (a: string, b: string) => (a < b ? a : b);

function reviewItems(
  application: TimelineProgramRecord["applications"][number],
  today: Date,
  detail: ItemDetail,
  calendar: WorkingCalendar,
): TimelineItem[] {
  const row: RowKey = `application-${application.id}`;
  const source: TimelineSource = {
    url: application.sourceUrl,
    confidence: application.sourceConfidence,
    illustrative: application.illustrative,
  };
  const items: TimelineItem[] = [];
  const todayKey = day(today);
  const clockedApplication: ClockedApplication = application;
  const clock = summarizeApplicationClock(clockedApplication, today, calendar);
  const deadline = clock && clock.state !== "unavailable" ? clock.deadline : null;

  if (application.acceptanceDate) {
    const start = day(application.acceptanceDate);
    const ended = reviewEndDate(application);
    let end: string;
    let endKind: BarEnd;
    let endPrecision: DatePrecision = "DAY";
    if (ended) {
      end = day(ended);
      endKind = "decision";
      endPrecision = (application.decisionDate ? application.decisionPrecision : application.statusPrecision) ?? "DAY";
    } else if (isReviewRunning(application.status) && deadline && deadline >= todayKey) {
      end = deadline;
      endKind = "deadline";
    } else if (isReviewRunning(application.status)) {
      end = todayKey;
      endKind = "today";
    } else {
      // Left review without a dated end (e.g. withdrawn, undated): only the acceptance is known.
      end = start;
      endKind = "dated";
    }
    end = laterKey(end, start);
    const stops = application.clockStops.flatMap((stop) => {
      const stopStart = laterKey(day(stop.startDate), start);
      const stopEnd = earlierKey(stop.endDate ? day(stop.endDate) : todayKey, end);
      return stopStart <= stopEnd ? [{ start: stopStart, end: stopEnd }] : [];
    });
    items.push({
      kind: "bar",
      category: "review",
      id: `review-${application.id}`,
      row,
      code: application.type,
      subject: application.acceptanceNumber,
      start,
      startPrecision: application.acceptancePrecision ?? "DAY",
      end,
      endPrecision,
      endKind,
      stops,
      deadline,
      clock,
      source,
    });
  }

  if (application.decision && application.decisionDate) {
    items.push({
      kind: "mark",
      category: "decision",
      id: `decision-${application.id}`,
      row,
      code: application.decision,
      subject: application.acceptanceNumber,
      date: day(application.decisionDate),
      precision: application.decisionPrecision ?? "DAY",
      source,
    });
  }

  if (detail === "candidate") {
    for (const change of application.statusHistory ?? []) {
      items.push({
        kind: "mark",
        category: "application",
        id: `status-${change.id}`,
          row,
        code: change.toStatus,
        subject: application.acceptanceNumber,
        date: day(change.changeDate),
        precision: change.changePrecision,
        source: { url: change.sourceUrl ?? application.sourceUrl, confidence: change.sourceConfidence, illustrative: application.illustrative },
      });
    }
  }
  return items;
}

function designationItems(
  designation: TimelineProgramRecord["designations"][number],
  today: Date,
  detail: ItemDetail,
): TimelineItem[] {
  const row: RowKey = `designation-${designation.id}`;
  const source: TimelineSource = {
    url: designation.sourceUrl,
    confidence: designation.sourceConfidence,
    illustrative: designation.illustrative,
  };
  const base = { row, source };
  const items: TimelineItem[] = [];
  const mark = (code: DesignationStep, date: Date | null, precision: DatePrecision | null) => {
    if (!date) return;
    items.push({
      ...base,
      kind: "mark",
      category: "designation",
      id: `designation-${designation.id}-${code}`,
      code,
      subject: designation.type,
      date: day(date),
      precision: precision ?? "DAY",
    });
  };
  const bar = (
    category: "publicity" | "designation",
    start: Date,
    startPrecision: DatePrecision | null,
    end: Date | null,
    endPrecision: DatePrecision | null,
  ) => {
    const startKey = day(start);
    items.push({
      ...base,
      kind: "bar",
      category,
      id: `${category}-${designation.id}`,
      code: designation.type,
      subject: designation.state,
      start: startKey,
      startPrecision: startPrecision ?? "DAY",
      end: laterKey(end ? day(end) : day(today), startKey),
      endPrecision: end ? (endPrecision ?? "DAY") : "DAY",
      endKind: end ? "dated" : "today",
    });
  };

  mark("REQUESTED", designation.requestedDate, designation.requestedPrecision);
  if (designation.publicityStartDate) {
    const stillPublic = designation.state === "PUBLICIZED" || designation.state === "OBJECTION_RAISED";
    if (designation.publicityEndDate || stillPublic) {
      bar("publicity", designation.publicityStartDate, designation.publicityStartPrecision, designation.publicityEndDate, designation.publicityEndPrecision);
    } else {
      mark("PUBLICITY_START", designation.publicityStartDate, designation.publicityStartPrecision);
    }
  }
  if (designation.grantedDate) {
    const holding = DESIGNATION_HOLDING_STATES.includes(designation.state);
    if (designation.terminatedDate || holding) {
      bar("designation", designation.grantedDate, designation.grantedPrecision, designation.terminatedDate, designation.terminatedPrecision);
    }
    // A granted designation that ended on an undated day keeps only its grant as a milestone.
    if (detail === "candidate" || !(designation.terminatedDate || holding)) {
      mark("GRANTED", designation.grantedDate, designation.grantedPrecision);
    }
  }
  if (detail === "candidate") mark("TERMINATED", designation.terminatedDate, designation.terminatedPrecision);
  return items;
}

function reimbursementItems(
  listing: TimelineProgramRecord["reimbursements"][number],
  detail: ItemDetail,
): TimelineItem[] {
  const row: RowKey = `reimbursement-${listing.id}`;
  const source: TimelineSource = { url: listing.sourceUrl, confidence: listing.sourceConfidence, illustrative: listing.illustrative };
  const subject = `${listing.list} ${listing.listYear}`;
  const steps: [ReimbursementStep, Date | null, DatePrecision | null][] = [
    ["APPLIED", listing.appliedDate, listing.appliedPrecision],
    ["FORMAL_REVIEW", listing.formalReviewDate, listing.formalReviewPrecision],
    ["EXPERT_REVIEW", listing.expertReviewDate, listing.expertReviewPrecision],
    ["NEGOTIATION", listing.negotiationDate, listing.negotiationPrecision],
    ["PUBLISHED", listing.publicationDate, listing.publicationPrecision],
    ["EFFECTIVE", listing.effectiveDate, listing.effectivePrecision],
    ["AGREEMENT_END", listing.agreementEndDate, listing.agreementEndPrecision],
    ["REMOVED", listing.removedDate, listing.removedPrecision],
  ];
  const items: TimelineItem[] = [];
  for (const [code, date, precision] of steps) {
    if (!date || (detail === "portfolio" && !PORTFOLIO_REIMBURSEMENT_STEPS.includes(code))) continue;
    items.push({
      kind: "mark",
      category: "reimbursement",
      id: `reimbursement-${listing.id}-${code}`,
      row,
      code,
      subject,
      date: day(date),
      precision: precision ?? "DAY",
      source,
    });
  }
  // Each province's platform listing, on the listing's own row (and on its lane in the portfolio).
  for (const access of listing.provincialAccess ?? []) {
    if (!access.listedDate) continue;
    items.push({
      kind: "mark",
      category: "reimbursement",
      id: `reimbursement-${listing.id}-PROVINCE_LISTED-${access.provinceCode}`,
      row,
      code: "PROVINCE_LISTED",
      subject: `${subject} ${access.provinceCode}`,
      date: day(access.listedDate),
      precision: access.listedPrecision ?? "DAY",
      source: { url: access.sourceUrl, confidence: access.sourceConfidence, illustrative: access.illustrative },
    });
  }
  const agreementStart = listing.agreementStartDate ?? listing.effectiveDate;
  if (agreementStart && listing.agreementEndDate) {
    const start = day(agreementStart);
    items.push({
      kind: "bar",
      category: "agreement",
      id: `agreement-${listing.id}`,
      row,
      code: listing.list,
      subject,
      start,
      startPrecision: (listing.agreementStartDate ? listing.agreementStartPrecision : listing.effectivePrecision) ?? "DAY",
      end: laterKey(day(listing.agreementEndDate), start),
      endPrecision: listing.agreementEndPrecision ?? "DAY",
      endKind: "dated",
      source,
    });
  }
  return items;
}

/** Every item of one programme, oldest first. `today` ends open bars and reads review clocks. */
export function buildProgramItems(
  program: TimelineProgramRecord,
  { today, detail, calendar }: { today: Date; detail: ItemDetail; calendar: WorkingCalendar },
): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const event of program.events) {
    items.push({
      kind: "mark",
      category: "stage",
      id: `stage-${event.id}`,
      row: "stages",
      code: event.stage,
      subject: event.note ?? "",
      date: day(event.eventDate),
      precision: event.eventPrecision,
      source: { url: event.sourceUrl, confidence: event.sourceConfidence, illustrative: event.illustrative },
    });
  }
  for (const application of program.applications) items.push(...reviewItems(application, today, detail, calendar));
  for (const designation of program.designations) items.push(...designationItems(designation, today, detail));
  for (const listing of program.reimbursements) items.push(...reimbursementItems(listing, detail));
  return items.sort(compareItems);
}

