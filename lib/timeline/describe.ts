// Words for timeline items: the short label drawn beside a mark or inside a bar, and the full text
// alternative (what, when at which precision, review clock, source and confidence) used for aria-labels
// and the details panel, so nothing on the chart is conveyed by colour or shape alone. Every function takes
// the interface's words (the `timeline` catalogue and the locale); English when none are given.
import { createTranslator } from "next-intl";
import type { DatePrecision } from "@/generated/prisma/enums";
import { dayFromKey } from "@/lib/domain/calendar-day";
import { labelOf } from "@/lib/domain/vocabulary";
import { provinceByCode, provinceName } from "@/lib/domain/provinces";
import { dataLangOf, type Locale } from "@/lib/i18n/config";
import { formatPartialDateIn } from "@/lib/i18n/format";
import type { ReviewClockSummary } from "@/lib/domain/application-clock";
import type { TimelineBar, TimelineItem } from "@/lib/timeline/items";
import enTimeline from "@/messages/en/timeline.json";

type Values = Record<string, string | number>;
type Words = { t: (key: string, values?: Values) => string; locale: Locale };
/** The `timeline` catalogue's words and the locale. (`part` keeps the two kinds of words apart in types.) */
export type TimelineWords = Words & { readonly part?: undefined };
/**
 * The review clock's words only (`timeline.clock`): the dashboard draws a clock in every row but no timeline,
 * so its pages send the browser this part of the catalogue, not all of it (lib/i18n/client-messages.ts).
 */
export type ClockWords = Words & { readonly part: "clock" };

const english = createTranslator({ locale: "en", messages: { timeline: enTimeline }, namespace: "timeline" });
export const ENGLISH_WORDS: TimelineWords = { t: (key, values) => english(key as never, values as never), locale: "en" };

/** The clock's words out of the whole timeline's. */
export function clockWordsOf(w: TimelineWords): ClockWords {
  return { t: (key, values) => w.t(`clock.${key}`, values), locale: w.locale, part: "clock" };
}
export const ENGLISH_CLOCK_WORDS: ClockWords = clockWordsOf(ENGLISH_WORDS);

const vocab = (w: Pick<Words, "locale">, name: Parameters<typeof labelOf>[0], value: string) => labelOf(name, value, dataLangOf(w.locale));

export function designationShort(type: string, w: TimelineWords = ENGLISH_WORDS): string {
  return w.t("designationShort", { type });
}

/** A day key at its precision in the interface's language: "25 Jun 2024", "Jun 2024 (month precision)". */
export function describeDate(key: string, precision: DatePrecision, w: TimelineWords = ENGLISH_WORDS): string {
  const text = formatPartialDateIn(w.locale, dayFromKey(key), precision);
  return precision === "DAY" ? text : w.t("datePrecision", { date: text, precision });
}

function listSubject(subject: string, w: TimelineWords): string {
  const [list = "", year = ""] = subject.split(" ");
  return `${vocab(w, "ReimbursementList", list)} ${year}`.trim();
}

/** The province named by a provincial mark's subject ("LIST YEAR CODE"), in the interface's language. */
function provinceOf(subject: string, w: TimelineWords): string {
  const code = subject.split(" ")[2] ?? "";
  const province = provinceByCode(code);
  return province ? provinceName(province, dataLangOf(w.locale)) : code;
}

/** What the item is, in a few words (no date). */
export function itemTitle(item: TimelineItem, w: TimelineWords = ENGLISH_WORDS): string {
  if (item.kind === "mark") {
    switch (item.category) {
      case "stage":
        return vocab(w, "ProgramStage", item.code);
      case "application":
        return w.t("markApplication", { subject: item.subject, status: vocab(w, "ApplicationStatus", item.code) });
      case "decision":
        return w.t("markDecision", { subject: item.subject, decision: vocab(w, "ApplicationDecision", item.code) });
      case "designation":
        return w.t("markDesignation", { type: vocab(w, "DesignationType", item.subject), step: w.t("designationStep", { step: item.code }) });
      case "reimbursement":
        if (item.code === "PROVINCE_LISTED") return w.t("markProvinceListed", { list: listSubject(item.subject, w), province: provinceOf(item.subject, w) });
        return w.t("markReimbursement", { list: listSubject(item.subject, w), step: w.t("reimbursementStep", { step: item.code }) });
    }
  }
  switch (item.category) {
    case "review":
      return w.t("barReview", { type: w.t("applicationShort", { type: item.code }), subject: item.subject });
    case "publicity":
      return w.t("barPublicity", { type: vocab(w, "DesignationType", item.code) });
    case "designation": {
      const state = vocab(w, "DesignationState", item.subject);
      return w.t("barDesignation", { type: vocab(w, "DesignationType", item.code), state: w.locale === "en" ? state.toLowerCase() : state });
    }
    case "agreement":
      return w.t("barAgreement", { list: listSubject(item.subject, w) });
  }
}

/** The text drawn on the chart beside a mark or inside a bar: short, because space is short. */
export function itemShortLabel(item: TimelineItem, w: TimelineWords = ENGLISH_WORDS): string {
  if (item.kind === "bar") {
    switch (item.category) {
      case "review":
        return `${w.t("applicationShort", { type: item.code })} ${item.clock ? clockShortText(item.clock, clockWordsOf(w)) : ""}`.trim();
      case "publicity":
        return w.t("shortPublicity", { type: designationShort(item.code, w) });
      case "designation":
        return designationShort(item.code, w);
      case "agreement":
        return w.t("shortAgreement");
    }
  }
  return itemTitle(item, w);
}

