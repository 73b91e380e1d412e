import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { ReviewClockSummary } from "@/lib/domain/application-clock";
import type { Locale } from "@/lib/i18n/config";
import { compiled as compiledTranslator } from "@/lib/i18n/use-compiled-translations";
import { clockSentence, clockShortText, clockWordsOf, itemTitle, provisionalDeadlineText, type TimelineWords } from "@/lib/timeline/describe";
import type { TimelineItem } from "@/lib/timeline/items";
import enTimeline from "@/messages/en/timeline.json";
import zhTimeline from "@/messages/zh-CN/timeline.json";

// The review clock's words through formatMessage (lib/i18n/compiled-messages.ts) must read exactly as
// through next-intl's t().
const catalogues = { en: enTimeline, "zh-CN": zhTimeline } as const;

function wordsBoth(locale: Locale): { viaNextIntl: TimelineWords; compiled: TimelineWords } {
  const t = createTranslator({ locale, messages: { timeline: catalogues[locale] }, namespace: "timeline" });
  // What the components use: useCompiled's routing, without the hook (lib/i18n/use-compiled-translations.ts).
  const viaCompiled = compiledTranslator(t, locale);
  return {
    viaNextIntl: { t: (key, values) => t(key as never, values as never), locale },
    compiled: { t: (key, values) => viaCompiled(key as never, values as never), locale },
  };
}

const base = { applicationId: 1, acceptanceNumber: "JXHS2400108", track: "STANDARD_200" as const, regulationVersion: "DRR-2020", reviewRunning: true, asOf: "2024-06-03" };
const counted = { limit: 200, elapsed: 45, stoppedDays: 0, remaining: 155, overdueBy: 0, deadline: "2024-10-22", deadlineUnknown: null, calendar: "official" as const };
const clocks: ReviewClockSummary[] = [
  { ...base, ...counted, state: "running" },
  { ...base, ...counted, elapsed: 188, remaining: 12, stoppedDays: 1, state: "running" },
  { ...base, ...counted, elapsed: 1205, remaining: 0, overdueBy: 1005, state: "overdue" },
  { ...base, ...counted, deadline: null, deadlineUnknown: "open-clock-stop", stoppedDays: 14, state: "stopped" },
  { ...base, ...counted, elapsed: 180, reviewRunning: false, state: "completed" },
  { ...base, ...counted, deadline: "2027-03-22", calendar: "provisional", state: "running" },
  { ...base, state: "unavailable", reason: "outside-calendar", message: "Outside the working-day calendar: 2027-01-04 is not in 2020-2026." },
];
const source = { url: null, confidence: "UNVERIFIED" as const, illustrative: true };
const items: TimelineItem[] = [
  { kind: "mark", category: "application", id: "a", row: "stages", code: "ACCEPTED", subject: "CXHL2400101", date: "2024-03-01", precision: "DAY", source },
  { kind: "mark", category: "reimbursement", id: "r", row: "stages", code: "PROVINCE_LISTED", subject: "NRDL 2025 310000", date: "2025-03-01", precision: "MONTH", source },
];

describe.each(["en", "zh-CN"] as const)("formatMessage in %s", (locale) => {
  const { viaNextIntl, compiled } = wordsBoth(locale);
  it.each(clocks.map((clock) => [clock.state, clock] as const))("reads a %s clock as next-intl does", (_state, clock) => {
    const [compiledClock, viaNextIntlClock] = [clockWordsOf(compiled), clockWordsOf(viaNextIntl)];
    expect(clockShortText(clock, compiledClock)).toBe(clockShortText(clock, viaNextIntlClock));
    expect(clockSentence(clock, compiledClock)).toBe(clockSentence(clock, viaNextIntlClock));
    expect(provisionalDeadlineText(clock, compiledClock)).toBe(provisionalDeadlineText(clock, viaNextIntlClock));
  });
  it("titles items as next-intl does", () => {
    for (const item of items) expect(itemTitle(item, compiled)).toBe(itemTitle(item, viaNextIntl));
  });
});
