// Turns records into the bytes of an Excel-safe CSV file: UTF-8 with a BOM (so Excel does not read
// Chinese as GBK), CRLF line ends, quoting by csv-stringify, formula-like cells neutralised.
// The stream is pull-based: the next chunk is only requested when the reader has room for it, so a slow
// client slows the database reads instead of filling memory.
import { stringify } from "csv-stringify/sync";
import { neutralizeCell } from "@/lib/export/csv-cell";

export const UTF8_BOM = "\uFEFF";

/** Bytes queued ahead of the reader before `pull` stops asking for chunks. */
const QUEUE_HIGH_WATER_BYTES = 512 * 1024;

/**
 * Bytes gathered into one chunk of the response. Next.js flushes the response after every chunk, and a
 * gzip-encoded response then ends its deflate block: with pieces of a few kilobytes the events export came
 * out 30% larger (6.2 MB against 4.7 MB) and took longer to compress.
 */
const RESPONSE_CHUNK_BYTES = 256 * 1024;

const STRINGIFY_OPTIONS = {
  record_delimiter: "windows",
  // csv-stringify stops quoting cells with a bare LF or CR once record_delimiter is set; Excel would then
  // split the row, so ask for it explicitly.
  quote_record_delimiter: true,
  // Leading or trailing spaces survive only inside quotes in some readers.
  quoted_match: /^\s|\s$/,
} as const;

/** What makes csv-stringify quote a cell under STRINGIFY_OPTIONS (delimiter, quote, CR/LF, edge spaces). */
const NEEDS_QUOTING = /[",\r\n]|^\s|\s$/;

/** Characters of CSV lines gathered before they are encoded: small enough to stay in V8's young generation. */
const ENCODE_EVERY_CHARS = 16 * 1024;

/**
 * One record as a CSV line: every cell neutralised, ending in CRLF. A record with a cell that needs quoting
 * goes through csv-stringify; one without is joined with commas directly, which is byte-for-byte what
 * csv-stringify would write (a tested property) at a fraction of its per-cell cost: the events export
 * writes about half a million rows. `cells` is scratch space, reused so that join() allocates only the line.
 */
function csvLine(record: readonly string[], cells: string[]): string {
  let quoted = false;
  cells.length = record.length;
  for (let index = 0; index < record.length; index++) {
    const cell = neutralizeCell(record[index] as string);
    if (!quoted && NEEDS_QUOTING.test(cell)) quoted = true;
    cells[index] = cell;
  }
  return quoted ? stringify([cells], STRINGIFY_OPTIONS) : cells.join(",") + "\r\n";
}

/**
 * CSV records (csvLine) as UTF-8 bytes, added one at a time.
 * Lines are encoded a few kilobytes at a time, so no line string and no batch-sized string lives long:
 * the events export adds each row as the database driver parses it, and what stays in memory until the
 * batch is handed on is bytes outside V8's heap (see lib/export/kinds/events-reader.ts for why that
 * matters to the server's memory).
 */
export class CsvWriter {
  private lines: string[] = [];
  private lineChars = 0;
  private encoded: Uint8Array[] = [];
  private readonly cells: string[] = [];

  add(record: readonly string[]): void {
    const line = csvLine(record, this.cells);
    this.lines.push(line);
    this.lineChars += line.length;
    if (this.lineChars >= ENCODE_EVERY_CHARS) this.encodeLines();
  }

  /** The bytes added since the last take, in pieces of a few kilobytes (none when nothing was added). */
  take(): Uint8Array[] {
    this.encodeLines();
    const encoded = this.encoded;
    this.encoded = [];
    return encoded;
  }

  private encodeLines(): void {
    if (this.lines.length === 0) return;
    this.encoded.push(Buffer.from(this.lines.join(""), "utf8"));
    this.lines = [];
    this.lineChars = 0;
  }
}

/** The records as CSV bytes (no BOM), as CsvWriter writes them. */
export function csvBytes(records: readonly (readonly string[])[]): Uint8Array[] {
  const writer = new CsvWriter();
  for (const record of records) writer.add(record);
  return writer.take();
}

/** The records as CSV text (no BOM): the same lines as CsvWriter encodes. */
export function formatCsvRecords(records: readonly (readonly string[])[]): string {
  const cells: string[] = [];
  return records.map((record) => csvLine(record, cells)).join("");
}

/**
 * A CSV byte stream: BOM and header first, then the CSV bytes from `chunks` as they are read.
 * Cancelling the stream (client gone) returns the iterator, which ends the database work behind it.
 */
export function createCsvStream(header: readonly string[], chunks: AsyncIterator<Uint8Array>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(UTF8_BOM + formatCsvRecords([header])));
      },
      async pull(controller) {
        const pieces: Uint8Array[] = [];
        let bytes = 0;
        while (bytes < RESPONSE_CHUNK_BYTES) {
          const next = await chunks.next();
          if (next.done) break;
          pieces.push(next.value);
          bytes += next.value.length;
        }
        if (bytes > 0) controller.enqueue(pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, bytes));
        if (bytes < RESPONSE_CHUNK_BYTES) controller.close();
      },
      async cancel() {
        await chunks.return?.();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: QUEUE_HIGH_WATER_BYTES }),
  );
}
