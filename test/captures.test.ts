// Captures on a seeded PostgreSQL database: each kind round-trips (a capture of the seeded data after one
// hand-made change proposes exactly that change), bad captures write nothing, apply commits in one transaction
// with channel "capture" and the capture as evidence, a concurrent edit makes a proposal stale (re-diffed,
// never overwritten), and applying twice changes nothing. Through the route handlers, as a client would.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedDatabase } from "@/prisma/seed/seed";
import { csvOf, HEADERS, htmlOf, pasteOf, TITLES, xlsxOf, type FixtureKind } from "./support/capture-sources.ts";
import { openAppDatabase, type AppDatabase } from "./support/app-database.ts";
import { nextCacheMock, nextHeadersMock } from "./support/next-request.ts";
import { createSessionToken, createUser, type TestUser } from "./support/users.ts";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("next/cache", () => nextCacheMock);

let app: AppDatabase;
let analyst: TestUser;
let viewer: TestUser;
let analystCookie: string;
let viewerCookie: string;

beforeAll(async () => {
  app = await openAppDatabase("captures");
  await seedDatabase(app.prisma);
  analyst = await createUser(app.prisma, "ANALYST", "capture-analyst@test.local");
  viewer = await createUser(app.prisma, "VIEWER", "capture-viewer@test.local");
  const { SESSION_COOKIE } = await import("@/lib/auth/session-cookie");
  analystCookie = `${SESSION_COOKIE}=${await createSessionToken(app.prisma, analyst.id)}`;
  viewerCookie = `${SESSION_COOKIE}=${await createSessionToken(app.prisma, viewer.id)}`;
}, 120_000);
afterAll(async () => app?.drop());

type Summary = { id: number; kind: string; rows: number; proposals: Record<string, number>; warnings: string[]; existing: boolean };

async function post(body: BodyInit, { cookie = analystCookie, contentType }: { cookie?: string | null; contentType?: string } = {}) {
  const { POST } = await import("@/app/api/captures/route");
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (contentType) headers["content-type"] = contentType;
  return POST(new Request("http://localhost/api/captures", { method: "POST", body, headers }), { params: Promise.resolve({}) as never });
}

async function capturePaste(text: string, options: Record<string, string> = {}): Promise<Summary> {
  const response = await post(JSON.stringify({ text, ...options }), { contentType: "application/json" });
  const body = await response.json();
  if (response.status >= 300) throw new Error(`${response.status}: ${JSON.stringify(body)}`);
  return body as Summary;
}

async function captureFile(bytes: Uint8Array, fileName: string, options: Record<string, string> = {}): Promise<Response> {
  const form = new FormData();
  form.set("file", new File([Buffer.from(bytes)], fileName));
  for (const [key, value] of Object.entries(options)) form.set(key, value);
  return post(form);
}

async function proposalsOf(id: number) {
  const { GET } = await import("@/app/api/captures/[id]/route");
  const response = await GET(new Request(`http://localhost/api/captures/${id}`, { headers: { cookie: analystCookie } }), { params: Promise.resolve({ id: String(id) }) });
  expect(response.status).toBe(200);
  return (await response.json()).proposals as { id: number; line: number; outcome: string; status: string; rule: string | null; message: string; acceptanceNumber: string | null; candidateId: number | null }[];
}

async function apply(id: number, body: unknown, cookie = analystCookie) {
  const { POST } = await import("@/app/api/captures/[id]/apply/route");
  return POST(new Request(`http://localhost/api/captures/${id}/apply`, { method: "POST", body: JSON.stringify(body), headers: { cookie, "content-type": "application/json" } }), {
    params: Promise.resolve({ id: String(id) }),
  });
}

/** Everything except UNCHANGED: what a capture proposes. */
const changes = (summary: Summary) => Object.fromEntries(Object.entries(summary.proposals).filter(([outcome]) => outcome !== "UNCHANGED"));

const table = (kind: FixtureKind, rows: string[][]) => ({ title: TITLES[kind], header: HEADERS[kind], rows });
const numbered = (rows: string[][]) => rows.map((row, index) => [String(index + 1), ...row]);

