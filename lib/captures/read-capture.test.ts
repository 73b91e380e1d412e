// Detection and reading of every kind from every source format, and the refusals: drifted headers, mixed
// kinds, binary, empty, oversized; truncation and repeated headers are warnings.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import { readCaptureTable } from "@/lib/captures/read-capture";
import { readPastedSource, readUploadedSource } from "@/lib/captures/read-source";
import { csvOf, fullWidth, HEADERS, htmlOf, pasteOf, SAMPLE_ROWS, TITLES, xlsxOf, type FixtureKind, type Table } from "@/test/support/capture-sources";

const KINDS = Object.keys(HEADERS) as FixtureKind[];
const tableOf = (kind: FixtureKind, overrides: Partial<Table> = {}): Table => ({ title: TITLES[kind], header: HEADERS[kind], rows: SAMPLE_ROWS[kind], ...overrides });

async function thrown(work: () => unknown): Promise<AppError> {
  try {
    await work();
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected a refusal");
}

describe("kind detection from each source format", () => {
  const formats = {
    paste: async (table: Table) => readPastedSource(pasteOf(table)),
    html: async (table: Table) => readUploadedSource(new TextEncoder().encode(htmlOf(table)), "list.html"),
    xlsx: async (table: Table) => readUploadedSource(await xlsxOf(table), "list.xlsx"),
    csv: async (table: Table) => readUploadedSource(csvOf(table), "list.csv"),
    "csv (GBK)": async (table: Table) => readUploadedSource(csvOf(table, "gbk"), "list.csv"),
  };
  const cases = KINDS.flatMap((kind) => Object.keys(formats).map((format) => [kind, format] as const));
  it.each(cases)("detects %s from %s", async (kind, format) => {
    const source = await formats[format as keyof typeof formats](tableOf(kind));
    const table = readCaptureTable(source);
    expect(table.kind).toBe(kind);
    expect(table.rows).toHaveLength(SAMPLE_ROWS[kind].length);
    expect(table.warnings).toEqual([]);
    expect(table.rows[0]!.cells.drugName).toBe(SAMPLE_ROWS[kind][0]![HEADERS[kind].indexOf("药品名称" as never)]!.normalize("NFKC"));
  });

  it("reads a GBK-encoded saved page", async () => {
    const html = htmlOf(tableOf("acceptance-directory"), { charset: "gbk" });
    const source = await readUploadedSource(new Uint8Array(iconv.encode(html, "gbk")), "受理品种目录.htm");
    expect(source.encoding).toBe("gbk");
    expect(readCaptureTable(source).rows[1]!.cells).toMatchObject({ acceptanceNumber: "CYHB2005313国", company: "示例药业有限公司" });
  });

  it("ignores the page's navigation, search form, scripts and the 操作 column", async () => {
    const source = await readUploadedSource(new TextEncoder().encode(htmlOf(tableOf("review-tasks"))), "tasks.html");
    const table = readCaptureTable(source);
    expect(Object.keys(table.rows[0]!.cells)).not.toContain("操作");
    expect(table.footerTotal).toBe(1);
  });

  it("reads full-width cells into ASCII", () => {
    const rows = [["１", fullWidth("CXHL2500101"), "示例肽注射液", "化药", "新药", "１", "蓝山多肽医药（示例）", "２０２５年３月４日"]];
    const table = readCaptureTable(readPastedSource(pasteOf(tableOf("acceptance-directory", { rows }))));
    expect(table.rows[0]!.cells).toMatchObject({ serial: "1", acceptanceNumber: "CXHL2500101", acceptanceDate: "2025年3月4日", company: "蓝山多肽医药(示例)" });
  });

  it("takes the kind the analyst names, and refuses it when the headers are another's", async () => {
    expect(readCaptureTable(readPastedSource(pasteOf(tableOf("approval-notices"))), "approval-notices").kind).toBe("approval-notices");
    const error = await thrown(() => readCaptureTable(readPastedSource(pasteOf(tableOf("approval-notices"))), "review-tasks"));
    expect(error.message).toMatch(/Nearest: CDE review tasks/);
  });
});

describe("refused captures", () => {
  it.each([
    [
      "a renamed column (drift)",
      () => readPastedSource(pasteOf(tableOf("acceptance-directory", { header: HEADERS["acceptance-directory"].map((h) => (h === "承办日期" ? "受理日期" : h)) }))),
      /headers seen \(序号, 受理号, 药品名称, 药品类型, 申请类型, 注册分类, 企业名称, 受理日期\) match no capture kind exactly\. Nearest: CDE acceptance directory \(受理品种目录\), missing "承办日期"; unexpected "受理日期"/,
    ],
    ["a dropped required column", () => readPastedSource(pasteOf(tableOf("approval-notices", { header: HEADERS["approval-notices"].slice(0, 4), rows: [["1", "CXHL2500101", "x", "y"]] }))), /Nearest: NMPA approval notices.*missing "批准文号"/],
    ["a table of no list", () => readPastedSource("姓名\t年龄\n张三\t30\n"), /No header row of a known list/],
    ["a header without rows", () => readPastedSource(HEADERS["review-tasks"].join("\t")), /no data rows/],
  ])("refuses %s", async (_, source, message) => {
    const error = await thrown(async () => readCaptureTable(await source()));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(message);
  });

  it("refuses two kinds in one capture, naming both", async () => {
    const text = pasteOf(tableOf("acceptance-directory")) + pasteOf(tableOf("approval-notices"));
    const error = await thrown(() => readCaptureTable(readPastedSource(text)));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/header of NMPA approval notices.*inside a capture of CDE acceptance directory/);
  });

  it.each([
    ["empty paste", () => readPastedSource("  \n "), 400, /empty/],
    ["empty file", () => readUploadedSource(new Uint8Array(), "a.csv"), 400, /empty/],
    ["a PNG", () => readUploadedSource(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), "shot.png"), 400, /binary/],
    ["a zip that is not a workbook", () => readUploadedSource(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), "a.xlsx"), 400, /not an Excel workbook/],
    ["an .xls", () => readUploadedSource(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "list.xls"), 400, /\.xls file/],
    ["10 MB", () => readUploadedSource(new Uint8Array(10 * 1024 * 1024).fill(0x41), "big.csv"), 413, /10\.0 MB; the limit is 5 MB/],
    ["a 10 MB paste", () => readPastedSource("a".repeat(10 * 1024 * 1024)), 413, /the limit is 5 MB/],
  ])("refuses %s", async (_, read, status, message) => {
    const error = await thrown(read);
    expect(error.status).toBe(status);
    expect(error.message).toMatch(message);
  });

  it("refuses 50,000 rows, naming the limit", async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => [String(i + 1), `CXHL25${String(i).padStart(5, "0")}`, "示例肽", "2025-01-01", "正在审评"]);
    const text = ["序号\t受理号\t药品名称\t进入中心时间\t审评状态", ...rows.map((row) => row.join("\t"))].join("\n");
    const error = await thrown(() => readCaptureTable(readPastedSource(text)));
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/at most 20000/);
  });
});

describe("warnings", () => {
  it("warns when the footer's 共 N 条 exceeds the rows captured", () => {
    const table = readCaptureTable(readPastedSource(pasteOf(tableOf("acceptance-directory", { total: 128 }))));
    expect(table.footerTotal).toBe(128);
    expect(table.warnings).toEqual([{ code: "truncated", footerTotal: 128, rows: 2 }]);
  });

  it("warns when more rows were captured than the footer's 共 N 条", () => {
    const table = readCaptureTable(readPastedSource(pasteOf(tableOf("acceptance-directory", { total: 1 }))));
    expect(table.warnings).toEqual([{ code: "moreRowsThanStated", footerTotal: 1, rows: 2 }]);
  });

  it("skips the header row repeated on each copied page", () => {
    const rows = Array.from({ length: 5 }, (_, i) => [String(i + 1), `CXHL25000${i + 10}`, "示例肽", "2025-01-01", "正在审评", "", "", "", "", "", "", ""]);
    const table = readCaptureTable(readPastedSource(pasteOf(tableOf("review-tasks", { rows }), { repeatHeaderEvery: 2 })));
    expect(table.rows).toHaveLength(5);
    expect(table.warnings).toEqual([{ code: "repeatedHeaders", count: 2 }]);
  });
});
