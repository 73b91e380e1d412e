// Reading CSV responses in tests the way a spreadsheet would: BOM checked and dropped, quoted cells parsed.
import { parse } from "csv-parse/sync";

export type ParsedCsv = { header: string[]; rows: string[][]; hadBom: boolean; text: string };

export function parseCsvBytes(bytes: Uint8Array): ParsedCsv {
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  const [header = [], ...rows] = parse(text, { bom: true }) as string[][];
  return { header, rows, hadBom, text };
}

export async function parseCsvResponse(response: Response): Promise<ParsedCsv> {
  return parseCsvBytes(new Uint8Array(await response.arrayBuffer()));
}

/** The values of one column, by its header text. */
export function column(csv: ParsedCsv, header: string): string[] {
  const index = csv.header.indexOf(header);
  if (index < 0) throw new Error(`no column "${header}" in ${csv.header.join(", ")}`);
  return csv.rows.map((row) => row[index] ?? "");
}