describe("each kind round-trips: the seeded data after one hand-made change proposes exactly that change", () => {
  it("acceptance directory (paste): a new 受理号 on a known candidate", async () => {
    const seeded = await app.prisma.application.findMany({
      where: { acceptancePrecision: "DAY", status: { in: ["ACCEPTED", "UNDER_REVIEW", "QUEUED_FOR_REVIEW", "CERTIFICATE_ISSUED", "IMPLIED_APPROVAL"] } },
      include: { program: { include: { candidate: true } } },
    });
    expect(seeded.length).toBeGreaterThan(10);
    const rows = seeded.map((a) => [a.acceptanceNumber, `${a.program.candidate.nameZh}注射液`, "化药", "新药", "1", "示例企业", a.acceptanceDate!.toISOString().slice(0, 10).replace(/-0?/g, "/")]);
    rows.push(["CXHL2600999国", "蓝山格鲁肽注射液", "化药", "临床试验", "1", "蓝山多肽医药（示例）", "2026年11月20日"]);
    const summary = await capturePaste(pasteOf(table("acceptance-directory", numbered(rows))));
    expect(summary).toMatchObject({ kind: "acceptance-directory", rows: rows.length });
    expect(changes(summary)).toEqual({ NEW_APPLICATION: 1 });
    const proposal = (await proposalsOf(summary.id)).find((p) => p.outcome === "NEW_APPLICATION")!;
    expect(proposal).toMatchObject({ status: "PROPOSED", acceptanceNumber: "CXHL2600999" });
    expect(proposal.message).toMatch(/New application CXHL2600999 .* for 蓝山格鲁肽 \(PT-GLP-101\) \(matched by name without dose form\)/);
    // Stored as a code with its values, said in the reader's language when read (lib/captures/proposal-messages.ts).
    const stored = await app.prisma.captureProposal.findUniqueOrThrow({ where: { id: proposal.id }, select: { message: true, after: true } });
    expect(JSON.parse(stored.message)).toEqual({
      code: "newApplication",
      acceptanceNumber: "CXHL2600999",
      type: "IND",
      candidate: "蓝山格鲁肽 (PT-GLP-101)",
      how: "withoutDoseForm",
      programme: { label: expect.any(String), of: expect.any(Number) },
    });
    expect(stored.after).toMatchObject({ type: "IND", status: "ACCEPTED" });
  });

  it("review tasks (saved HTML page): one status moves; an earlier status is a conflict; a skipped step is refused naming the rule", async () => {
    const rows = numbered([
      ["JXHS2400108", "替尔泊肽注射液", "2024-01-01", "正在审评", "已完成审评", "正在审评", "正在审评", "", "", "", ""],
      ["JXHS2600402", "北桥双靶肽注射液", "2026-03-02", "发补", "", "", "", "", "", "", ""],
      ["JXHS2600517", "北桥双靶肽注射液", "2026-10-26", "正在审评", "", "", "", "", "", "", ""],
    ]);
    const page = htmlOf(table("review-tasks", rows));
    const response = await captureFile(new TextEncoder().encode(page), "审评任务公示.html", { sourceUrl: "https://www.cde.org.cn/main/xxgk/listpage/9f9c74c73e0f8f56a8bfbc646055026d" });
    expect(response.status).toBe(201);
    const summary = (await response.json()) as Summary;
    expect(changes(summary)).toEqual({ STATUS_CHANGE: 1 });

    const drifted = numbered([
      ["CXHS2600890", "镜湖格鲁肽注射液", "2026-11-06", "审批完毕", "", "", "", "", "", "", ""],
      ["CXHS2600755", "镜湖格鲁肽注射液", "2026-09-14", "排队待审评", "", "", "", "", "", "", ""],
    ]);
    const second = await capturePaste(pasteOf(table("review-tasks", drifted)));
    expect(changes(second)).toEqual({ REFUSED: 1, CONFLICT: 1 });
    const [refused, conflict] = await proposalsOf(second.id);
    expect(refused).toMatchObject({ status: "REFUSED", rule: "TRANSITION_NOT_ALLOWED" });
    expect(refused!.message).toMatch(/rule TRANSITION_NOT_ALLOWED/);
    expect(conflict).toMatchObject({ outcome: "CONFLICT", status: "INFORMATION" });
    expect(conflict!.message).toMatch(/earlier than the recorded "Under review"/);
  });

  it("breakthrough publicity (XLSX): a new publicity opens the designation", async () => {
    const rows = numbered([
      ["CXHL2500150", "蓝山双激动肽注射液", "蓝山多肽医药（示例）", "肥胖症", "2026-11-19", "2026-11-25"],
      ["JXHS2600517", "北桥双靶肽注射液", "北桥生物（示例）", "2型糖尿病", "2026-11-25", "2026-12-02"],
    ]);
    const response = await captureFile(await xlsxOf(table("breakthrough-publicity", rows)), "突破性治疗公示.xlsx");
    expect(response.status).toBe(201);
    const summary = (await response.json()) as Summary;
    expect(changes(summary)).toEqual({ DESIGNATION_PUBLICITY: 1 });
  });

  it("priority-review publicity (CSV, GBK): an assessed request is publicised", async () => {
    const rows = numbered([
      ["CXHS2600890", "镜湖格鲁肽注射液", "镜湖医药（示例）", "肥胖症", "符合附条件批准的药品", "2026-11-23", "2026-11-29"],
      ["JXHS2600517", "北桥双靶肽注射液", "北桥生物（示例）", "2型糖尿病", "临床急需的短缺药品", "2026-11-26", "2026-12-03"],
    ]);
    const response = await captureFile(csvOf(table("priority-publicity", rows), "gbk"), "优先审评公示.csv");
    expect(response.status).toBe(201);
    expect(changes((await response.json()) as Summary)).toEqual({ DESIGNATION_PUBLICITY: 1 });
  });

  it("NMPA approval notices (paste): an approval number is recorded", async () => {
    const issued = await app.prisma.application.findMany({ where: { status: "CERTIFICATE_ISSUED", approvalNumber: { not: null } } });
    const rows = issued.map((a) => [a.acceptanceNumber, "示例药品", "示例企业", a.approvalNumber!, "2026-01-05"]);
    rows.push(["CXHS2500198", "河西周效格鲁肽注射液", "河西代谢科技（示例）", "国药准字H20260999", "2026-11-30"]);
    const summary = await capturePaste(pasteOf(table("approval-notices", numbered(rows))));
    expect(changes(summary)).toEqual({ APPROVAL_RECORDED: 1 });
  });

  it("NHSA list (XLSX): a new listing", async () => {
    const rows = numbered([
      ["替尔泊肽", "注射剂", "协议", "", "", ""],
      ["镜湖短效肽", "注射剂", "甲", "", "", ""],
      ["青木减重肽", "注射剂", "乙", "", "", ""],
    ]);
    const response = await captureFile(await xlsxOf(table("nhsa-list", rows)), "2026年医保目录.xlsx", { capturedAt: "2026-12-01" });
    expect(response.status).toBe(201);
    expect(changes((await response.json()) as Summary)).toEqual({ LISTING_ADDED: 1 });
  });
});

