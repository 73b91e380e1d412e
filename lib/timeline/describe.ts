// Words for timeline items: the short label drawn beside a mark or inside a bar, and the full text
// alternative (what, when at which precision, review clock, source and confidence) used for aria-labels
// and the details panel, so nothing on the chart is conveyed by colour or shape alone.
import { CALENDAR_MESSAGES, type CalendarLang } from "@/lib/calendar/messages";
import type { DatePrecision } from "@/generated/prisma/enums";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { dayFromKey } from "@/lib/domain/calendar-day";
import { labelOf } from "@/lib/domain/vocabulary";
import type { ReviewClockSummary } from "@/lib/review-clock/application-clock";
import type { DesignationStep, ReimbursementStep, TimelineBar, TimelineItem } from "@/lib/timeline/items";

const DESIGNATION_SHORT: Record<string, string> = {
  BREAKTHROUGH_THERAPY: "BTD",
  PRIORITY_REVIEW: "PR",
  CONDITIONAL_APPROVAL: "CA",
  SPECIAL_APPROVAL: "SA",
  IND_FAST_CHANNEL: "30-WD",
};

const DESIGNATION_STEP_TEXT: Record<DesignationStep, string> = {
  REQUESTED: "requested",
  PUBLICITY_START: "public notice (公示) opened",
  GRANTED: "granted",
  TERMINATED: "ended",
};

const REIMBURSEMENT_STEP_TEXT: Record<ReimbursementStep, string> = {
  APPLIED: "application filed",
  FORMAL_REVIEW: "formal review",
  EXPERT_REVIEW: "expert review",
  NEGOTIATION: "negotiation",
  PUBLISHED: "list published",
  EFFECTIVE: "listed (effective)",
  AGREEMENT_END: "agreement ends",
  REMOVED: "removed from the list",
};

const APPLICATION_TYPE_SHORT: Record<string, string> = {
  IND: "IND",
  NDA: "NDA",
  SUPPLEMENT: "Supplement",
  GENERIC: "Generic",
  RE_REGISTRATION: "Re-registration",
  OTHER: "Application",
};

export function designationShort(type: string): string {
  return DESIGNATION_SHORT[type] ?? type;
}

/** "2024-06-25", or "2024-06 (month precision)" / "2024 (year precision)". */
export function describeDate(key: string, precision: DatePrecision): string {
  const text = formatPartialDate(dayFromKey(key), precision);
  return precision === "DAY" ? text : `${text} (${precision.toLowerCase()} precision)`;
}

function listSubject(subject: string): string {
  const [list = "", year = ""] = subject.split(" ");
  return `${labelOf("ReimbursementList", list)} ${year}`.trim();
}

/** What the item is, in a few words (no date). */
export function itemTitle(item: TimelineItem): string {
  if (item.kind === "mark") {
    switch (item.category) {
      case "stage":
        return labelOf("ProgramStage", item.code);
      case "application":
        return `${item.subject}: ${labelOf("ApplicationStatus", item.code)}`;
      case "decision":
        return `${item.subject} decision: ${labelOf("ApplicationDecision", item.code)}`;
      case "designation":
        return `${labelOf("DesignationType", item.subject)} ${DESIGNATION_STEP_TEXT[item.code]}`;
      case "reimbursement":
        return `${listSubject(item.subject)}: ${REIMBURSEMENT_STEP_TEXT[item.code]}`;
    }
  }
  switch (item.category) {
    case "review":
      return `${APPLICATION_TYPE_SHORT[item.code] ?? item.code} ${item.subject} review`;
    case "publicity":
      return `${labelOf("DesignationType", item.code)} public notice (公示)`;
    case "designation":
      return `${labelOf("DesignationType", item.code)} designation (${labelOf("DesignationState", item.subject).toLowerCase()})`;
    case "agreement":
      return `${listSubject(item.subject)} agreement period`;
  }
}

/** The text drawn on the chart beside a mark or inside a bar: short, because space is short. */
export function itemShortLabel(item: TimelineItem): string {
  if (item.kind === "bar") {
    switch (item.category) {
      case "review":
        return `${APPLICATION_TYPE_SHORT[item.code] ?? item.code} ${item.clock ? clockShortText(item.clock) : ""}`.trim();
      case "publicity":
        return `${designationShort(item.code)} notice`;
      case "designation":
        return designationShort(item.code);
      case "agreement":
        return "agreement";
    }
  }
  return itemTitle(item);
}

