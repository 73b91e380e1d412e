// Calendar days as UTC-midnight Dates (how Prisma returns @db.Date). Arithmetic is done in UTC on purpose:
// date-fns' addDays/getDay read the server's local zone, which shifts days on hosts not set to UTC.

const MS_PER_DAY = 86_400_000;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD" of the date's UTC calendar day. */
export function toDayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The UTC-midnight Date of a calendar day; null when the text is not a real "YYYY-MM-DD" day. */
export function parseDayKey(key: string): Date | null {
  const match = DAY_KEY.exec(key);
  if (!match) return null;
  const [, y, m, d] = match;
  // Year 0 and the like are not days anyone means, and PostgreSQL refuses them.
  if (Number(y) < 1900) return null;
  const date = utcDay(Number(y), Number(m), Number(d));
  return toDayKey(date) === key ? date : null;
}

/** Like parseDayKey, for literals the code itself holds (tests, data tables): a bad key is a programming error. */
export function dayFromKey(key: string): Date {
  const date = parseDayKey(key);
  if (!date) throw new TypeError(`"${key}" is not a calendar day in YYYY-MM-DD form`);
  return date;
}

/** UTC midnight of year / month (1-12) / day; out-of-range months and days roll over like Date.UTC. */
export function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year >= 0 && year < 100) date.setUTCFullYear(date.getUTCFullYear() - 1900);
  return date;
}

// The three below are arithmetic on the UTC day number (whole days since 1970-01-01; UTC has no daylight
// saving, so every day is MS_PER_DAY long) rather than through Date fields: the review clocks call them for
// every row of every dashboard page, and under Next's server each `new Date` goes through its Date wrapper.

/** The UTC day number of the date (days since 1970-01-01, negative before); NaN for an invalid date. */
export const utcDayNumber = (date: Date): number => Math.floor(date.getTime() / MS_PER_DAY);

/** UTC midnight of a day number. */
export const fromUtcDayNumber = (day: number): Date => new Date(day * MS_PER_DAY);

/** The date's UTC calendar day at midnight (drops any time of day). */
export function startOfUtcDay(date: Date): Date {
  return fromUtcDayNumber(utcDayNumber(date));
}

export function addCalendarDays(date: Date, days: number): Date {
  return fromUtcDayNumber(utcDayNumber(date) + days);
}

/** Whole days from a to b (positive when b is later), by UTC calendar day. */
export function calendarDaysBetween(a: Date, b: Date): number {
  return utcDayNumber(b) - utcDayNumber(a);
}

/** 0 = Sunday ... 6 = Saturday, by UTC calendar day. */
export function utcWeekday(date: Date): number {
  return date.getUTCDay();
}

export function isWeekend(date: Date): boolean {
  const weekday = utcWeekday(date);
  return weekday === 0 || weekday === 6;
}

/** Same UTC calendar day. */
export function isSameDay(a: Date, b: Date): boolean {
  return toDayKey(a) === toDayKey(b);
}
