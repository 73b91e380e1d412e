// CSV imports on a seeded PostgreSQL database: export -> import round trips, file and row errors, the apply
// step (all or nothing, audited, 409 after a concurrent change) and the route's guard and size cap.
import iconv from "iconv-lite";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { stringify } from "csv-stringify/sync";
import type { ImportKindName, ImportPreview } from "@/lib/import/run-import";
import { seedDatabase } from "@/prisma/seed/seed";
import { parseCsvResponse, type ParsedCsv } from "./support/csv.ts";
import { openAppDatabase, type AppDatabase } from "./support/app-database.ts";
import { nextCacheMock, nextHeadersMock } from "./support/next-request.ts";
import { createSessionToken, createUser, type TestUser } from "./support/users.ts";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("next/cache", () => nextCacheMock);

let app: AppDatabase;
let analyst: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  app = await openAppDatabase("import");
  await seedDatabase(app.prisma);
  analyst = await createUser(app.prisma, "ANALYST", "import-analyst@test.local");
  viewer = await createUser(app.prisma, "VIEWER", "import-viewer@test.local");
});
afterAll(async () => app?.drop());

async function exported(kind: "designations" | "reimbursement", query = "", lang: "en" | "zh" = "en"): Promise<ParsedCsv> {
  const route =
    kind === "designations" ? await import("@/app/api/export/designations.csv/route") : await import("@/app/api/export/reimbursement.csv/route");
  const response = await route.GET(new Request(`http://localhost/api/export/${kind}.csv?${query}${query ? "&" : ""}lang=${lang}`));
  expect(response.status).toBe(200);
  return parseCsvResponse(response);
}

/** A CSV file as Excel would save it: BOM, CRLF. */
function csvFile(header: readonly string[], rows: readonly (readonly string[])[], { bom = true } = {}): Uint8Array {
  return new TextEncoder().encode((bom ? "\uFEFF" : "") + stringify([header, ...rows], { record_delimiter: "windows" }));
}

function withCell(csv: ParsedCsv, row: string[], header: string, value: string): string[] {
  const copy = [...row];
  copy[csv.header.indexOf(header)] = value;
  return copy;
}

function cell(csv: ParsedCsv, row: readonly string[], header: string): string {
  return row[csv.header.indexOf(header)] ?? "";
}

async function preview(kind: ImportKindName, bytes: Uint8Array): Promise<ImportPreview> {
  const { previewImport } = await import("@/lib/import/run-import");
  return previewImport(app.prisma, kind, bytes);
}

async function apply(kind: ImportKindName, bytes: Uint8Array, previewToken: string, reason = "Quarterly CDE list review") {
  const { applyImport } = await import("@/lib/import/run-import");
  return applyImport(app.prisma, kind, bytes, { reason, actor: { id: analyst.id, label: analyst.email }, previewToken });
}

async function previewError(kind: ImportKindName, bytes: Uint8Array) {
  return preview(kind, bytes).then(
    () => {
      throw new Error("expected the preview to be refused");
    },
    (error: { code: string; message: string; status: number }) => error,
  );
}

/** The first exported designation row matching a predicate on the database record. */
async function designationRow(csv: ParsedCsv, where: Parameters<AppDatabase["prisma"]["designation"]["findFirst"]>[0]) {
  const record = await app.prisma.designation.findFirstOrThrow(where);
  const row = csv.rows.find((candidate) => cell(csv, candidate, "Designation ID") === String(record.id));
  if (!row) throw new Error(`designation ${record.id} is not in the export`);
  return { record, row };
}

