// The "review clock" column as text: for each application whose statutory clock is running (accepted and
// not yet decided), working days used against the limit of its track, on the China working-day calendar.
import type { ApplicationStatus, DatePrecision, ReviewTrack } from "@/generated/prisma/enums";
import { CalendarRangeError } from "@/lib/domain/china-calendar";
import { computeReviewClock, ReviewClockInputError, UnknownRegulationVersionError } from "@/lib/domain/review-clock";
import type { Lang } from "@/lib/domain/vocabulary";

export type ClockedApplication = {
  acceptanceNumber: string;
  status: ApplicationStatus;
  acceptanceDate: Date | null;
  acceptancePrecision: DatePrecision | null;
  reviewTrack: ReviewTrack | null;
  regulationVersion: string;
  clockStops: { startDate: Date; endDate: Date | null }[];
};

/** Statuses between acceptance and decision, where the clock runs (or stands still for 发补). */
export const CLOCKED_STATUSES: readonly ApplicationStatus[] = [
  "ACCEPTED",
  "QUEUED_FOR_REVIEW",
  "UNDER_REVIEW",
  "SUPPLEMENT_REQUESTED",
  "UNDER_ADMIN_APPROVAL",
];

const WORDS = {
  en: { unit: "WD", overdue: "overdue by", stopped: "clock stopped" },
  zh: { unit: "个工作日", overdue: "超期", stopped: "暂停计时" },
} as const;

function describe(application: ClockedApplication, asOf: Date, lang: Lang): string | null {
  const { acceptanceDate, reviewTrack } = application;
  // A month-level acceptance date cannot start a working-day count.
  if (!acceptanceDate || !reviewTrack || (application.acceptancePrecision ?? "DAY") !== "DAY") return null;
  if (!CLOCKED_STATUSES.includes(application.status)) return null;
  try {
    const clock = computeReviewClock({
      acceptanceDate,
      track: reviewTrack,
      regulationVersion: application.regulationVersion,
      clockStops: application.clockStops.map((stop) => ({ start: stop.startDate, end: stop.endDate })),
      asOf,
    });
    const words = WORDS[lang];
    const state =
      clock.state === "overdue" ? ` (${words.overdue} ${clock.overdueBy})` : clock.state === "stopped" ? ` (${words.stopped})` : "";
    return `${application.acceptanceNumber}: ${clock.elapsed}/${clock.limit} ${words.unit}${state}`;
  } catch (error) {
    // Outside the covered calendar years, or data the clock cannot read: leave the cell empty, not the file.
    if (error instanceof CalendarRangeError || error instanceof ReviewClockInputError || error instanceof UnknownRegulationVersionError) {
      return null;
    }
    throw error;
  }
}

export function reviewClockCell(applications: readonly ClockedApplication[], asOf: Date, lang: Lang): string {
  return applications
    .map((application) => describe(application, asOf, lang))
    .filter((text): text is string => text !== null)
    .join("; ");
}