describe("matching by name", () => {
  it("offers a near name as a suggestion only: an unknown name is a new candidate, prefilled", async () => {
    const rows = numbered([["CXHL2600998", "蓝山格鲁", "化药", "临床试验", "1", "蓝山多肽医药（示例）", "2026-11-21"]]);
    const summary = await capturePaste(pasteOf(table("acceptance-directory", rows)));
    expect(changes(summary)).toEqual({ NEW_CANDIDATE: 1 });
    const { GET } = await import("@/app/api/captures/[id]/route");
    const response = await GET(new Request(`http://localhost/api/captures/${summary.id}`, { headers: { cookie: analystCookie } }), { params: Promise.resolve({ id: String(summary.id) }) });
    const [proposal] = (await response.json()).proposals;
    expect(proposal).toMatchObject({ status: "INFORMATION", candidateId: null, after: { nameZh: "蓝山格鲁", acceptanceNumber: "CXHL2600998" } });
    expect(proposal.suggestions.map((suggestion: { name: string }) => suggestion.name)).toContain("蓝山格鲁肽 (PT-GLP-101)");
    expect(proposal.message).toMatch(/did you mean .*蓝山格鲁肽 \(PT-GLP-101\)/);
  });

  async function postTo(id: number, action: "matches" | "rediff", body: unknown = undefined, cookie = analystCookie) {
    const route = action === "matches" ? await import("@/app/api/captures/[id]/matches/route") : await import("@/app/api/captures/[id]/rediff/route");
    const init: RequestInit = { method: "POST", headers: { cookie, "content-type": "application/json" } };
    if (body !== undefined) init.body = JSON.stringify(body);
    return route.POST(new Request(`http://localhost/api/captures/${id}/${action}`, init), { params: Promise.resolve({ id: String(id) }) });
  }

  it("a confirmed suggestion matches the name for this capture: its rows are diffed again against that candidate", async () => {
    const rows = numbered([
      ["CXHL2600996", "蓝山格鲁注射液", "化药", "临床试验", "1", "蓝山多肽医药（示例）", "2026-11-21"],
      ["CXHL2600995", "蓝山格鲁", "化药", "临床试验", "1", "蓝山多肽医药（示例）", "2026-11-22"],
    ]);
    const summary = await capturePaste(pasteOf(table("acceptance-directory", rows)));
    expect(changes(summary)).toEqual({ NEW_CANDIDATE: 2 });
    const [first] = await proposalsOf(summary.id);
    const { GET } = await import("@/app/api/captures/[id]/route");
    const detail = await (await GET(new Request(`http://localhost/api/captures/${summary.id}`, { headers: { cookie: analystCookie } }), { params: Promise.resolve({ id: String(summary.id) }) })).json();
    const suggestion = (detail.proposals[0].suggestions as { candidateId: number; name: string }[]).find((s) => s.name === "蓝山格鲁肽 (PT-GLP-101)")!;

    // Bad confirmations first: each a clear 4xx, nothing written.
    expect((await postTo(summary.id, "matches", { proposalId: first!.id, candidateId: suggestion.candidateId }, viewerCookie)).status).toBe(403);
    const unknownField = await postTo(summary.id, "matches", { proposalId: first!.id, candidateId: suggestion.candidateId, force: true });
    expect(unknownField.status).toBe(400);
    expect((await unknownField.json()).error).toMatch(/force/);
    const noCandidate = await postTo(summary.id, "matches", { proposalId: first!.id, candidateId: 99_999_999 });
    expect(noCandidate.status).toBe(422);
    expect((await noCandidate.json()).error).toMatch(/Candidate 99999999 does not exist/);
    expect((await postTo(summary.id, "matches", { proposalId: 99_999_999, candidateId: suggestion.candidateId })).status).toBe(404);
    expect(await app.prisma.captureNameMatch.count({ where: { captureId: summary.id } })).toBe(0);

    const confirmed = await postTo(summary.id, "matches", { proposalId: first!.id, candidateId: suggestion.candidateId });
    expect(confirmed.status).toBe(200);
    // Both rows carry the name (with and without the dose form): both now propose a new application.
    expect(changes(await confirmed.json())).toEqual({ NEW_APPLICATION: 2 });
    const proposals = await proposalsOf(summary.id);
    expect(proposals.map((p) => [p.outcome, p.status, p.candidateId])).toEqual([
      ["NEW_APPLICATION", "PROPOSED", suggestion.candidateId],
      ["NEW_APPLICATION", "PROPOSED", suggestion.candidateId],
    ]);
    expect(proposals[0]!.message).toMatch(/matched by the analyst's confirmation/);
    expect(await app.prisma.captureNameMatch.findFirst({ where: { captureId: summary.id } })).toMatchObject({ name: "蓝山格鲁", confirmedByLabel: analyst.email });

    // Once applied, a proposal's match is settled.
    expect((await (await apply(summary.id, { accept: [proposals[0]!.id] })).json()).applied).toEqual([proposals[0]!.id]);
    const late = await postTo(summary.id, "matches", { proposalId: proposals[0]!.id, candidateId: suggestion.candidateId });
    expect(late.status).toBe(409);
  });

  it("diff again: after the missing candidate is added, its row proposes the new application", async () => {
    const rows = numbered([["CXHL2600994", "青岚新肽注射液", "化药", "临床试验", "1", "青岚生物（示例）", "2026-11-23"]]);
    const summary = await capturePaste(pasteOf(table("acceptance-directory", rows)));
    expect(changes(summary)).toEqual({ NEW_CANDIDATE: 1 });
    const unchanged = await postTo(summary.id, "rediff");
    expect(await unchanged.json()).toMatchObject({ rediffed: 1, proposals: { NEW_CANDIDATE: 1 } });

    const candidate = await app.prisma.candidate.create({ data: { slug: `qinglan-${summary.id}`, nameEn: "Qinglanpeptide", nameZh: "青岚新肽", modality: "SYNTHETIC_PEPTIDE", mechanismClass: "GLP1_RA" } });
    await app.prisma.program.create({ data: { candidateId: candidate.id, indicationEn: "Obesity", drugCategory: "CHEMICAL", origin: "DOMESTIC", currentStage: "PRECLINICAL" } });
    const again = await postTo(summary.id, "rediff");
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ rediffed: 1, proposals: { NEW_APPLICATION: 1 } });
    const [proposal] = await proposalsOf(summary.id);
    expect(proposal).toMatchObject({ outcome: "NEW_APPLICATION", status: "PROPOSED", candidateId: candidate.id });
    expect((await postTo(summary.id, "rediff", undefined, viewerCookie)).status).toBe(403);
  });
});

