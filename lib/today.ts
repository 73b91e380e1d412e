// The app's two "today"s, kept in one place so each caller picks the one it means:
// - serverToday: review clocks, timelines and calendar warnings. The server's calendar date; PATHWAY_TODAY=YYYY-MM-DD
//   pins it, so end-to-end tests and demos read the same clock figures on every run (an invalid value is refused loudly).
// - chinaToday: the latest day a change may take effect (and the date forms' maximum). The calendar day in China
//   (UTC+8, no daylight saving), where the events tracked here take place; never pinned, so real edits stay possible.
import { parseDayKey, startOfUtcDay, utcDay } from "@/lib/domain/calendar-day";

const CHINA_OFFSET_MS = 8 * 3_600_000;

export function serverToday(now: Date = new Date()): Date {
  const pinned = process.env.PATHWAY_TODAY;
  if (pinned) {
    const day = parseDayKey(pinned);
    if (!day) throw new Error(`PATHWAY_TODAY="${pinned}" is not a calendar day in YYYY-MM-DD form.`);
    return day;
  }
  // The local calendar day of the server (the date its operators see), as a UTC-midnight Date like @db.Date.
  return utcDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Today's calendar day in China, as a UTC-midnight Date like every stored date. */
export function chinaToday(now: Date = new Date()): Date {
  return startOfUtcDay(new Date(now.getTime() + CHINA_OFFSET_MS));
}