describe("round trip: export -> import changes nothing", () => {
  it.each([
    ["designations", "en"],
    ["designations", "zh"],
    ["reimbursement", "en"],
    ["reimbursement", "zh"],
  ] as const)("%s in %s: every row is unchanged", async (kind, lang) => {
    const csv = await exported(kind, "", lang);
    expect(csv.rows.length).toBeGreaterThan(5);
    const result = await preview(kind, csvFile(csv.header, csv.rows));
    expect(result.plan.counts).toEqual({ create: 0, update: 0, unchanged: csv.rows.length, error: 0 });
    expect(result.encoding).toBe("utf-8");
  });

  it("a Chinese export saved by Excel as GBK (no BOM) reads back unchanged", async () => {
    const csv = await exported("designations", "", "zh");
    const text = stringify([csv.header, ...csv.rows], { record_delimiter: "windows" });
    const gbk = new Uint8Array(iconv.encode(text, "gbk"));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(gbk)).toThrow();
    const result = await preview("designations", gbk);
    expect(result.encoding).toBe("gbk");
    expect(result.plan.counts.unchanged).toBe(csv.rows.length);
    expect(result.plan.counts.error).toBe(0);
  });

  it("a cell the export neutralised against formulas reads back as stored", async () => {
    const designation = await app.prisma.designation.findFirstOrThrow({ orderBy: { id: "asc" } });
    await app.prisma.designation.update({ where: { id: designation.id }, data: { notes: "=HYPERLINK(\"http://x.example\")", version: { increment: 1 } } });
    const csv = await exported("designations");
    const { row } = await designationRow(csv, { where: { id: designation.id } });
    expect(cell(csv, row, "Notes")).toBe("'=HYPERLINK(\"http://x.example\")");
    const result = await preview("designations", csvFile(csv.header, [row]));
    expect(result.plan.rows[0]).toMatchObject({ outcome: "unchanged" });
  });
});

describe("file errors (4xx, nothing read)", () => {
  it.each([
    ["an unknown column", ["Programme ID", "Designation type", "State", "Colour"], /unknown column "Colour"/],
    ["a missing key column", ["Designation type", "State"], /missing required column "Programme ID"/],
    ["a repeated column", ["Programme ID", "Designation type", "State", "状态"], /repeated column "状态"/],
  ])("%s", async (_, header, message) => {
    const error = await previewError("designations", csvFile(header, [header.map(() => "")]));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(message);
  });

  it.each([
    ["an unclosed quote", 'Programme ID,Designation type,State\r\n1,"Breakthrough therapy,Granted\r\n'],
    ["a quote inside an unquoted cell", 'Programme ID,Designation type,State\r\n1,Break"through,Granted\r\n'],
    ["a row with more cells than the header", "Programme ID,Designation type,State\r\n1,Breakthrough therapy,Granted,extra\r\n"],
  ])("malformed CSV: %s", async (_, text) => {
    const error = await previewError("designations", new TextEncoder().encode(text));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/not valid CSV/);
  });

  it("a UTF-16 file is refused with what to do instead", async () => {
    const error = await previewError("designations", new Uint8Array([0xff, 0xfe, 0x41, 0x00]));
    expect(error.message).toMatch(/UTF-16/);
  });

  it("a file over 5 MB is refused with 413", async () => {
    const error = await previewError("designations", new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41));
    expect(error.status).toBe(413);
  });
});