describe("bad captures get a clear 4xx and write nothing", () => {
  const cases: [string, () => Promise<Response>, number, RegExp][] = [
    ["wrong headers", () => post(JSON.stringify({ text: "受理号\t名称\nCXHL2400215\t示例\n" }), { contentType: "application/json" }), 400, /match no capture kind exactly/],
    ["an empty paste", () => post(JSON.stringify({ text: "" }), { contentType: "application/json" }), 400, /empty/],
    ["a binary upload", () => captureFile(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0]), "list.pdf"), 400, /binary/],
    ["10 MB", () => captureFile(new Uint8Array(10 * 1024 * 1024).fill(0x41), "big.csv"), 413, /5 MB/],
    [
      "mixed kinds",
      () => post(JSON.stringify({ text: pasteOf(table("approval-notices", numbered([["CXHS2500198", "x", "y", "国药准字H20260999", ""]]))) + pasteOf(table("review-tasks", numbered([["CXHS2600890", "x", "2026-01-01", "正在审评", "", "", "", "", "", "", ""]]))) }), { contentType: "application/json" }),
      400,
      /capture one list at a time/,
    ],
    ["an unknown kind", () => post(JSON.stringify({ text: "a\tb", kind: "weather" }), { contentType: "application/json" }), 400, /kind must be one of/],
    ["neither file nor text", () => post(new FormData()), 400, /field named "file"/],
  ];
  it.each(cases)("refuses %s", async (_, send, status, message) => {
    const before = await app.prisma.capture.count();
    const response = await send();
    expect(response.status).toBe(status);
    expect((await response.json()).error).toMatch(message);
    expect(await app.prisma.capture.count()).toBe(before);
  });

  it("refuses 50,000 rows naming the limit", async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `${i + 1}\tCXHL27${String(i).padStart(5, "0")}\t示例\t2026-01-01\t正在审评`);
    const text = ["序号\t受理号\t药品名称\t进入中心时间\t审评状态", ...rows].join("\n");
    const response = await post(JSON.stringify({ text }), { contentType: "application/json" });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/at most 20000 rows/);
  });

  it("answers 401 to anonymous callers and 403 to viewers", async () => {
    expect((await post(JSON.stringify({ text: "x" }), { cookie: null, contentType: "application/json" })).status).toBe(401);
    expect((await post(JSON.stringify({ text: "x" }), { cookie: viewerCookie, contentType: "application/json" })).status).toBe(403);
    expect((await apply(1, { accept: "all-valid" }, viewerCookie)).status).toBe(403);
  });
});

