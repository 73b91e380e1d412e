import { describe, expect, it } from "vitest";
import { mapHeader, readCsvRows, type ImportColumnSpec } from "@/lib/import/read-csv";

const columns: ImportColumnSpec[] = [
  { key: "programId", header: { en: "Programme ID", zh: "项目ID" }, required: true },
  { key: "state", header: { en: "State", zh: "状态" } },
  { key: "notes", header: { en: "Notes", zh: "备注" } },
];

describe("mapHeader", () => {
  it.each([
    ["English headers", ["Programme ID", "State"], ["programId", "state"]],
    ["Chinese headers", ["项目ID", "状态", "备注"], ["programId", "state", "notes"]],
    ["mixed languages, any case, spaces", [" programme id ", "状态"], ["programId", "state"]],
    ["column keys", ["programId", "notes"], ["programId", "notes"]],
    ["full-width letters", ["Ｐｒｏｇｒａｍｍｅ ＩＤ"], ["programId"]],
  ])("maps %s", (_, header, keys) => {
    expect(mapHeader(header, columns)).toEqual(keys);
  });

  it.each([
    ["an unknown column", ["Programme ID", "Colour"], /unknown column "Colour"/],
    ["a repeated column", ["Programme ID", "State", "状态"], /repeated column "状态"/],
    ["a missing required column", ["State"], /missing required column "Programme ID" \(项目ID\)/],
  ])("refuses %s", (_, header, message) => {
    expect(() => mapHeader(header, columns)).toThrow(message);
  });
});

describe("readCsvRows", () => {
  it("numbers rows as a spreadsheet does and reads quoted, multi-line and neutralised cells", () => {
    const text = 'Programme ID,Notes\r\n12,"line 1\nline 2"\r\n13,"\'=1+1"\r\n\r\n14,"a, b"\r\n';
    expect(readCsvRows(text, columns).rows).toEqual([
      { row: 2, cells: { programId: "12", notes: "line 1\nline 2" } },
      { row: 3, cells: { programId: "13", notes: "=1+1" } },
      { row: 4, cells: { programId: "14", notes: "a, b" } },
    ]);
  });

  it.each([
    ["an empty file", "", /empty/],
    ["a header without rows", "Programme ID,State\r\n", /no data rows/],
    ["an unclosed quote", 'Programme ID,State\r\n1,"open\r\n', /not valid CSV/],
  ])("refuses %s", (_, text, message) => {
    expect(() => readCsvRows(text, columns)).toThrow(message);
  });
});
