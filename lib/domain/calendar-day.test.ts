import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  calendarDaysBetween,
  dayFromKey,
  fromUtcDayNumber,
  isSameDay,
  isWeekend,
  parseDayKey,
  startOfUtcDay,
  toDayKey,
  utcDay,
  utcDayNumber,
  utcWeekday,
} from "@/lib/domain/calendar-day";

describe("day keys", () => {
  it.each([
    ["2024-02-29", "2024-02-29T00:00:00.000Z"],
    ["2026-12-31", "2026-12-31T00:00:00.000Z"],
  ])("parses %s", (key, iso) => {
    expect(parseDayKey(key)?.toISOString()).toBe(iso);
  });

  it.each(["2023-02-29", "2024-13-01", "2024-1-01", "20240101", ""])("rejects %j", (key) => {
    expect(parseDayKey(key)).toBeNull();
    expect(() => dayFromKey(key)).toThrow(TypeError);
  });

  it.each([
    [50, 1, 1, "0050-01-01"],
    [2024, 13, 1, "2025-01-01"],
    [2024, 3, 0, "2024-02-29"],
    [99, 12, 32, "0100-01-01"],
  ])("utcDay(%i, %i, %i) is %s", (year, month, day, key) => {
    expect(toDayKey(utcDay(year, month, day))).toBe(key);
  });
});

describe("UTC day arithmetic", () => {
  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-29", 1, "2024-03-01"],
    ["2024-12-31", 1, "2025-01-01"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2024-03-10", 30, "2024-04-09"],
  ])("%s + %i days = %s", (start, days, expected) => {
    expect(toDayKey(addCalendarDays(dayFromKey(start), days))).toBe(expected);
  });

  it.each([
    ["2024-01-01", "2024-12-31", 365],
    ["2024-12-31", "2024-01-01", -365],
    ["2024-06-25", "2024-06-25", 0],
  ])("%s to %s is %i days", (a, b, days) => {
    expect(calendarDaysBetween(dayFromKey(a), dayFromKey(b))).toBe(days);
  });

  it("drops the time of day", () => {
    expect(startOfUtcDay(new Date("2024-06-25T23:30:00Z")).toISOString()).toBe("2024-06-25T00:00:00.000Z");
    expect(isSameDay(new Date("2024-06-25T23:30:00Z"), dayFromKey("2024-06-25"))).toBe(true);
    expect(calendarDaysBetween(new Date("2024-06-25T23:00:00Z"), new Date("2024-06-26T01:00:00Z"))).toBe(1);
  });

  // Day numbers count whole UTC days from 1970-01-01, so the arithmetic must floor (not truncate) before it.
  it.each([
    ["1970-01-01T00:00:00Z", 0, "1970-01-01"],
    ["1970-01-01T23:59:59Z", 0, "1970-01-01"],
    ["1969-12-31T23:59:59Z", -1, "1969-12-31"],
    ["1969-12-31T00:00:00Z", -1, "1969-12-31"],
    ["2024-02-29T12:00:00Z", 19782, "2024-02-29"],
  ])("%s is day number %i, starting %s", (iso, day, key) => {
    const date = new Date(iso);
    expect(utcDayNumber(date)).toBe(day);
    expect(toDayKey(fromUtcDayNumber(day))).toBe(key);
    expect(toDayKey(startOfUtcDay(date))).toBe(key);
  });

  it("keeps days before 1970 and in the first century whole", () => {
    expect(toDayKey(addCalendarDays(new Date("1969-12-31T18:00:00Z"), 1))).toBe("1970-01-01");
    expect(calendarDaysBetween(new Date("1969-12-31T18:00:00Z"), new Date("1970-01-01T06:00:00Z"))).toBe(1);
    expect(toDayKey(addCalendarDays(utcDay(99, 12, 31), 1))).toBe("0100-01-01");
  });

  it("passes an invalid date through as invalid rather than a day", () => {
    const invalid = new Date(Number.NaN);
    expect(Number.isNaN(startOfUtcDay(invalid).getTime())).toBe(true);
    expect(Number.isNaN(addCalendarDays(invalid, 1).getTime())).toBe(true);
    expect(calendarDaysBetween(invalid, dayFromKey("2024-01-01"))).toBeNaN();
  });

  it.each([
    ["2024-03-16", 6, true],
    ["2024-03-17", 0, true],
    ["2024-03-18", 1, false],
  ])("%s is weekday %i (weekend: %s)", (key, weekday, weekend) => {
    expect(utcWeekday(dayFromKey(key))).toBe(weekday);
    expect(isWeekend(dayFromKey(key))).toBe(weekend);
  });
});
