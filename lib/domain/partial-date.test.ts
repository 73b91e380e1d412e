import { describe, expect, it } from "vitest";
import { DatePrecision } from "@/generated/prisma/enums";
import { dayFromKey, toDayKey } from "@/lib/domain/calendar-day";
import {
  comparePartialDates,
  formatPartialDate,
  formatPartialDayKey,
  isDefinitelyBefore,
  isNormalizedPartialDate,
  parsePartialDate,
  partialDateRange,
  truncateToPrecision,
  type PartialDate,
} from "@/lib/domain/partial-date";

const p = (text: string): PartialDate => {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe("parsePartialDate", () => {
  it.each([
    ["2024", "2024-01-01", "YEAR"],
    ["2024-06", "2024-06-01", "MONTH"],
    ["2024-06-25", "2024-06-25", "DAY"],
    ["  2024-06 ", "2024-06-01", "MONTH"],
    ["2024-02-29", "2024-02-29", "DAY"],
    ["2000-02-29", "2000-02-29", "DAY"],
  ])("%j -> %s at %s precision", (input, stored, precision) => {
    const { date, precision: parsedPrecision } = p(input);
    expect(date.toISOString()).toBe(`${stored}T00:00:00.000Z`);
    expect(parsedPrecision).toBe(precision);
  });

  it.each([
    ["", "Enter a date as YYYY, YYYY-MM or YYYY-MM-DD."],
    ["2023-02-29", '"2023-02-29" is not a real calendar date: 2023-02 has no day 29.'],
    ["1900-02-29", '"1900-02-29" is not a real calendar date: 1900-02 has no day 29.'],
    ["2024-04-31", '"2024-04-31" is not a real calendar date: 2024-04 has no day 31.'],
    ["2024-06-00", '"2024-06-00" is not a real calendar date: 2024-06 has no day 00.'],
    ["2024-13", '"2024-13": month 13 does not exist (01-12).'],
    ["2024-00-10", '"2024-00-10": month 00 does not exist (01-12).'],
    ["2024-6", '"2024-6": write months and days with two digits (e.g. 2024-06-05).'],
    ["2024-06-5", '"2024-06-5": write months and days with two digits (e.g. 2024-06-05).'],
    ["24-06", '"24-06" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024, 2024-06, 2024-06-25).'],
    ["2024/06/25", '"2024/06/25" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024, 2024-06, 2024-06-25).'],
    ["2024-06-25T00:00", '"2024-06-25T00:00" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024, 2024-06, 2024-06-25).'],
    ["June 2024", '"June 2024" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024, 2024-06, 2024-06-25).'],
  ])("rejects %j", (input, error) => {
    expect(parsePartialDate(input)).toEqual({ ok: false, error });
  });
});

describe("formatPartialDate", () => {
  it.each([
    ["2024-06-01", "MONTH", "2024-06"],
    ["2024-06-15", "MONTH", "2024-06"],
    ["2024-01-01", "YEAR", "2024"],
    ["2024-09-30", "YEAR", "2024"],
    ["2024-06-25", "DAY", "2024-06-25"],
  ] as const)("%s at %s precision prints %s", (day, precision, text) => {
    expect(formatPartialDate(dayFromKey(day), precision)).toBe(text);
    expect(formatPartialDayKey(day, precision)).toBe(text);
  });

  it.each(["2024", "2024-06", "2024-06-25", "1999-12"])("round-trips %s", (text) => {
    const { date, precision } = p(text);
    expect(formatPartialDate(date, precision)).toBe(text);
  });
});

describe("truncateToPrecision and isNormalizedPartialDate", () => {
  it.each([
    ["2024-06-25T13:45:00Z", "DAY", "2024-06-25"],
    ["2024-06-25T13:45:00Z", "MONTH", "2024-06-01"],
    ["2024-06-25T13:45:00Z", "YEAR", "2024-01-01"],
  ] as const)("%s at %s -> %s", (iso, precision, stored) => {
    expect(truncateToPrecision(new Date(iso), precision).toISOString()).toBe(`${stored}T00:00:00.000Z`);
  });

  it.each([
    ["2024-06-01T00:00:00Z", "MONTH", true],
    ["2024-06-15T00:00:00Z", "MONTH", false],
    ["2024-01-01T00:00:00Z", "YEAR", true],
    ["2024-06-25T08:00:00Z", "DAY", false],
  ] as const)("%s is stored form for %s: %s", (iso, precision, normalized) => {
    expect(isNormalizedPartialDate({ date: new Date(iso), precision })).toBe(normalized);
  });
});

describe("ranges and order", () => {
  it.each([
    ["2024", "2024-01-01", "2024-12-31"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2023-02", "2023-02-01", "2023-02-28"],
    ["2024-12", "2024-12-01", "2024-12-31"],
    ["2024-06-25", "2024-06-25", "2024-06-25"],
  ])("%s covers %s to %s", (text, first, last) => {
    const range = partialDateRange(p(text));
    expect([toDayKey(range.first), toDayKey(range.last)]).toEqual([first, last]);
  });

  it("sorts by first day, coarser first on ties", () => {
    const texts = ["2024-06-25", "2024-06", "2023", "2024", "2024-01-01", "2024-01"];
    const sorted = texts.map(p).sort(comparePartialDates).map((value) => formatPartialDate(value.date, value.precision));
    expect(sorted).toEqual(["2023", "2024", "2024-01", "2024-01-01", "2024-06", "2024-06-25"]);
  });

  it.each([
    ["2024-05", "2024-06-01", true],
    ["2024-06", "2024-06-30", false],
    ["2024-06-30", "2024-06", false],
    ["2023", "2024-01-01", true],
    ["2024", "2024-12", false],
    ["2024-06-24", "2024-06-25", true],
    ["2024-06-25", "2024-06-25", false],
  ])("%s definitely before %s: %s", (a, b, expected) => {
    expect(isDefinitelyBefore(p(a), p(b))).toBe(expected);
  });

  it("compares equal dates as 0", () => {
    expect(comparePartialDates(p("2024-06"), { date: dayFromKey("2024-06-01"), precision: DatePrecision.MONTH })).toBe(0);
  });
});
