// "Today" for review clocks and timelines: the server's calendar date. PATHWAY_TODAY=YYYY-MM-DD pins it, so
// end-to-end tests and demos read the same clock figures on every run; an invalid value is refused loudly.
import { parseDayKey, utcDay } from "@/lib/domain/calendar-day";

export function getToday(now: Date = new Date()): Date {
  const pinned = process.env.PATHWAY_TODAY;
  if (pinned) {
    const day = parseDayKey(pinned);
    if (!day) throw new Error(`PATHWAY_TODAY="${pinned}" is not a calendar day in YYYY-MM-DD form.`);
    return day;
  }
  // The local calendar day of the server (the date its operators see), as a UTC-midnight Date like @db.Date.
  return utcDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