describe("row errors name the rule", () => {
  it("a malformed acceptance number", async () => {
    const csv = await exported("designations");
    const { row } = await designationRow(csv, { where: { state: "GRANTED" } });
    const result = await preview("designations", csvFile(csv.header, [withCell(csv, row, "Acceptance number", "CXHL24001")]));
    expect(result.plan.rows[0]).toMatchObject({ outcome: "error" });
    expect(result.plan.rows[0]!.errors[0]).toMatchObject({ rule: "INVALID_VALUE", column: "Acceptance number" });
    expect(result.plan.rows[0]!.errors[0]!.message).toMatch(/expected 7 digits/);
  });

  it("an acceptance number of another programme's application", async () => {
    const csv = await exported("designations");
    const { record, row } = await designationRow(csv, { where: { state: "GRANTED" } });
    const other = await app.prisma.application.findFirstOrThrow({ where: { programId: { not: record.programId } } });
    const result = await preview("designations", csvFile(csv.header, [withCell(csv, row, "Acceptance number", other.acceptanceNumber)]));
    expect(result.plan.rows[0]!.errors.map((error) => error.rule)).toContain("APPLICATION_OTHER_PROGRAMME");
  });

  it("an illegal designation transition", async () => {
    const csv = await exported("designations");
    const { row } = await designationRow(csv, { where: { type: "BREAKTHROUGH_THERAPY", state: "GRANTED" } });
    const result = await preview("designations", csvFile(csv.header, [withCell(csv, row, "State", "Requested")]));
    expect(result.plan.rows[0]!.errors).toEqual([expect.objectContaining({ rule: "TRANSITION_NOT_ALLOWED" })]);
    expect(result.plan.rows[0]!.errors[0]!.message).toMatch(/cannot go from "Granted" to "Requested"/);
    // The states travel with the issue, so a Chinese preview can name them (lib/i18n/refusal-messages.ts withIssueTexts).
    expect(result.plan.rows[0]!.errors[0]!.values).toMatchObject({ vocabulary: "DesignationState", from: "GRANTED", to: "REQUESTED" });
  });

  it("a step out of a final listing state", async () => {
    const listing = await app.prisma.reimbursementListing.findFirstOrThrow({ where: { state: { in: ["NEGOTIATION_FAILED", "REMOVED", "FORMAL_REVIEW_FAILED", "EXPERT_REVIEW_FAILED"] } } });
    const csv = await exported("reimbursement");
    const row = csv.rows.find((candidate) => cell(csv, candidate, "Programme ID") === String(listing.programId) && cell(csv, candidate, "List year") === String(listing.listYear))!;
    const result = await preview("reimbursement", csvFile(csv.header, [withCell(csv, row, "State", "Listed")]));
    expect(result.plan.rows[0]!.errors.map((error) => error.rule)).toContain("TERMINAL_STATE");
  });

  it("a state that needs a field the row leaves empty", async () => {
    const csv = await exported("designations");
    const { row } = await designationRow(csv, { where: { type: "BREAKTHROUGH_THERAPY", state: "GRANTED" } });
    const result = await preview("designations", csvFile(csv.header, [withCell(csv, row, "Granted / approved", "")]));
    expect(result.plan.rows[0]!.errors.map((error) => error.rule)).toContain("REQUIRED_FIELD_MISSING");
  });

  it("the same key twice", async () => {
    const csv = await exported("designations");
    const { row } = await designationRow(csv, { where: { state: "GRANTED" } });
    const result = await preview("designations", csvFile(csv.header, [row, withCell(csv, row, "Notes", "changed")]));
    expect(result.plan.rows[0]).toMatchObject({ outcome: "unchanged" });
    expect(result.plan.rows[1]).toMatchObject({ outcome: "error", errors: [expect.objectContaining({ rule: "DUPLICATE_ROW" })] });
  });

  it("a spreadsheet-reformatted date, and a file older than the record", async () => {
    const csv = await exported("designations");
    const { row } = await designationRow(csv, { where: { state: "GRANTED", grantedPrecision: "DAY" } });
    const reformatted = await preview("designations", csvFile(csv.header, [withCell(csv, row, "Granted / approved", "2024/6/25")]));
    expect(reformatted.plan.rows[0]!.errors[0]!.message).toMatch(/reformatted by a spreadsheet/);
    const stale = Number(cell(csv, row, "Version")) - 1 || 99;
    const old = await preview("designations", csvFile(csv.header, [withCell(csv, row, "Version", String(stale))]));
    expect(old.plan.rows[0]!.errors.map((error) => error.rule)).toContain("STALE_VERSION");
  });
});