/** "45/200 WD" / "第 45/200 个工作日", "12 WD left", "overdue 5 WD", "stopped", "done in 180/200 WD", "outside calendar". */
export function clockShortText(clock: ReviewClockSummary, w: ClockWords = ENGLISH_CLOCK_WORDS): string {
  switch (clock.state) {
    case "running":
      return clock.remaining <= 20 ? w.t("clockLeft", { remaining: clock.remaining }) : w.t("clockRunning", { elapsed: clock.elapsed, limit: clock.limit });
    case "overdue":
      return w.t("clockOverdue", { overdue: clock.overdueBy });
    case "stopped":
      return w.t("clockStopped");
    case "completed":
      return w.t("clockDone", { elapsed: clock.elapsed, limit: clock.limit });
    case "unavailable":
      return clock.reason === "outside-calendar" ? w.t("clockOutsideCalendar") : w.t("clockNone");
  }
}

/** "≈ 2027-05-14 (provisional calendar)" for a deadline that rests on a provisional year; null otherwise. */
export function provisionalDeadlineText(clock: ReviewClockSummary, w: ClockWords = ENGLISH_CLOCK_WORDS): string | null {
  if (clock.state === "unavailable" || clock.state === "completed" || clock.calendar !== "provisional" || !clock.deadline) return null;
  return w.t("provisionalDeadline", { deadline: clock.deadline });
}

/** A deadline day key in the interface's format. */
export function describeDay(key: string, w: Pick<TimelineWords, "locale"> = ENGLISH_WORDS): string {
  return formatPartialDateIn(w.locale, dayFromKey(key), "DAY");
}

/** The whole clock in a sentence, for text alternatives and the details panel. */
export function clockSentence(clock: ReviewClockSummary, w: ClockWords = ENGLISH_CLOCK_WORDS): string {
  const track = vocab(w, "ReviewTrack", clock.track);
  if (clock.state === "unavailable") return w.t("sentenceUnavailable", { track, message: clock.message });
  const used = w.t("sentenceUsed", { elapsed: clock.elapsed, limit: clock.limit });
  const stopped = clock.stoppedDays > 0 ? w.t("sentenceStopped", { days: clock.stoppedDays }) : "";
  const deadline = clock.deadline
    ? clock.calendar === "provisional"
      ? w.t("sentenceDeadlineProvisional", { deadline: describeDay(clock.deadline, w) })
      : w.t("sentenceDeadline", { deadline: describeDay(clock.deadline, w) })
    : clock.deadlineUnknown === "open-clock-stop"
      ? w.t("sentenceDeadlineOpenStop")
      : w.t("sentenceDeadlineOutside");
  const status =
    clock.state === "overdue"
      ? w.t("sentenceOverdue", { days: clock.overdueBy })
      : clock.state === "stopped"
        ? clock.overdueBy > 0
          ? w.t("sentenceStoppedPast", { days: clock.overdueBy })
          : w.t("sentenceStoppedLeft", { days: clock.remaining })
        : clock.state === "completed"
          ? clock.overdueBy > 0
            ? w.t("sentenceEndedLate", { days: clock.overdueBy })
            : w.t("sentenceEndedWithin")
          : w.t("sentenceLeft", { days: clock.remaining });
  return w.t("sentence", { track, version: clock.regulationVersion, used, stopped, status, deadline, asOf: describeDay(clock.asOf, w) });
}

function sourceText(item: TimelineItem, w: TimelineWords): string {
  const { url, confidence, illustrative } = item.source;
  let source = w.t("noSource");
  if (url) {
    let host = url;
    try {
      host = new URL(url).host;
    } catch {
      // an unparsable URL is still named
    }
    source = w.t("source", { host });
  }
  const level = vocab(w, "SourceConfidence", confidence);
  return w.t("sourceText", { source, confidence: w.locale === "en" ? level.toLowerCase() : level, illustrative: illustrative ? "yes" : "no" });
}

/** The end of a bar in words: "until", "ended", "until the statutory deadline", "still open today,". */
export function endWords(kind: TimelineBar["endKind"], w: TimelineWords = ENGLISH_WORDS, short = false): string {
  return w.t(short ? "endShort" : "end", { kind });
}

/** The full text alternative: "<lane>: <what>, <when>; <clock>; <source>". */
export function describeItem(item: TimelineItem, laneLabel?: string, w: TimelineWords = ENGLISH_WORDS): string {
  const prefix = laneLabel ? `${laneLabel}${w.locale === "zh-CN" ? "：" : ": "}` : "";
  let when: string;
  if (item.kind === "mark") {
    when = describeDate(item.date, item.precision, w);
  } else {
    const end = item.endKind === "today" ? describeDay(item.end, w) : describeDate(item.end, item.endPrecision, w);
    when = w.t("from", { start: describeDate(item.start, item.startPrecision, w), end: endWords(item.endKind, w), date: end });
  }
  const clock = item.kind === "bar" && item.category === "review" && item.clock ? `${w.locale === "zh-CN" ? "；" : "; "}${clockSentence(item.clock, clockWordsOf(w))}` : "";
  return w.t("describe", { prefix, title: itemTitle(item, w), when, clock, source: sourceText(item, w) });
}
