import { describe, expect, it } from "vitest";
import {
  compatibleApplicationTypes,
  describeAcceptanceLetters,
  impliedApplicationType,
  parseAcceptanceNumber,
  parseApprovalNumber,
  type ParsedAcceptanceNumber,
} from "@/lib/domain/acceptance-number";

function parsed(input: string): ParsedAcceptanceNumber {
  const result = parseAcceptanceNumber(input);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe("parseAcceptanceNumber", () => {
  it.each([
    [
      "JXHS2400108",
      { normalized: "JXHS2400108", origin: "J", originValue: "IMPORTED", applicationClass: "X", category: "H", drugCategory: "CHEMICAL", stage: "S", year: 2024, serial: "00108", isNewDrugIndOrNda: true, isPostBeDirectFiling: false },
    ],
    [
      "CXHL0500001甘",
      { normalized: "CXHL0500001甘", origin: "C", originValue: "DOMESTIC", applicationClass: "X", category: "H", stage: "L", year: 2005, serial: "00001", unit: "甘", isNewDrugIndOrNda: false },
    ],
    [" cxsl2300123 ", { normalized: "CXSL2300123", category: "S", drugCategory: "BIOLOGICAL", stage: "L", year: 2023, serial: "00123", isNewDrugIndOrNda: true }],
    ["ＪＸＨＳ２４００１０８", { normalized: "JXHS2400108", year: 2024 }],
    ["CYHS2490001", { applicationClass: "Y", year: 2024, serial: "90001", isNewDrugIndOrNda: false, isPostBeDirectFiling: true }],
    ["CXZL2400015", { category: "Z", drugCategory: "TCM", isNewDrugIndOrNda: true }],
    ["CYFB1900002国", { category: "F", drugCategory: null, stage: "B", unit: "国", year: 2019 }],
    ["JXSS2100003京沪", { unit: "京沪", isNewDrugIndOrNda: false }],
  ])("%s", (input, expected) => {
    expect(parsed(input)).toMatchObject(expected);
  });

  it("has no unit key when there is no suffix", () => {
    expect("unit" in parsed("JXHS2400108")).toBe(false);
  });

  it.each([
    ["", "Acceptance number is empty."],
    ["   ", "Acceptance number is empty."],
    ["AXHL2400001", '"AXHL2400001" is not an acceptance number: the 1st letter (origin) "A" is not one of C, J.'],
    ["CQHL2400001", '"CQHL2400001" is not an acceptance number: the 2nd letter (application class) "Q" is not one of X, Y, B, Z.'],
    ["CXQL2400001", '"CXQL2400001" is not an acceptance number: the 3rd letter (product category) "Q" is not one of H, Z, S, F.'],
    ["CXHQ2400001", '"CXHQ2400001" is not an acceptance number: the 4th letter (stage) "Q" is not one of L, S, B, Z, F, R, T.'],
    ["CXH", '"CXH" is not an acceptance number: it is too short: expected 4 letters then 7 digits, e.g. CXHL2400001.'],
    ["CXHL240001", '"CXHL240001" is not an acceptance number: expected 7 digits after the letters (2-digit year + 5-digit serial), found 6.'],
    ["CXHL24000012", '"CXHL24000012" is not an acceptance number: expected 7 digits after the letters (2-digit year + 5-digit serial), found 8.'],
    ["CXHL2400001甘肃省", '"CXHL2400001甘肃省" is not an acceptance number: unexpected "甘肃省" after the digits; only a 1-2 character Chinese unit suffix (e.g. 甘) may follow.'],
    ["CXHL2400001-A", '"CXHL2400001-A" is not an acceptance number: unexpected "-A" after the digits; only a 1-2 character Chinese unit suffix (e.g. 甘) may follow.'],
  ])("rejects %j", (input, error) => {
    expect(parseAcceptanceNumber(input)).toEqual({ ok: false, error });
  });
});

describe("impliedApplicationType", () => {
  it.each([
    ["CXHL2400001", "IND"],
    ["JXSL2400001", "IND"],
    ["CXSS2400001", "NDA"],
    ["JXHS2400108", "NDA"],
    ["CYHS2400001", "GENERIC"],
    ["CXHB2400001", "SUPPLEMENT"],
    ["JYHB2400001", "SUPPLEMENT"],
    ["CXSB2400001", "SUPPLEMENT"],
    ["JYHZ2400001", "RE_REGISTRATION"],
    ["JYHF2400001", "OTHER"],
    ["CXHR2400001", "OTHER"],
    ["CYHT2400001", "OTHER"],
  ])("%s suggests %s", (input, type) => {
    expect(impliedApplicationType(parsed(input))).toBe(type);
  });

  it.each([
    ["JXHS2400108", ["NDA", "OTHER", "SUPPLEMENT"]],
    ["CXHL2400001", ["IND", "OTHER"]],
    ["JYHB2400001", ["OTHER", "SUPPLEMENT"]],
  ])("%s may be recorded as %j (a JXHS number can be a new-indication filing)", (input, types) => {
    expect([...compatibleApplicationTypes(parsed(input))].sort()).toEqual(types);
  });
});

describe("describeAcceptanceLetters", () => {
  it.each([
    ["JXHS2400108", "en", ["Imported", "New drug", "Chemical drug", "Marketing / production"]],
    ["JXHS2400108", "zh", ["进口", "新药", "化药", "上市/生产"]],
    ["CXSL2300123", "zh", ["国产", "新药", "生物制品", "临床"]],
  ] as const)("%s in %s", (input, lang, meanings) => {
    expect(describeAcceptanceLetters(parsed(input), lang)).toEqual(meanings);
  });
});

describe("parseApprovalNumber", () => {
  it.each([
    ["国药准字SJ20210001", { category: "S", drugCategory: "BIOLOGICAL", region: "IMPORTED", year: 2021, digits: "20210001" }],
    ["国药准字H20243456", { category: "H", drugCategory: "CHEMICAL", region: "MAINLAND", year: 2024 }],
    ["国药准字ZC20200001", { category: "Z", drugCategory: "TCM", region: "HK_MACAO_TAIWAN", year: 2020 }],
    [" 国药准字 hj20250002 ", { normalized: "国药准字HJ20250002", region: "IMPORTED", year: 2025 }],
    ["国药准字H32020086", { region: "MAINLAND", year: null, digits: "32020086" }],
  ])("%s", (input, expected) => {
    const result = parseApprovalNumber(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject(expected);
  });

  it.each([
    ["", "Approval number is empty."],
    ["SJ20210001", '"SJ20210001" is not an approval number: it must start with 国药准字.'],
    ["国药准字X20210001", '"国药准字X20210001" is not an approval number: after 国药准字 expected H, Z or S, an optional C (HK/Macao/Taiwan) or J (imported), then 8 digits.'],
    ["国药准字H2021001", '"国药准字H2021001" is not an approval number: after 国药准字 expected H, Z or S, an optional C (HK/Macao/Taiwan) or J (imported), then 8 digits.'],
  ])("rejects %j", (input, error) => {
    expect(parseApprovalNumber(input)).toEqual({ ok: false, error });
  });
});
