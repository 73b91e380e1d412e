// The effective date of a change is when it happened, so it cannot lie in the future. "Today" is the
// calendar day in China (chinaToday, lib/today.ts), where the events tracked here take place.
import { toDayKey } from "@/lib/domain/calendar-day";
import { formatPartialDate, partialDateRange, type PartialDate } from "@/lib/domain/partial-date";
import type { Refusal } from "@/lib/changes/refusals";

/** Refuses a date whose first possible day is after today (a month or year may include today). */
export function checkNotInFuture(date: PartialDate, today: Date, field = "effectiveDate"): Refusal[] {
  if (partialDateRange(date).first.getTime() <= today.getTime()) return [];
  return [
    {
      rule: "DATE_IN_FUTURE",
      field,
      message: `${formatPartialDate(date.date, date.precision)} is in the future (today is ${toDayKey(today)}); record changes once they have happened.`,
      values: { date: formatPartialDate(date.date, date.precision), today: toDayKey(today) },
    },
  ];
}
