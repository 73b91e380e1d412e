import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  calendarDaysBetween,
  dayFromKey,
  isSameDay,
  isWeekend,
  parseDayKey,
  startOfUtcDay,
  toDayKey,
  utcDay,
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

  it.each([
    ["2024-03-16", 6, true],
    ["2024-03-17", 0, true],
    ["2024-03-18", 1, false],
  ])("%s is weekday %i (weekend: %s)", (key, weekday, weekend) => {
    expect(utcWeekday(dayFromKey(key))).toBe(weekday);
    expect(isWeekend(dayFromKey(key))).toBe(weekend);
  });
});