/** "45/200 WD", "12 WD left", "overdue 5 WD", "stopped", "done in 180/200 WD", "outside calendar". */
export function clockShortText(clock: ReviewClockSummary): string {
  switch (clock.state) {
    case "running":
      return clock.remaining <= 20 ? `${clock.remaining} WD left` : `${clock.elapsed}/${clock.limit} WD`;
    case "overdue":
      return `overdue ${clock.overdueBy} WD`;
    case "stopped":
      return "stopped";
    case "completed":
      return `done in ${clock.elapsed}/${clock.limit} WD`;
    case "unavailable":
      return clock.reason === "outside-calendar" ? "outside calendar" : "no clock";
  }
}

/** "≈ 2027-05-14 (provisional calendar)" for a deadline that rests on a provisional year; null otherwise. */
export function provisionalDeadlineText(clock: ReviewClockSummary, lang: CalendarLang = "en"): string | null {
  if (clock.state === "unavailable" || clock.state === "completed" || clock.calendar !== "provisional" || !clock.deadline) return null;
  return CALENDAR_MESSAGES[lang].provisionalDeadline(clock.deadline);
}

/** The whole clock in a sentence, for text alternatives and the details panel. */
export function clockSentence(clock: ReviewClockSummary): string {
  const track = labelOf("ReviewTrack", clock.track);
  if (clock.state === "unavailable") return `${track}: ${clock.message}`;
  const used = `${clock.elapsed} of ${clock.limit} working days used`;
  const stopped = clock.stoppedDays > 0 ? `, ${clock.stoppedDays} working days stopped for supplementary data` : "";
  const deadline = clock.deadline
    ? clock.calendar === "provisional"
      ? CALENDAR_MESSAGES.en.provisionalDeadlineSentence(clock.deadline)
      : `statutory deadline ${clock.deadline}`
    : clock.deadlineUnknown === "open-clock-stop"
      ? "deadline unknown until the applicant responds (clock stopped)"
      : "deadline beyond the covered working-day calendar";
  const status =
    clock.state === "overdue"
      ? `overdue by ${clock.overdueBy} working days`
      : clock.state === "stopped"
        ? clock.overdueBy > 0
          ? `clock stopped, already ${clock.overdueBy} working days past the limit`
          : `clock stopped, ${clock.remaining} working days left`
        : clock.state === "completed"
          ? `review ended${clock.overdueBy > 0 ? ` ${clock.overdueBy} working days late` : " within the limit"}`
          : `${clock.remaining} working days left`;
  return `${track} (${clock.regulationVersion}): ${used}${stopped}; ${status}; ${deadline}; as of ${clock.asOf}`;
}

const END_TEXT: Record<TimelineBar["endKind"], string> = {
  dated: "until",
  decision: "ended",
  deadline: "until the statutory deadline",
  today: "still open today,",
};

function sourceText(item: TimelineItem): string {
  const { url, confidence, illustrative } = item.source;
  let host = "no source";
  if (url) {
    try {
      host = `source ${new URL(url).host}`;
    } catch {
      host = `source ${url}`;
    }
  }
  return `${host}, ${labelOf("SourceConfidence", confidence).toLowerCase()} confidence${illustrative ? ", illustrative (not sourced)" : ""}`;
}

/** The full text alternative: "<lane>: <what>, <when>; <clock>; <source>". */
export function describeItem(item: TimelineItem, laneLabel?: string): string {
  const prefix = laneLabel ? `${laneLabel}: ` : "";
  let when: string;
  if (item.kind === "mark") {
    when = describeDate(item.date, item.precision);
  } else {
    const end = item.endKind === "today" ? item.end : describeDate(item.end, item.endPrecision);
    when = `from ${describeDate(item.start, item.startPrecision)}, ${END_TEXT[item.endKind]} ${end}`;
  }
  const clock = item.kind === "bar" && item.category === "review" && item.clock ? `; ${clockSentence(item.clock)}` : "";
  return `${prefix}${itemTitle(item)}, ${when}${clock}; ${sourceText(item)}`;
}
