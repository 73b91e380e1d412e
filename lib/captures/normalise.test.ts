import { describe, expect, it } from "vitest";
import {
  normaliseAcceptanceNumber,
  normaliseCell,
  nameWithoutDoseForm,
  normaliseDrugName,
  parseCaptureAmount,
  parseCaptureDate,
  parseCapturePeriod,
  readFooterTotal,
} from "@/lib/captures/normalise";

const day = (key: string) => ({ date: new Date(`${key}T00:00:00.000Z`), precision: "DAY" });

describe("normaliseCell", () => {
  it.each([
    ["full-width digits and letters", "ＣＸＨＬ２４０００１", "CXHL240001"],
    ["ideographic and no-break spaces", "\u3000司美格鲁肽\u00a0注射液\u3000", "司美格鲁肽 注射液"],
    ["line breaks inside a cell", "诺和诺德\n(中国)", "诺和诺德 (中国)"],
    ["full-width brackets", "（示例）", "(示例)"],
  ])("folds %s", (_, input, expected) => expect(normaliseCell(input)).toBe(expected));
});

describe("normaliseAcceptanceNumber", () => {
  it.each([
    ["a plain number", "CXHL2400215", "CXHL2400215", undefined],
    ["the unit suffix", "CYHB2005313国", "CYHB2005313", "国"],
    ["a provincial suffix", "CXHL0500001甘", "CXHL0500001", "甘"],
    ["full-width letters and digits", "ＪＸＳＳ２５０００１２", "JXSS2500012", undefined],
    ["lower case and spaces", " cxsl 2500688 ", "CXSL2500688", undefined],
  ])("reads %s", (_, input, value, unit) => {
    const result = normaliseAcceptanceNumber(input);
    expect(result).toEqual(unit ? { ok: true, value, unit } : { ok: true, value });
  });

  it.each([["too short", "CXHL24"], ["wrong letters", "AXHL2400215"], ["empty", ""]])("refuses %s", (_, input) => {
    expect(normaliseAcceptanceNumber(input).ok).toBe(false);
  });
});

describe("parseCaptureDate", () => {
  it.each([
    ["ISO", "2024-06-25", day("2024-06-25")],
    ["slashes without zeros", "2024/6/25", day("2024-06-25")],
    ["Chinese", "2024年6月25日", day("2024-06-25")],
    ["Chinese with spaces", "2024 年 6 月 5 日", day("2024-06-05")],
    ["full-width digits", "２０２４－０６－２５", day("2024-06-25")],
    ["dots", "2024.6.25", day("2024-06-25")],
    ["a timestamp", "2024-06-25 09:30:00", day("2024-06-25")],
    ["compact", "20240625", day("2024-06-25")],
    ["a month only", "2024年6月", { date: new Date("2024-06-01T00:00:00.000Z"), precision: "MONTH" }],
  ])("reads %s", (_, input, expected) => expect(parseCaptureDate(input)).toEqual({ ok: true, value: expected }));

  it.each([["not a date", "待定"], ["February 30th", "2024-02-30"], ["month 13", "2024/13/1"], ["empty", " "]])("refuses %s", (_, input) => {
    expect(parseCaptureDate(input).ok).toBe(false);
  });
});

describe("parseCapturePeriod", () => {
  it.each([
    ["Chinese with 至", "2024年1月1日至2025年12月31日"],
    ["ISO with a wave dash", "2024-01-01～2025-12-31"],
    ["dotted with a hyphen", "2024.1.1-2025.12.31"],
  ])("reads %s", (_, input) => {
    expect(parseCapturePeriod(input)).toEqual({ ok: true, start: day("2024-01-01"), end: day("2025-12-31") });
  });

  it("refuses a period that ends before it starts", () => {
    expect(parseCapturePeriod("2025-01-01至2024-01-01")).toMatchObject({ ok: false, error: expect.stringMatching(/ends before/) });
  });
});

describe("parseCaptureAmount", () => {
  it.each([
    ["yuan with a unit", "110元(0.1mg/支)", { ok: true, amount: "110.00", unit: "0.1mg/支" }],
    ["a yen sign and thousands", "￥1,234.5", { ok: true, amount: "1234.50", unit: null }],
    ["full-width digits", "１８７元", { ok: true, amount: "187.00", unit: null }],
  ])("reads %s", (_, input, expected) => expect(parseCaptureAmount(input)).toEqual(expected));
  it("refuses text", () => expect(parseCaptureAmount("按规定").ok).toBe(false));
});

describe("normaliseDrugName", () => {
  it.each([
    ["the injection suffix", "司美格鲁肽注射液", "司美格鲁肽"],
    ["the 注射用 prefix", "注射用司美格鲁肽", "司美格鲁肽"],
    ["a bracketed note", "替尔泊肽注射液（预填充注射笔）", "替尔泊肽"],
    ["tablets", "口服司美格鲁肽片", "口服司美格鲁肽"],
    ["English case and spaces", " Semaglutide Injection ", "semaglutideinjection"],
    ["a name that is only a dose form", "注射液", "注射液"],
  ])("drops %s", (_, input, expected) => expect(normaliseDrugName(input)).toBe(expected));
});

describe("nameWithoutDoseForm", () => {
  it.each([
    ["the injection suffix", "司美格鲁肽注射液", "司美格鲁肽"],
    ["the 注射用 prefix", "注射用司美格鲁肽", "司美格鲁肽"],
    ["the pen in full-width brackets", "替尔泊肽注射液（预填充注射笔）", "替尔泊肽"],
    ["nothing from a name without a dose form, case and spaces kept", " Semaglutide  Injection ", "Semaglutide Injection"],
    ["nothing from a name that is only a dose form", "注射液", "注射液"],
  ])("drops %s", (_, input, expected) => expect(nameWithoutDoseForm(input)).toBe(expected));
});

describe("readFooterTotal", () => {
  it.each([
    ["共 N 条", "共 128 条", 128],
    ["no spaces, with 记录", "共128条记录", 128],
    ["pages first", "共 7 页，128 条", 128],
    ["full-width", "共　１２８　条", 128],
    ["absent", "首页 上一页 下一页", null],
  ])("reads %s", (_, input, expected) => expect(readFooterTotal(input)).toBe(expected));
});
