import { describe, expect, it } from "vitest";
import { computeSearchText, latestEventStage, pinyinInitials, type SearchTextInput } from "@/lib/candidates/derived";

describe("computeSearchText", () => {
  const cases: Array<{ name: string; input: SearchTextInput; expected: string }> = [
    { name: "empty input", input: {}, expected: "" },
    { name: "lower-cases and trims", input: { nameEn: "  Tirzepatide ", inn: "TIRZEPATIDE" }, expected: "tirzepatide" },
    {
      name: "Chinese name adds its pinyin initials",
      input: { nameEn: "Semaglutide", nameZh: "司美格鲁肽" },
      expected: "semaglutide 司美格鲁肽 smglt",
    },
    {
      name: "code names, brands and acceptance numbers",
      input: {
        nameEn: "Mazdutide",
        codeNames: ["IBI362"],
        brandNamesEn: ["Ozempic", "Wegovy"],
        acceptanceNumbers: ["JXHS2400108", "jxhs2400108"],
      },
      expected: "mazdutide ibi362 ozempic wegovy jxhs2400108",
    },
    {
      name: "Chinese brand and company names, initials of Han characters only",
      input: {
        brandNamesZh: ["诺和泰"],
        companyNamesEn: ["Novo Nordisk", null, "Novo Nordisk"],
        companyNamesZh: ["诺和诺德", undefined, "石药集团CSPC"],
      },
      expected: "诺和泰 novo nordisk 诺和诺德 石药集团cspc nht nhnd syjt",
    },
    {
      name: "collapses inner whitespace and folds full-width forms",
      input: { nameEn: "PT-GLP-101   (illustrative)", codeNames: ["ＰＴ-GLP-101"] },
      expected: "pt-glp-101 (illustrative) pt-glp-101",
    },
    {
      name: "a name identical to its initials is kept once",
      input: { nameEn: "smglt", nameZh: "司美格鲁肽" },
      expected: "smglt 司美格鲁肽",
    },
  ];

  it.each(cases)("$name", ({ input, expected }) => {
    expect(computeSearchText(input)).toBe(expected);
  });
});

describe("pinyinInitials", () => {
  it.each([
    ["司美格鲁肽", "smglt"],
    ["替尔泊肽", "tebt"],
    ["聚乙二醇洛塞那肽", "jyeclsnt"],
    ["Semaglutide", ""],
    [null, ""],
  ])("%s → %s", (text, expected) => {
    expect(pinyinInitials(text)).toBe(expected);
  });
});

describe("latestEventStage", () => {
  const day = (key: string) => new Date(`${key}T00:00:00.000Z`);

  it("takes the latest date, whatever the stage", () => {
    expect(
      latestEventStage([
        { id: 1, stage: "NDA_FILED", eventDate: day("2025-01-01") },
        { id: 2, stage: "DISCONTINUED", eventDate: day("2025-06-01") },
        { id: 3, stage: "PHASE_3", eventDate: day("2024-01-01") },
      ]),
    ).toBe("DISCONTINUED");
  });

  it("breaks same-day ties by the later record", () => {
    expect(
      latestEventStage([
        { id: 7, stage: "LAUNCHED", eventDate: day("2025-01-02") },
        { id: 5, stage: "APPROVED", eventDate: day("2025-01-02") },
      ]),
    ).toBe("LAUNCHED");
  });

  it("is null without events", () => {
    expect(latestEventStage([])).toBeNull();
  });
});
