import { describe, expect, it } from "vitest";
import { readBoolean, readEnum, readInteger, readMoney, readPartialDate, readUrl } from "@/lib/import/cell-values";

describe("readPartialDate", () => {
  it.each([
    ["2024", { precision: "YEAR", day: "2024-01-01" }],
    ["2024-06", { precision: "MONTH", day: "2024-06-01" }],
    ["2024-06-25", { precision: "DAY", day: "2024-06-25" }],
    [" 2024-06-25 ", { precision: "DAY", day: "2024-06-25" }],
  ])("reads %j", (text, expected) => {
    const result = readPartialDate(text);
    expect(result.ok && result.value && { precision: result.value.precision, day: result.value.date.toISOString().slice(0, 10) }).toEqual(expected);
  });

  it.each([
    ["2024/6/25", /reformatted by a spreadsheet/],
    ["25/06/2024", /reformatted by a spreadsheet/],
    ["2024.06", /reformatted by a spreadsheet/],
    ["2024-02-30", /not a real calendar date/],
    ["June 2024", /not a date/],
  ])("refuses %j", (text, message) => {
    const result = readPartialDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("reads an empty cell as no date", () => {
    expect(readPartialDate("")).toEqual({ ok: true, value: null });
  });
});

describe("readEnum", () => {
  it.each([
    ["Granted", "GRANTED"],
    ["已纳入", "GRANTED"],
    ["granted", "GRANTED"],
    ["GRANTED", "GRANTED"],
    ["  Publicized ", "PUBLICIZED"],
  ])("reads %j as a designation state", (text, value) => {
    expect(readEnum("DesignationState", text)).toEqual({ ok: true, value });
  });

  it("names the allowed labels for an unknown one", () => {
    const result = readEnum("ReimbursementList", "NRDL C");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("NRDL negotiated");
  });
});

describe("readMoney / readInteger / readBoolean / readUrl", () => {
  it.each([
    ["110", "110"],
    ["187.50", "187.5"],
    ["0.1", "0.1"],
  ])("reads the amount %j", (text, value) => {
    const result = readMoney(text);
    expect(result.ok && result.value?.toString()).toBe(value);
  });

  it.each(["-5", "1,000", "12.345", "¥110", "1e3"])("refuses the amount %j", (text) => {
    expect(readMoney(text).ok).toBe(false);
  });

  it.each([
    ["Yes", true],
    ["是", true],
    ["no", false],
    ["否", false],
  ])("reads %j as %s", (text, value) => {
    expect(readBoolean(text)).toEqual({ ok: true, value });
  });

  it("refuses a year outside its range and a non-number", () => {
    expect(readInteger("1999", { min: 2000, max: 2100 }).ok).toBe(false);
    expect(readInteger("12a", { min: 1, max: 10 }).ok).toBe(false);
  });

  it.each([
    ["https://www.cde.org.cn/main/xxgk/listpage/2f78", true],
    ["javascript:alert(1)", false],
    ["www.cde.org.cn", false],
  ])("reads the source %j: %s", (text, accepted) => {
    expect(readUrl(text).ok).toBe(accepted);
  });
});

describe("label lookups", () => {
  it("never map one label to two values (every vocabulary, both languages and codes)", async () => {
    const { VOCABULARY } = await import("@/lib/domain/vocabulary");
    const clashes: string[] = [];
    for (const [name, labels] of Object.entries(VOCABULARY)) {
      const owner = new Map<string, string>();
      for (const [value, label] of Object.entries(labels as Record<string, { en: string; zh: string }>)) {
        for (const text of new Set([value, label.en, label.zh].map((t) => t.normalize("NFKC").trim().toLowerCase()))) {
          const previous = owner.get(text);
          if (previous && previous !== value) clashes.push(`${name}: "${text}" is ${previous} and ${value}`);
          owner.set(text, value);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});
