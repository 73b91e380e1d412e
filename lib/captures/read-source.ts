// A capture's source (pasted text, saved HTML page, XLSX, CSV) read into rows of cell text, plus the text
// around the table (where a "共 N 条" footer sits). HTML goes through cheerio (a real parser), XLSX through
// exceljs, CSV through the import's csv-parse path; bytes are decoded as the import does (UTF-8, else GBK).
import * as cheerio from "cheerio";
import ExcelJS from "exceljs";
import { appError } from "@/lib/i18n/app-error";
import { decodeUpload, MAX_UPLOAD_BYTES, type UploadEncoding } from "@/lib/import/decode-upload";
import { parseRecords } from "@/lib/import/read-csv";
import { normaliseCell } from "@/lib/captures/normalise";

export type CaptureFormat = "paste" | "html" | "xlsx" | "csv";

/** One table found in the source: its rows of cells, with the 1-based line / row number of each. */
export type SourceTable = { rows: { line: number; cells: string[] }[] };

export type ReadSource = {
  format: CaptureFormat;
  encoding: UploadEncoding | null;
  /** Every table the source holds (a saved page may hold navigation tables beside the list). */
  tables: SourceTable[];
  /** Text outside the tables: page title, footer ("共 128 条"), navigation. */
  around: string;
};

export const MAX_CAPTURE_BYTES = MAX_UPLOAD_BYTES;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** NUL bytes or many control characters: not a text table (an image, a PDF, an .xls from before 2007). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control += 1;
  }
  return control > sample.length / 50;
}

function looksHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(text) || /<table[\s>]/i.test(text.slice(0, 200_000));
}

const tooLarge = (bytes: number) =>
  appError("PAYLOAD_TOO_LARGE", "captureFileTooLarge", { size: (bytes / 1024 / 1024).toFixed(1), limit: String(MAX_CAPTURE_BYTES / 1024 / 1024) });

/** Reads an uploaded file; the format comes from its bytes (a zip is XLSX, markup is HTML), else its name. */
export async function readUploadedSource(bytes: Uint8Array, fileName = ""): Promise<ReadSource> {
  if (bytes.byteLength === 0) throw appError("BAD_REQUEST", "captureFileEmpty");
  if (bytes.byteLength > MAX_CAPTURE_BYTES) throw tooLarge(bytes.byteLength);
  if (startsWith(bytes, ZIP_MAGIC)) return readXlsx(bytes);
  if (/\.xls$/i.test(fileName)) {
    throw appError("BAD_REQUEST", "captureXls");
  }
  if (looksBinary(bytes)) {
    throw appError("BAD_REQUEST", "captureBinary");
  }
  const { text, encoding } = decodeUpload(bytes);
  if (looksHtml(text) || /\.html?$/i.test(fileName)) return { ...readHtml(text), encoding };
  if (/\.csv$/i.test(fileName) || (!text.includes("\t") && text.includes(","))) return { ...readCsv(text), encoding };
  return { ...readPaste(text), encoding };
}

/** Reads pasted text: HTML if the clipboard held markup, else tab-separated lines as a browser copies a table. */
export function readPastedSource(text: string): ReadSource {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_CAPTURE_BYTES) throw tooLarge(bytes);
  if (text.trim() === "") throw appError("BAD_REQUEST", "capturePasteEmpty");
  if (text.includes("\u0000")) throw appError("BAD_REQUEST", "capturePasteNul");
  return looksHtml(text) ? { ...readHtml(text), encoding: null } : { ...readPaste(text), encoding: null };
}

function readPaste(text: string): Omit<ReadSource, "encoding"> {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const tabbed = lines.some((line) => line.includes("\t"));
  const rows: SourceTable["rows"] = [];
  const around: string[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    // A copied table separates cells by tabs; a line without one is a title or footer around it.
    const cells = tabbed ? line.split("\t") : line.trim().split(/\s{2,}/);
    if (tabbed && cells.length === 1) around.push(line);
    else rows.push({ line: index + 1, cells: cells.map(normaliseCell) });
  });
  return { format: "paste", tables: [{ rows }], around: around.join("\n") };
}

function readCsv(text: string): Omit<ReadSource, "encoding"> {
  const records = parseRecords(text, { relaxColumnCount: true });
  const rows: SourceTable["rows"] = [];
  const around: string[] = [];
  for (const { record, records: line } of records) {
    const cells = record.map(normaliseCell);
    if (cells.filter(Boolean).length <= 1) around.push(cells.join(" "));
    else rows.push({ line, cells });
  }
  return { format: "csv", tables: [{ rows }], around: around.join("\n") };
}

function readHtml(text: string): Omit<ReadSource, "encoding"> {
  const $ = cheerio.load(text);
  $("script, style, noscript, template").remove();
  const tables: SourceTable[] = [];
  $("table").each((_, table) => {
    const rows: SourceTable["rows"] = [];
    // Rows of this table only, not of a table nested in one of its cells.
    $(table)
      .find("tr")
      .filter((__, tr) => $(tr).closest("table").is(table))
      .each((index, tr) => {
        const cells: string[] = [];
        $(tr)
          .children("th, td")
          .each((___, cell) => {
            const value = normaliseCell($(cell).text());
            const span = Math.min(Number($(cell).attr("colspan") ?? 1) || 1, 50);
            cells.push(value, ...Array<string>(span - 1).fill(""));
          });
        if (cells.some(Boolean)) rows.push({ line: index + 1, cells });
      });
    if (rows.length > 0) tables.push({ rows });
  });
  $("table").remove();
  const around = normaliseCell($("title").text() + " " + $("body").text());
  return { format: "html", tables, around };
}

type XlsxValue = ExcelJS.CellValue;

function xlsxText(value: XlsxValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("result" in value) return xlsxText((value.result ?? "") as XlsxValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
    return "";
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<ReadSource> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw appError("BAD_REQUEST", "captureZipNotXlsx");
  }
  const tables: SourceTable[] = [];
  const around: string[] = [];
  workbook.eachSheet((sheet) => {
    const rows: SourceTable["rows"] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      const cells = Array.from({ length: values.length }, (_, index) => normaliseCell(xlsxText(values[index] as XlsxValue)));
      // A merged title or footer row has one filled cell: it is text around the table.
      if (cells.filter(Boolean).length <= 1) around.push(cells.join(" "));
      else rows.push({ line: rowNumber, cells });
    });
    if (rows.length > 0) tables.push({ rows });
  });
  return { format: "xlsx", encoding: null, tables, around: around.join("\n") };
}
