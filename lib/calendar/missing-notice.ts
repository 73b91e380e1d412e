// When to warn that next year's State Council holiday notice is missing: from 1 November of the last
// official year (the notices come out from late October to December), until the notice is added.
import { utcDay } from "@/lib/domain/calendar-day";
import type { WorkingCalendar } from "@/lib/domain/china-calendar";

/** The year whose notice should be added now, or null when nothing is missing yet. */
export function missingNoticeYear(calendar: WorkingCalendar, today: Date): number | null {
  const last = calendar.lastOfficialYear;
  return today.getTime() >= utcDay(last, 11, 1).getTime() ? last + 1 : null;
}
