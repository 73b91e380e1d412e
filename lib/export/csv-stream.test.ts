import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { neutralizeCell } from "@/lib/export/csv-cell";
import { createCsvStream, csvBytes, CsvWriter, formatCsvRecords, UTF8_BOM } from "@/lib/export/csv-stream";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  return Buffer.concat(chunks);
}

/** Each batch of records as the CSV bytes an export kind yields. */
async function* csvChunksOf(batches: string[][][]): AsyncGenerator<Uint8Array> {
  for (const batch of batches) yield* csvBytes(batch);
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe("formatCsvRecords", () => {
  it.each([
    ["plain cells", ["a", "b"], "a,b\r\n"],
    ["a comma", ["Lilly, Eli", "x"], '"Lilly, Eli",x\r\n'],
    ["a double quote", ['say "hi"'], '"say ""hi"""\r\n'],
    ["a line feed", ["line 1\nline 2"], '"line 1\nline 2"\r\n'],
    ["a CRLF inside a cell", ["a\r\nb"], '"a\r\nb"\r\n'],
    ["Chinese text", ["司美格鲁肽", "国家医保目录乙类"], "司美格鲁肽,国家医保目录乙类\r\n"],
    ["Chinese text with a full-width comma", ["诺和诺德，中国"], "诺和诺德，中国\r\n"],
    ["a formula", ["=1+1", "x"], "'=1+1,x\r\n"],
    ["a formula with a comma", ['=HYPERLINK("a","b")'], '"\'=HYPERLINK(""a"",""b"")"\r\n'],
    ["a negative number", ["-3.5"], "-3.5\r\n"],
    ["leading and trailing spaces", [" padded "], '" padded "\r\n'],
    ["empty cells", ["", "x", ""], ",x,\r\n"],
    ["a month-precision date", ["2024-06"], "2024-06\r\n"],
  ])("%s", (_, record, expected) => {
    expect(formatCsvRecords([record])).toBe(expected);
  });

  it("writes nothing for no records", () => {
    expect(formatCsvRecords([])).toBe("");
  });

  it("gives the bytes added since the last take, in pieces of a few kilobytes, never splitting a character", () => {
    const decode = (pieces: Uint8Array[]) => pieces.map((piece) => new TextDecoder("utf-8", { fatal: true }).decode(piece)).join("");
    const records = Array.from({ length: 2_000 }, (_, index) => [`司美格鲁肽 ${index}`, index % 7 === 0 ? "=x" : "y", "a,b"]);
    const writer = new CsvWriter();
    for (const record of records) writer.add(record);
    const pieces = writer.take();
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThan(64 * 1024);
    // Each piece decodes on its own (whole lines), and together they are the records' CSV.
    expect(decode(pieces)).toBe(records.map((record) => formatCsvRecords([record])).join(""));
    expect(writer.take()).toEqual([]);
    writer.add(["i"]);
    expect(decode(writer.take())).toBe("i\r\n");
  });
});

describe("createCsvStream", () => {
  it("starts with the UTF-8 BOM bytes and the header", async () => {
    const bytes = await readAll(createCsvStream(["名称", "Name"], csvChunksOf([[["司美格鲁肽", "Semaglutide"]]])));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(`${UTF8_BOM}名称,Name\r\n司美格鲁肽,Semaglutide\r\n`);
  });

  it("round-trips awkward cells through a CSV parser", async () => {
    const rows = [
      ["a,b", 'q"uote', "multi\nline"],
      ["=cmd|' /C calc'!A0", "-2", "@user"],
      ["", " x ", "国药准字SJ20210001"],
    ];
    const bytes = await readAll(createCsvStream(["h1", "h2", "h3"], csvChunksOf([rows.slice(0, 1), [], rows.slice(1)])));
    const parsed = parse(Buffer.from(bytes), { bom: true }) as string[][];
    expect(parsed).toEqual([["h1", "h2", "h3"], rows[0], ["'=cmd|' /C calc'!A0", "-2", "'@user"], rows[2]]);
  });

  it("pulls batches only as the reader asks for them", async () => {
    let produced = 0;
    async function* batches() {
      for (let i = 0; i < 1_000; i++) {
        produced++;
        yield bytesOf("x".repeat(100_000) + "\r\n");
      }
    }
    const reader = createCsvStream(["h"], batches()).getReader();
    await reader.read();
    await reader.read();
    // The queue holds about 512 KiB ahead of the reader, gathered 256 KiB at a time: a dozen batches, far
    // fewer than the 1,000 (100 MB).
    expect(produced).toBeLessThan(30);
    await reader.cancel();
  });

  it("gathers small pieces into chunks of about 256 KiB and ends with the remainder", async () => {
    async function* pieces() {
      for (let i = 0; i < 100; i++) yield bytesOf("y".repeat(9_998) + "\r\n");
    }
    const reader = createCsvStream(["h"], pieces()).getReader();
    const sizes: number[] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) sizes.push(next.value.length);
    // The header chunk, three full chunks of 27 pieces (the first to reach 256 KiB), then the 19 left.
    expect(sizes).toEqual([6, 270_000, 270_000, 270_000, 190_000]);
  });

  it("returns the batch iterator when the reader cancels", async () => {
    let returned = false;
    async function* batches() {
      try {
        for (;;) yield bytesOf("row\r\n");
      } finally {
        returned = true;
      }
    }
    const reader = createCsvStream(["h"], batches()).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(returned).toBe(true);
  });

  it("errors the stream when a batch fails, so a download is never silently cut short", async () => {
    async function* batches() {
      yield bytesOf("first\r\n");
      throw new Error("database went away");
    }
    await expect(readAll(createCsvStream(["h"], batches()))).rejects.toThrow("database went away");
  });
});

describe("formatCsvRecords fast path", () => {
  // Cells built from the characters that matter to CSV and to formula neutralising.
  const alphabet = ["a", "Z", "0", "9", "-", "=", "+", "@", "'", '"', ",", ";", " ", "\t", "\r", "\n", "司", "，", "."];
  function randomCell(random: () => number): string {
    const length = Math.floor(random() * 6);
    let cell = "";
    for (let i = 0; i < length; i++) cell += alphabet[Math.floor(random() * alphabet.length)];
    return cell;
  }
  function seeded(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
  }

  it("writes exactly what csv-stringify writes, for 5,000 random records", () => {
    const random = seeded(42);
    const records = Array.from({ length: 5_000 }, () => Array.from({ length: 1 + Math.floor(random() * 5) }, () => randomCell(random)));
    const expected = stringify(
      records.map((record) => record.map(neutralizeCell)),
      { record_delimiter: "windows", quote_record_delimiter: true, quoted_match: /^\s|\s$/ },
    );
    expect(formatCsvRecords(records)).toBe(expected);
  });
});
