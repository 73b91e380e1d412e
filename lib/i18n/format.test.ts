import { describe, expect, it } from "vitest";
import type { DatePrecision } from "@/generated/prisma/enums";
import { formatDateTimeIn, formatNumberIn, formatPartialDateIn, formatRelativeTimeIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";

const june25 = new Date(Date.UTC(2024, 5, 25));
const june1 = new Date(Date.UTC(2024, 5, 1));
const jan1 = new Date(Date.UTC(2024, 0, 1));

describe("formatPartialDateIn", () => {
  it.each<[Locale, Date, DatePrecision, string]>([
    ["en", jan1, "YEAR", "2024"],
    ["en", june1, "MONTH", "Jun 2024"],
    ["en", june25, "DAY", "25 Jun 2024"],
    ["zh-CN", jan1, "YEAR", "2024年"],
    ["zh-CN", june1, "MONTH", "2024年6月"],
    ["zh-CN", june25, "DAY", "2024年6月25日"],
    // the stored UTC day, whatever the server's zone: the last day of a year stays in that year
    ["en", new Date(Date.UTC(2024, 11, 31)), "DAY", "31 Dec 2024"],
    ["en", new Date(Date.UTC(2026, 8, 4)), "DAY", "4 Sep 2026"],
    ["en", new Date(Date.UTC(2026, 8, 1)), "MONTH", "Sep 2026"],
    ["zh-CN", new Date(Date.UTC(2024, 11, 31)), "MONTH", "2024年12月"],
  ])("%s %s %s -> %s", (locale, date, precision, expected) => {
    expect(formatPartialDateIn(locale, date, precision)).toBe(expected);
  });
});

describe("numbers and moments", () => {
  it("groups digits per locale", () => {
    expect(formatNumberIn("en", 1234567)).toBe("1,234,567");
    expect(formatNumberIn("zh-CN", 1234567)).toBe("1,234,567");
    expect(formatNumberIn("zh-CN", 0.25, { style: "percent" })).toBe("25%");
  });
  it("writes a moment in UTC with minutes", () => {
    const at = new Date(Date.UTC(2026, 11, 3, 14, 5));
    expect(formatDateTimeIn("en", at)).toBe("3 Dec 2026, 14:05 UTC");
    expect(formatDateTimeIn("en", new Date(Date.UTC(2026, 8, 4, 9, 0)))).toBe("4 Sep 2026, 09:00 UTC");
    expect(formatDateTimeIn("zh-CN", at)).toBe("2026年12月3日 14:05 UTC");
  });
});

describe("formatRelativeTimeIn", () => {
  const now = new Date(Date.UTC(2026, 11, 3, 12));
  it.each<[Locale, Date, string]>([
    ["en", new Date(Date.UTC(2026, 10, 30, 12)), "3 days ago"],
    ["zh-CN", new Date(Date.UTC(2026, 10, 30, 12)), "3天前"],
    ["en", new Date(Date.UTC(2026, 11, 2, 12)), "yesterday"],
    ["zh-CN", new Date(Date.UTC(2026, 11, 2, 12)), "昨天"],
    ["en", new Date(Date.UTC(2027, 1, 3, 12)), "in 2 months"],
    ["zh-CN", new Date(Date.UTC(2027, 1, 3, 12)), "2个月后"],
    ["en", now, "now"],
  ])("%s %s -> %s", (locale, date, expected) => {
    expect(formatRelativeTimeIn(locale, date, now)).toBe(expected);
  });
});
