import { describe, expect, it } from "vitest";
import { neutralizeCell, restoreNeutralizedCell } from "@/lib/export/csv-cell";

describe("neutralizeCell", () => {
  it.each([
    ["a formula", "=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["a HYPERLINK payload", '=HYPERLINK("http://x.example","click")', '\'=HYPERLINK("http://x.example","click")'],
    ["a plus sign", "+86 10 1234 5678", "'+86 10 1234 5678"],
    ["a minus that is not a number", "-1+2", "'-1+2"],
    ["an exponent", "-1e5", "'-1e5"],
    ["an at sign", "@SUM(1)", "'@SUM(1)"],
    ["a tab", "\tcmd", "'\tcmd"],
    ["a carriage return", "\rcmd", "'\rcmd"],
    ["a quote before a trigger (kept reversible)", "'=x", "''=x"],
    ["a negative integer", "-12", "-12"],
    ["a negative decimal", "-12.50", "-12.50"],
    ["a positive decimal", "110.00", "110.00"],
    ["plain text", "Semaglutide", "Semaglutide"],
    ["Chinese text", "司美格鲁肽", "司美格鲁肽"],
    ["an inner equals sign", "a=b", "a=b"],
    ["a quote before plain text", "'quoted'", "'quoted'"],
    ["an empty cell", "", ""],
    ["an ISO month", "2024-06", "2024-06"],
  ])("%s", (_, input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });
});

describe("restoreNeutralizedCell", () => {
  it.each([
    "=SUM(A1:A9)",
    "+86 10",
    "-1+2",
    "-12",
    "@x",
    "\tcmd",
    "'=x",
    "''=x",
    "'quoted'",
    "'",
    "",
    "司美格鲁肽",
  ])("reads back %j unchanged", (text) => {
    expect(restoreNeutralizedCell(neutralizeCell(text))).toBe(text);
  });

  it("leaves a quote that was not added by the export", () => {
    expect(restoreNeutralizedCell("'quoted'")).toBe("'quoted'");
  });
});