describe("storage", () => {
  it("keeps the raw bytes and their SHA-256; the same bytes again find the earlier capture", async () => {
    const bytes = await xlsxOf(table("nhsa-list", numbered([["替尔泊肽", "注射剂", "协议", "", "", ""]])));
    const first = await captureFile(bytes, "a.xlsx");
    expect(first.status).toBe(201);
    const { id } = (await first.json()) as Summary;
    const again = await captureFile(bytes, "copy of a.xlsx");
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id, existing: true });
    const stored = await app.prisma.capture.findUniqueOrThrow({ where: { id } });
    expect(Buffer.from(stored.raw).equals(Buffer.from(bytes))).toBe(true);
    expect(stored).toMatchObject({ kind: "nhsa-list", format: "xlsx", uploaderId: analyst.id, uploaderLabel: analyst.email, rowCount: 1 });
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("stores the truncation warning", async () => {
    const summary = await capturePaste(pasteOf({ ...table("approval-notices", numbered([["CXSS2400330", "x", "y", "国药准字S20250031", ""]])), total: 57 }));
    expect(summary.warnings).toEqual([expect.stringMatching(/共 57 条 but 1 rows were captured: the capture is truncated/)]);
  });
});

describe("apply", () => {
  it("commits accepted proposals with channel capture and the capture as evidence; rejects the rejected; twice changes nothing", async () => {
    const rows = numbered([
      ["CXHS2600521", "河西格鲁肽注射液", "2026-11-02", "排队待审评", "", "", "", "", "", "", ""],
      ["CXHL2601398", "蓝山长效格鲁肽注射液", "2026-11-20", "排队待审评", "", "", "", "", "", "", ""],
      ["JYHB2600207", "北桥格鲁肽注射液", "2026-11-16", "排队待审评", "", "", "", "", "", "", ""],
    ]);
    const summary = await capturePaste(pasteOf(table("review-tasks", rows)), { sourceUrl: "https://www.cde.org.cn/main/xxgk/listpage/review-tasks" });
    const proposals = await proposalsOf(summary.id);
    const valid = proposals.filter((p) => p.status === "PROPOSED");
    expect(valid.map((p) => p.acceptanceNumber)).toEqual(["JYHB2600207"]);
    const refused = proposals.filter((p) => p.status === "REFUSED");
    expect(refused.length).toBe(2);

    const first = await apply(summary.id, { accept: valid.map((p) => p.id), reject: [refused[0]!.id] });
    expect(first.status).toBe(200);
    const result = await first.json();
    expect(result).toMatchObject({ applied: [valid[0]!.id], rejected: [refused[0]!.id], stale: [], refused: [] });
    const application = await app.prisma.application.findUniqueOrThrow({ where: { acceptanceNumber: "JYHB2600207" } });
    expect(application.status).toBe("QUEUED_FOR_REVIEW");
    const audit = await app.prisma.auditEvent.findMany({ where: { entityType: "Application", entityId: String(application.id), channel: "capture" } });
    expect(audit.length).toBeGreaterThan(0);
    for (const row of audit) expect(row).toMatchObject({ actorId: analyst.id, evidenceUrl: "https://www.cde.org.cn/main/xxgk/listpage/review-tasks", reason: expect.stringMatching(new RegExp(`^Capture #${summary.id}: CDE review tasks`)) });

    const auditCount = await app.prisma.auditEvent.count();
    const again = await (await apply(summary.id, { accept: valid.map((p) => p.id) })).json();
    expect(again).toMatchObject({ applied: [], skipped: [valid[0]!.id] });
    const allValid = await (await apply(summary.id, { accept: "all-valid" })).json();
    expect(allValid.applied).toEqual([]);
    expect(await app.prisma.auditEvent.count()).toBe(auditCount);
    expect((await app.prisma.application.findUniqueOrThrow({ where: { id: application.id } })).version).toBe(application.version);
  });

  it("refreshes each candidate once at the batch's end: its stored deadlines are what a fresh computation gives", async () => {
    const candidate = await app.prisma.candidate.create({ data: { slug: "batch-refresh", nameEn: "Batchaglutide", nameZh: "批量肽", modality: "SYNTHETIC_PEPTIDE", mechanismClass: "GLP1_RA", reviewDeadline: new Date("2000-01-01") } });
    const program = await app.prisma.program.create({ data: { candidateId: candidate.id, indicationEn: "Obesity", drugCategory: "CHEMICAL", origin: "DOMESTIC", currentStage: "IND_FILED" } });
    const numbers = ["CXHL2500881", "CXHL2500882"];
    for (const acceptanceNumber of numbers) {
      await app.prisma.application.create({
        data: { programId: program.id, acceptanceNumber, type: "IND", acceptanceDate: new Date("2026-10-12"), acceptancePrecision: "DAY", reviewTrack: "IND_60", status: "ACCEPTED", reviewDeadline: new Date("2000-01-01") },
      });
    }
    const summary = await capturePaste(pasteOf(table("review-tasks", numbered(numbers.map((number) => [number, "批量肽注射液", "2026-10-12", "排队待审评", "", "", "", "", "", "", ""])))));
    expect(changes(summary)).toEqual({ STATUS_CHANGE: 2 });
    expect((await (await apply(summary.id, { accept: "all-valid" })).json()).applied).toHaveLength(2);

    const stored = async () => ({
      candidate: (await app.prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).reviewDeadline,
      applications: (await app.prisma.application.findMany({ where: { programId: program.id }, orderBy: { id: "asc" } })).map((a) => a.reviewDeadline),
    });
    const afterApply = await stored();
    expect(afterApply.candidate).not.toEqual(new Date("2000-01-01"));
    const { refreshReviewDeadlines } = await import("@/lib/review-clock/refresh-review-deadlines");
    await app.prisma.$transaction((tx) => refreshReviewDeadlines(tx, candidate.id));
    expect(await stored()).toEqual(afterApply);
    // One outbox job per change, sent in one insert with the batch.
    const jobs = await app.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'watch-change' AND data->>'candidateId' = ${String(candidate.id)}`;
    expect(jobs[0]!.n).toBe(2);
  });

  it("one stale proposal among valid ones: the others are applied, the stale one diffed again", async () => {
    const candidate = await app.prisma.candidate.create({ data: { slug: "mixed-apply", nameEn: "Mixaglutide", nameZh: "混合肽", modality: "SYNTHETIC_PEPTIDE", mechanismClass: "GLP1_RA" } });
    const program = await app.prisma.program.create({ data: { candidateId: candidate.id, indicationEn: "Obesity", drugCategory: "CHEMICAL", origin: "DOMESTIC", currentStage: "IND_FILED" } });
    const numbers = ["CXHL2500891", "CXHL2500892", "CXHL2500893"];
    for (const acceptanceNumber of numbers) {
      await app.prisma.application.create({ data: { programId: program.id, acceptanceNumber, type: "IND", acceptanceDate: new Date("2026-10-12"), acceptancePrecision: "DAY", reviewTrack: "IND_60", status: "ACCEPTED" } });
    }
    const summary = await capturePaste(pasteOf(table("review-tasks", numbered(numbers.map((number) => [number, "混合肽注射液", "2026-10-12", "排队待审评", "", "", "", "", "", "", ""])))));
    expect(changes(summary)).toEqual({ STATUS_CHANGE: 3 });
    // The second application moves on by hand after the diff.
    await app.prisma.application.update({ where: { acceptanceNumber: numbers[1]! }, data: { version: { increment: 1 } } });
    const proposals = await proposalsOf(summary.id);
    const result = await (await apply(summary.id, { accept: "all-valid" })).json();
    expect(result.applied.sort()).toEqual([proposals[0]!.id, proposals[2]!.id].sort());
    expect(result.stale.map((entry: { id: number }) => entry.id)).toEqual([proposals[1]!.id]);
    const statuses = await app.prisma.application.findMany({ where: { programId: program.id }, orderBy: { acceptanceNumber: "asc" }, select: { status: true } });
    expect(statuses.map((row) => row.status)).toEqual(["QUEUED_FOR_REVIEW", "ACCEPTED", "QUEUED_FOR_REVIEW"]);
  });

  it("applies a multi-step proposal (approval: status, then the number) in one go", async () => {
    const summary = await capturePaste(pasteOf(table("approval-notices", numbered([["CXHS2500198", "河西周效格鲁肽注射液", "河西代谢科技（示例）", "国药准字H20260888", "2026-11-30"]]))));
    const result = await (await apply(summary.id, { accept: "all-valid" })).json();
    expect(result.applied).toHaveLength(1);
    const application = await app.prisma.application.findUniqueOrThrow({ where: { acceptanceNumber: "CXHS2500198" } });
    expect(application).toMatchObject({ status: "CERTIFICATE_ISSUED", approvalNumber: "国药准字H20260888" });
    const proposal = (await proposalsOf(summary.id))[0]!;
    expect(proposal.status).toBe("APPLIED");
  });

  it("a record edited after the diff makes its proposal stale: nothing overwritten, the row diffed again", async () => {
    const summary = await capturePaste(pasteOf(table("review-tasks", numbered([["CXHS2600755", "镜湖格鲁肽注射液", "2026-09-14", "在审批", "", "", "", "", "", "", ""]]))));
    const [proposal] = await proposalsOf(summary.id);
    expect(proposal).toMatchObject({ status: "PROPOSED", outcome: "STATUS_CHANGE" });
    // Someone else edits the application first, through the form's mutation.
    const { updateApplication } = await import("@/lib/applications/mutations");
    const { parsePartialDate } = await import("@/lib/domain/partial-date");
    const current = await app.prisma.application.findUniqueOrThrow({ where: { acceptanceNumber: "CXHS2600755" } });
    const effective = parsePartialDate("2026-11-30");
    if (!effective.ok) throw new Error(effective.error);
    await updateApplication({
      actor: { id: analyst.id, label: analyst.email, channel: "ui" },
      expectedVersion: current.version,
      input: { applicationId: current.id, notes: "Sponsor call: review meeting held", reason: "Call notes", evidenceUrl: null, noEvidence: true, evidenceConfidence: null, effectiveDate: effective.value } as never,
    });
    const result = await (await apply(summary.id, { accept: [proposal!.id] })).json();
    expect(result.applied).toEqual([]);
    expect(result.stale).toEqual([{ id: proposal!.id, message: expect.stringMatching(/changed by someone else/) }]);
    expect(await app.prisma.application.findUniqueOrThrow({ where: { id: current.id } })).toMatchObject({ status: "UNDER_REVIEW", notes: "Sponsor call: review meeting held" });
    const after = await proposalsOf(summary.id);
    expect(after.map((p) => [p.status, p.outcome])).toEqual([
      ["STALE", "STATUS_CHANGE"],
      ["PROPOSED", "STATUS_CHANGE"],
    ]);
    expect(after[1]!.message).toMatch(/Under review → Under administrative approval/);
    const stored = await app.prisma.captureProposal.findUniqueOrThrow({ where: { id: proposal!.id }, select: { message: true } });
    expect(JSON.parse(stored.message)).toEqual({ code: "stale", reason: { en: expect.stringMatching(/changed by someone else/), "zh-CN": expect.stringMatching(/已被他人修改/) } });
  });
});