describe("apply", () => {
  it("writes every row in one transaction, each audited with the reason, and bumps versions", async () => {
    const csv = await exported("designations");
    const { record: first, row: firstRow } = await designationRow(csv, { where: { state: "GRANTED" }, orderBy: { id: "asc" } });
    const { record: second, row: secondRow } = await designationRow(csv, { where: { state: "GRANTED", id: { gt: first.id } }, orderBy: { id: "asc" } });
    const file = csvFile(csv.header, [
      withCell(csv, firstRow, "Notes", "Confirmed against the CDE list, 2026-11"),
      withCell(csv, secondRow, "Source confidence", "Official"),
    ]);
    const previewed = await preview("designations", file);
    expect(previewed.plan.counts).toMatchObject({ update: 2, error: 0 });
    const result = await apply("designations", file, previewed.plan.token);
    expect(result.counts.update).toBe(2);
    const after = await app.prisma.designation.findMany({ where: { id: { in: [first.id, second.id] } }, orderBy: { id: "asc" } });
    expect(after[0]).toMatchObject({ notes: "Confirmed against the CDE list, 2026-11", version: first.version + 1 });
    expect(after[1]).toMatchObject({ sourceConfidence: "OFFICIAL", version: second.version + 1 });
    const audit = await app.prisma.auditEvent.findMany({ where: { channel: "import", entityType: "Designation", entityId: { in: [String(first.id), String(second.id)] } } });
    expect(audit).toHaveLength(2);
    for (const event of audit) expect(event).toMatchObject({ reason: "Quarterly CDE list review", actorId: analyst.id, action: "UPDATE" });
    expect(audit.map((event) => event.field).sort()).toEqual(["notes", "sourceConfidence"]);
  });

  it("records a state change as a transition and a new listing as a create", async () => {
    const program = await app.prisma.program.findFirstOrThrow({ where: { reimbursements: { none: {} } }, orderBy: { id: "asc" } });
    const header = ["Programme ID", "List", "List year", "State", "Applied"];
    const file = csvFile(header, [[String(program.id), "NRDL negotiated", "2026", "Applied", "2026-07"]], { bom: false });
    const previewed = await preview("reimbursement", file);
    expect(previewed.plan.rows[0]).toMatchObject({ outcome: "create" });
    await apply("reimbursement", file, previewed.plan.token, "NHSA 2026 application window");
    const created = await app.prisma.reimbursementListing.findUniqueOrThrow({ where: { programId_list_listYear: { programId: program.id, list: "NRDL_NEGOTIATED", listYear: 2026 } } });
    expect(created).toMatchObject({ state: "APPLIED", appliedPrecision: "MONTH" });

    const step = csvFile(header.slice(0, 4), [[String(program.id), "NRDL negotiated", "2026", "Passed formal review"]]);
    const stepPreview = await preview("reimbursement", step);
    expect(stepPreview.plan.rows[0]).toMatchObject({ outcome: "update", changes: [{ column: "State", before: "Applied", after: "Passed formal review" }] });
    await apply("reimbursement", step, stepPreview.plan.token, "Formal review list published");
    const audit = await app.prisma.auditEvent.findMany({ where: { channel: "import", entityType: "ReimbursementListing", entityId: String(created.id) }, orderBy: { id: "asc" } });
    expect(audit.map((event) => [event.action, event.field, event.reason])).toEqual([
      ["CREATE", null, "NHSA 2026 application window"],
      ["TRANSITION", "state", "Formal review list published"],
    ]);
  });

  it("writes nothing when one row has an error", async () => {
    const csv = await exported("designations");
    const { record, row } = await designationRow(csv, { where: { type: "BREAKTHROUGH_THERAPY", state: "GRANTED" } });
    const { row: other } = await designationRow(csv, { where: { id: { not: record.id } }, orderBy: { id: "desc" } });
    const file = csvFile(csv.header, [withCell(csv, other, "Notes", "would be written"), withCell(csv, row, "State", "Requested")]);
    const previewed = await preview("designations", file);
    expect(previewed.plan.counts).toMatchObject({ update: 1, error: 1 });
    const auditBefore = await app.prisma.auditEvent.count();
    await expect(apply("designations", file, previewed.plan.token)).rejects.toMatchObject({ code: "UNPROCESSABLE" });
    expect(await app.prisma.auditEvent.count()).toBe(auditBefore);
    expect(await app.prisma.designation.count({ where: { notes: "would be written" } })).toBe(0);
  });

  it("answers 409 and writes nothing when a record changed since the preview", async () => {
    const csv = await exported("designations");
    const { record, row } = await designationRow(csv, { where: { state: "GRANTED" }, orderBy: { id: "desc" } });
    const file = csvFile(csv.header, [withCell(csv, row, "CDE record ID", "CDE-2026-0042")]);
    const previewed = await preview("designations", file);
    expect(previewed.plan.counts.update).toBe(1);
    await app.prisma.designation.update({ where: { id: record.id }, data: { notes: "edited meanwhile", version: { increment: 1 } } });
    await expect(apply("designations", file, previewed.plan.token)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await app.prisma.designation.findUniqueOrThrow({ where: { id: record.id } })).cdeRecordId).not.toBe("CDE-2026-0042");
  });

  it("needs a reason", async () => {
    const csv = await exported("designations");
    const file = csvFile(csv.header, csv.rows.slice(0, 1));
    const previewed = await preview("designations", file);
    await expect(apply("designations", file, previewed.plan.token, "  ")).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("POST /api/import/[kind]", () => {
  let session: string | undefined;
  const signIn = async (user: TestUser) => {
    session = await createSessionToken(app.prisma, user.id);
  };
  beforeEach(() => {
    session = undefined;
  });
  async function post(kind: string, body: FormData, query = "dryRun=1") {
    const { POST } = await import("@/app/api/import/[kind]/route");
    const { SESSION_COOKIE } = await import("@/lib/auth/session-cookie");
    const headers: Record<string, string> = session ? { cookie: `${SESSION_COOKIE}=${session}` } : {};
    const request = new Request(`http://localhost:3000/api/import/${kind}?${query}`, { method: "POST", body, headers });
    return POST(request, { params: Promise.resolve({ kind }) });
  }
  function form(bytes: Uint8Array, fields: Record<string, string> = {}): FormData {
    const data = new FormData();
    data.set("file", new File([bytes as Uint8Array<ArrayBuffer>], "designations.csv", { type: "text/csv" }));
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    return data;
  }

  it("refuses anonymous callers (401) and viewers (403)", async () => {
    const csv = await exported("designations");
    expect((await post("designations", form(csvFile(csv.header, csv.rows)))).status).toBe(401);
    await signIn(viewer);
    expect((await post("designations", form(csvFile(csv.header, csv.rows)))).status).toBe(403);
  });

  it("previews for an analyst, then applies with the preview's token", async () => {
    await signIn(analyst);
    const csv = await exported("designations");
    const { record, row } = await designationRow(csv, { where: { state: "GRANTED" }, orderBy: { id: "asc" } });
    const bytes = csvFile(csv.header, [withCell(csv, row, "CDE record ID", "CDE-API-0001")]);
    const previewResponse = await post("designations", form(bytes, { reason: "CDE list check" }));
    expect(previewResponse.status).toBe(200);
    const previewed = (await previewResponse.json()) as ImportPreview;
    expect(previewed.plan.counts).toEqual({ create: 0, update: 1, unchanged: 0, error: 0 });
    expect(await app.prisma.designation.count({ where: { cdeRecordId: "CDE-API-0001" } })).toBe(0);
    const missingToken = await post("designations", form(bytes, { reason: "CDE list check" }), "");
    expect(missingToken.status).toBe(400);
    const applied = await post("designations", form(bytes, { reason: "CDE list check", previewToken: previewed.plan.token }), "");
    expect(applied.status).toBe(200);
    expect((await app.prisma.designation.findUniqueOrThrow({ where: { id: record.id } })).cdeRecordId).toBe("CDE-API-0001");
    const audit = await app.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "Designation", entityId: String(record.id), field: "cdeRecordId" } });
    expect(audit).toMatchObject({ actorLabel: analyst.email, channel: "import", reason: "CDE list check" });
  });

  it("answers 404 for an unknown import and 413 for an oversized upload", async () => {
    await signIn(analyst);
    expect((await post("companies", form(new Uint8Array(10)))).status).toBe(404);
    const big = form(new Uint8Array(6 * 1024 * 1024).fill(0x41));
    expect((await post("designations", big)).status).toBe(413);
  });
});
