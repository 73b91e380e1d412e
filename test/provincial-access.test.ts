// Provincial access on a seeded PostgreSQL database: one province's change through POST /api/provincial-access
// (audited, one ChangeEvent, version-checked), bad rows refused with nothing written, and the dashboard's
// coverage filter and the provincial export agreeing with hand-written SQL.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ChangeEvent } from "@/lib/changes/change-event";
import { nextCacheMock, nextHeadersMock } from "./support/next-request.ts";
import { openSeededAppDatabase, type AppDatabase } from "./support/app-database.ts";
import { column, parseCsvResponse } from "./support/csv.ts";
import { createApiToken, createUser } from "./support/users.ts";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("next/cache", () => nextCacheMock);

let app: AppDatabase;
let token: string;
let listingId: number;
let candidateId: number;
const meta = { reason: "Provincial procurement notice", noEvidence: true };

beforeAll(async () => {
  app = await openSeededAppDatabase("provincial");
  const analyst = await createUser(app.prisma, "ANALYST");
  token = await createApiToken(app.prisma, analyst.id);
  const listing = await app.prisma.reimbursementListing.findFirstOrThrow({
    where: { list: "NRDL_NEGOTIATED", listYear: 2025, program: { candidate: { slug: "tirzepatide" } } },
    select: { id: true, program: { select: { candidateId: true } } },
  });
  listingId = listing.id;
  candidateId = listing.program.candidateId;
});
afterAll(async () => app?.drop());

async function post(body: unknown): Promise<{ status: number; body: { code?: string; error?: string; version?: number; summary?: string } }> {
  const { POST } = await import("@/app/api/provincial-access/route");
  const request = new Request("http://localhost/api/provincial-access", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const response = await (POST as unknown as (request: Request, context: { params: Promise<Record<string, never>> }) => Promise<Response>)(request, { params: Promise.resolve({}) });
  return { status: response.status, body: await response.json() };
}

/** Rows and audit rows of the table: what "nothing written" is checked against. */
async function written() {
  const [rows, audits, versions] = await Promise.all([
    app.prisma.provincialAccess.count(),
    app.prisma.auditEvent.count({ where: { entityType: "ProvincialAccess" } }),
    app.prisma.provincialAccess.aggregate({ _sum: { version: true } }),
  ]);
  return { rows, audits, versions: versions._sum.version };
}

describe("POST /api/provincial-access", () => {
  it("moves a seeded province to dual channel: audited, one ChangeEvent, the version bumped", async () => {
    const { addChangeListener } = await import("@/lib/changes/listeners");
    const events: ChangeEvent[] = [];
    const remove = addChangeListener({ name: "provincial-test", onChange: async (_tx, event) => void events.push(event) });
    try {
      const response = await post({ ...meta, listingId, province: "北京", to: "DUAL_CHANNEL", effectiveDate: "2026-05", expectedVersion: 1 });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body.version).toBe(2);
      expect(response.body.summary).toMatch(/Beijing: State: Listed on procurement platform → Dual channel named/);
    } finally {
      remove();
    }
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ candidateId, channel: "api", subject: { entityType: "ProvincialAccess", version: 2, action: "TRANSITION" } });
    const record = await app.prisma.provincialAccess.findUniqueOrThrow({ where: { listingId_provinceCode: { listingId, provinceCode: "110000" } } });
    expect(record).toMatchObject({ state: "DUAL_CHANNEL", statePrecision: "MONTH", illustrative: false, version: 2 });
    const audit = await app.prisma.auditEvent.findMany({ where: { entityType: "ProvincialAccess", entityId: String(record.id), action: "TRANSITION" } });
    expect(audit.map((row) => [row.field, row.before, row.after])).toEqual([["state", "PLATFORM_LISTED", "DUAL_CHANNEL"]]);
  });

  it("creates a province's first record at expectedVersion 0, then refuses a second creation with 409", async () => {
    const first = await post({ ...meta, listingId, province: "130000", to: "PLATFORM_LISTED", effectiveDate: "2026-04-10", expectedVersion: 0 });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.version).toBe(1);
    const before = await written();
    const again = await post({ ...meta, listingId, province: "Hebei", to: "DUAL_CHANNEL", effectiveDate: "2026-05", expectedVersion: 0 });
    expect(again.status).toBe(409);
    expect(await written()).toEqual(before);
  });

  it.each([
    ["an unknown province", { province: "Hong Kong", to: "PLATFORM_LISTED", effectiveDate: "2026-04", expectedVersion: 0 }, 400, /Unknown province "Hong Kong"/],
    ["an illegal transition", { province: "120000", to: "WITHDRAWN", effectiveDate: "2026-04", expectedVersion: 0 }, 422, /rule TRANSITION_NOT_ALLOWED/],
    ["a date before the listing took effect", { province: "120000", to: "PLATFORM_LISTED", effectiveDate: "2025-12-15", expectedVersion: 0 }, 422, /rule BEFORE_LISTING_EFFECTIVE/],
    ["an unknown field", { province: "120000", to: "PLATFORM_LISTED", effectiveDate: "2026-04", expectedVersion: 0, state: "x" }, 400, /state/],
    ["a missing version", { province: "120000", to: "PLATFORM_LISTED", effectiveDate: "2026-04" }, 400, /expectedVersion/],
    ["a stale version", { province: "310000", to: "WITHDRAWN", effectiveDate: "2026-05", expectedVersion: 7 }, 409, /version 7/],
  ])("refuses %s and writes nothing", async (_case, body, status, message) => {
    const before = await written();
    const response = await post({ ...meta, listingId, ...body });
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.body.error).toMatch(message);
    expect(await written()).toEqual(before);
  });
});

describe("coverage filter and export against SQL", () => {
  const LISTED = `('PLATFORM_LISTED', 'DUAL_CHANNEL', 'RESTRICTED')`;

  /** Candidates with a listing listed in at least `n` provinces, counted by GROUP BY (not the dimension's subquery). */
  async function sqlCandidatesAtLeast(n: number): Promise<number[]> {
    const rows = await app.prisma.$queryRawUnsafe<{ id: number }[]>(
      `SELECT DISTINCT p."candidateId" AS id FROM "ProvincialAccess" pa
         JOIN "ReimbursementListing" r ON r.id = pa."listingId" JOIN "Program" p ON p.id = r."programId"
       WHERE pa."state" IN ${LISTED} GROUP BY p."candidateId", r.id HAVING count(*) >= $1`,
      n,
    );
    return rows.map((row) => row.id).sort((a, b) => a - b);
  }

  async function apiCandidates(query: string): Promise<number[]> {
    const { GET } = await import("@/app/api/candidates/route");
    const response = await GET(new Request(`http://localhost/api/candidates?${query}&perPage=200`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { id: number }[] };
    return body.data.map((row) => row.id).sort((a, b) => a - b);
  }

  async function exportCsv(query: string) {
    const { GET } = await import("@/app/api/export/provincial-access.csv/route");
    const response = await GET(new Request(`http://localhost/api/export/provincial-access.csv?${query}&lang=en`));
    expect(response.status).toBe(200);
    return parseCsvResponse(response);
  }

  it.each([1, 3, 8, 9, 31])("coverage=%i: the dashboard and the export hold the candidates SQL counts", async (n) => {
    const expected = await sqlCandidatesAtLeast(n);
    expect(await apiCandidates(`coverage=${n}`)).toEqual(expected);
    const csv = await exportCsv(`coverage=${n}`);
    const names = new Set(column(csv, "Candidate"));
    const expectedNames = await app.prisma.candidate.findMany({ where: { id: { in: expected } }, select: { nameEn: true } });
    expect(names).toEqual(new Set(expectedNames.map((candidate) => candidate.nameEn)));
  });

  it("exports 31 rows per listing, whose listed rows match SQL's count per listing", async () => {
    const csv = await exportCsv("");
    const listings = await app.prisma.reimbursementListing.count();
    expect(csv.rows).toHaveLength(listings * 31);
    const counts = await app.prisma.$queryRawUnsafe<{ programId: number; listYear: number; n: bigint }[]>(
      `SELECT r."programId", r."listYear", count(*) AS n FROM "ProvincialAccess" pa JOIN "ReimbursementListing" r ON r.id = pa."listingId"
       WHERE pa."state" IN ${LISTED} GROUP BY r.id, r."programId", r."listYear"`,
    );
    const fromCsv = new Map<string, number>();
    const [programIds, years, states, listedColumn] = [column(csv, "Programme ID"), column(csv, "List year"), column(csv, "Provincial state"), column(csv, "Listing's provinces listed (of 31)")];
    states.forEach((state, index) => {
      const key = `${programIds[index]}:${years[index]}`;
      if (["Listed on procurement platform", "Dual channel named", "Restricted"].includes(state)) fromCsv.set(key, (fromCsv.get(key) ?? 0) + 1);
      if (fromCsv.has(key)) expect(Number(listedColumn[index])).toBeGreaterThan(0);
    });
    expect(fromCsv).toEqual(new Map(counts.map((row) => [`${row.programId}:${row.listYear}`, Number(row.n)])));
  });

  it("coverage=CODE:STATE and CODE match SQL", async () => {
    const byState = await app.prisma.$queryRawUnsafe<{ id: number }[]>(
      `SELECT DISTINCT p."candidateId" AS id FROM "ProvincialAccess" pa JOIN "ReimbursementListing" r ON r.id = pa."listingId"
         JOIN "Program" p ON p.id = r."programId" WHERE pa."provinceCode" = '440000' AND pa."state" = 'DUAL_CHANNEL'`,
    );
    expect(await apiCandidates("coverage=440000:DUAL_CHANNEL")).toEqual(byState.map((row) => row.id).sort((a, b) => a - b));
    const listed = await app.prisma.$queryRawUnsafe<{ id: number }[]>(
      `SELECT DISTINCT p."candidateId" AS id FROM "ProvincialAccess" pa JOIN "ReimbursementListing" r ON r.id = pa."listingId"
         JOIN "Program" p ON p.id = r."programId" WHERE pa."provinceCode" = '650000' AND pa."state" IN ${LISTED}`,
    );
    expect(await apiCandidates("coverage=650000")).toEqual(listed.map((row) => row.id).sort((a, b) => a - b));
  });

  it("answers a bad coverage token with 400", async () => {
    const { GET } = await import("@/app/api/candidates/route");
    for (const bad of ["0", "32", "999999", "440000:LISTED"]) {
      expect((await GET(new Request(`http://localhost/api/candidates?coverage=${bad}`))).status, bad).toBe(400);
    }
  });

  it("shows the records on the candidate API", async () => {
    const { GET } = await import("@/app/api/candidates/[id]/route");
    const response = await GET(new Request(`http://localhost/api/candidates/${candidateId}`), { params: Promise.resolve({ id: String(candidateId) }) });
    const body = (await response.json()) as { provincialAccess: { listingId: number; listedProvinces: number; provinces: { code: string; state: string; version: number }[] }[] };
    const listing = body.provincialAccess.find((entry) => entry.listingId === listingId)!;
    expect(listing.provinces).toHaveLength(31);
    expect(listing.provinces.find((province) => province.code === "110000")).toMatchObject({ state: "DUAL_CHANNEL", version: 2 });
    expect(listing.listedProvinces).toBe(listing.provinces.filter((province) => ["PLATFORM_LISTED", "DUAL_CHANNEL", "RESTRICTED"].includes(province.state)).length);
  });
});

describe("bulk entry (POST /api/provincial-access/import)", () => {
  async function importRows(text: string, query = "?dryRun=1", extra: Record<string, unknown> = {}, language = "en") {
    const { POST } = await import("@/app/api/provincial-access/import/route");
    const request = new Request(`http://localhost/api/provincial-access/import${query}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "accept-language": language },
      body: JSON.stringify({ text, ...extra }),
    });
    const response = await (POST as unknown as (request: Request, context: { params: Promise<Record<string, never>> }) => Promise<Response>)(request, { params: Promise.resolve({}) });
    return { status: response.status, body: await response.json() };
  }

  const pasted = [
    "省份\t药品\t状态\t日期\t来源",
    "湖南\t替尔泊肽\t已挂网\t2026-04\thttps://example.gov.cn/notice/1",
    "Fujian\tTirzepatide\tPLATFORM_LISTED\t2026-04-20\t",
  ].join("\n");

  it("previews pasted rows without writing, then applies them all with the preview's token", async () => {
    const before = await written();
    const preview = await importRows(pasted);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.counts).toEqual({ create: 2, update: 0, error: 0 });
    expect(await written()).toEqual(before);
    const applied = await importRows(pasted, "", { reason: "Hunan and Fujian notices", previewToken: preview.body.token });
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    const after = await written();
    expect(after.rows).toBe(before.rows + 2);
    const hunan = await app.prisma.provincialAccess.findUniqueOrThrow({ where: { listingId_provinceCode: { listingId, provinceCode: "430000" } } });
    expect(hunan).toMatchObject({ state: "PLATFORM_LISTED", sourceUrl: "https://example.gov.cn/notice/1", listedPrecision: "MONTH" });
  });

  it("names each bad row's rule and writes nothing, even for the good rows", async () => {
    const text = [
      "Province,Drug,State,Date,Source",
      "Atlantis,Tirzepatide,PLATFORM_LISTED,2026-04,",
      "Chongqing,Tirzepatide,WITHDRAWN,2026-04,",
      "Yunnan,Tirzepatide,PLATFORM_LISTED,2025-11,",
      "Guizhou,Tirzepatide,PLATFORM_LISTED,2026-04,",
    ].join("\n");
    const before = await written();
    const preview = await importRows(text);
    expect(preview.status).toBe(200);
    expect(preview.body.rows.map((row: { errors: { rule: string }[] }) => row.errors.map((issue) => issue.rule))).toEqual([
      ["UNKNOWN_PROVINCE"],
      ["TRANSITION_NOT_ALLOWED"],
      ["BEFORE_LISTING_EFFECTIVE"],
      [],
    ]);
    // The refused transition carries its states, so a Chinese preview names them (refusal-messages.ts withIssueTexts).
    expect(preview.body.rows[1].errors[0].values).toMatchObject({ from: expect.any(String), to: "WITHDRAWN" });
    const applied = await importRows(text, "", { reason: "Mixed notices", previewToken: preview.body.token });
    expect(applied.status).toBe(422);
    expect(await written()).toEqual(before);

    // Each issue also says itself in the requester's language; the token does not depend on it.
    const chinese = await importRows(text, "?dryRun=1", {}, "zh-CN,zh;q=0.9");
    const texts = (body: { rows: { errors: { text: string; lang?: string }[] }[] }) => body.rows.map((row) => row.errors.map(({ text, lang }) => ({ text, lang })));
    expect(texts(preview.body)[0]).toEqual([{ text: preview.body.rows[0].errors[0].message }]);
    expect(texts(chinese.body)[0]).toEqual([{ text: expect.stringMatching(/[\u4e00-\u9fff]/) }]);
    expect(texts(chinese.body)[1]).toEqual([{ text: expect.stringMatching(/^不能从「.+」变更为「/) }]);
    expect(chinese.body.token).toBe(preview.body.token);
  });
});

describe("capture kind: provincial notice", () => {
  it("proposes one province's change from a pasted notice, and applying it records it through the write step", async () => {
    const { SESSION_COOKIE } = await import("@/lib/auth/session-cookie");
    const { createSessionToken } = await import("./support/users.ts");
    const analyst = await app.prisma.user.findFirstOrThrow({ where: { role: "ANALYST" } });
    const cookie = `${SESSION_COOKIE}=${await createSessionToken(app.prisma, analyst.id)}`;
    const capture = await import("@/app/api/captures/route");
    const text = ["序号\t省份\t药品名称\t挂网状态\t挂网时间", "1\t山西\t替尔泊肽\t已挂网\t2026-05-06", "2\t火星\t替尔泊肽\t已挂网\t2026-05-06"].join("\n");
    const created = await capture.POST(
      new Request("http://localhost/api/captures", { method: "POST", body: JSON.stringify({ text, sourceUrl: "https://ybj.shanxi.gov.cn/notice/2026-05" }), headers: { cookie, "content-type": "application/json" } }),
      { params: Promise.resolve({}) as never },
    );
    const summary = (await created.json()) as { id: number; kind: string };
    expect(created.status, JSON.stringify(summary)).toBeLessThan(300);
    expect(summary.kind).toBe("provincial-notice");
    const detail = await import("@/app/api/captures/[id]/route");
    const proposals = ((await (await detail.GET(new Request(`http://localhost/api/captures/${summary.id}`, { headers: { cookie } }), { params: Promise.resolve({ id: String(summary.id) }) })).json()) as {
      proposals: { id: number; line: number; outcome: string; status: string; rule: string | null }[];
    }).proposals.sort((a, b) => a.line - b.line);
    expect(proposals.map((proposal) => [proposal.outcome, proposal.status, proposal.rule])).toEqual([
      ["LISTING_CHANGED", "PROPOSED", null],
      ["CONFLICT", "INFORMATION", "CAPTURE_CELL_UNREADABLE"],
    ]);
    const applyRoute = await import("@/app/api/captures/[id]/apply/route");
    const applied = await applyRoute.POST(
      new Request(`http://localhost/api/captures/${summary.id}/apply`, { method: "POST", body: JSON.stringify({ accept: [proposals[0]!.id] }), headers: { cookie, "content-type": "application/json" } }),
      { params: Promise.resolve({ id: String(summary.id) }) },
    );
    expect(applied.status, await applied.clone().text()).toBe(200);
    const shanxi = await app.prisma.provincialAccess.findUniqueOrThrow({ where: { listingId_provinceCode: { listingId, provinceCode: "140000" } } });
    expect(shanxi).toMatchObject({ state: "PLATFORM_LISTED", sourceUrl: "https://ybj.shanxi.gov.cn/notice/2026-05", version: 1 });
    const audit = await app.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "ProvincialAccess", entityId: String(shanxi.id) } });
    expect(audit).toMatchObject({ channel: "capture", evidenceKind: "capture", evidenceRef: String(summary.id) });
  });
});

describe("bulk entry goes through the province's own mutation", () => {
  /** Provinces the tests above change or refuse: left to them. */
  const TAKEN = new Set(["110000", "130000", "120000", "310000", "430000", "350000", "140000", "500000", "530000", "520000"]);
  const source = "https://example.gov.cn/notice/bulk-vs-single";
  const reason = "Provincial procurement notices, May 2026";

  /** A change's audit rows as a reader compares them: what they say, not their ids or the province they name. */
  async function auditOf(provinceCode: string) {
    const record = await app.prisma.provincialAccess.findUniqueOrThrow({ where: { listingId_provinceCode: { listingId, provinceCode } } });
    const rows = await app.prisma.auditEvent.findMany({ where: { entityType: "ProvincialAccess", entityId: String(record.id), channel: { not: "seed" } }, orderBy: { id: "asc" } });
    const { id: _id, provinceCode: _code, createdAt: _created, updatedAt: _updated, ...kept } = record;
    return {
      record: kept,
      changeIds: [...new Set(rows.map((row) => row.changeId))],
      rows: rows.map(({ id: _row, at: _at, changeId: _change, entityId: _entity, after, ...row }) => ({
        ...row,
        after: after && typeof after === "object" && !Array.isArray(after) ? { ...after, provinceCode: "(province)" } : after,
      })),
    };
  }

  const outboxJobs = (changeIds: readonly string[]) =>
    app.prisma.$queryRawUnsafe<{ changeId: string; candidateId: number }[]>(
      `SELECT data->>'changeId' AS "changeId", (data->>'candidateId')::int AS "candidateId" FROM pgboss.job WHERE name = 'watch-change' AND data->>'changeId' = ANY($1::text[])`,
      [...changeIds],
    );

  it("records each row as one province recorded by hand would: the same audit rows, one change, event and outbox job per row", async () => {
    const { PROVINCES } = await import("@/lib/domain/provinces");
    const { parsePartialDate } = await import("@/lib/domain/partial-date");
    const { previewProvincialImport, applyProvincialImport } = await import("@/lib/provincial-access/import");
    const { changeProvincialAccess } = await import("@/lib/provincial-access/mutations");
    const { addChangeListener } = await import("@/lib/changes/listeners");

    const seeded = await app.prisma.provincialAccess.findMany({ where: { listingId }, select: { provinceCode: true, state: true, version: true } });
    const [imported, byHand] = [0, 1].map((index) => ({
      update: seeded.filter((record) => record.state === "PLATFORM_LISTED" && record.version === 1 && !TAKEN.has(record.provinceCode))[index]!.provinceCode,
      create: PROVINCES.map((province) => province.code).filter((code) => !TAKEN.has(code) && !seeded.some((record) => record.provinceCode === code))[index]!,
    })) as [{ update: string; create: string }, { update: string; create: string }];
    // The two seeded records start alike (the seed varies dates and sources by province), so their changes can be compared.
    const like = await app.prisma.provincialAccess.findUniqueOrThrow({ where: { listingId_provinceCode: { listingId, provinceCode: imported.update } } });
    const { id: _id, provinceCode: _code, listingId: _listing, createdAt: _created, updatedAt: _updated, ...alike } = like;
    await app.prisma.provincialAccess.update({ where: { listingId_provinceCode: { listingId, provinceCode: byHand.update } }, data: alike });
    const analyst = await app.prisma.user.findFirstOrThrow({ where: { role: "ANALYST" } });
    const actor = { id: analyst.id, label: analyst.email };

    const events: ChangeEvent[] = [];
    const remove = addChangeListener({ name: "provincial-bulk-test", onChange: async (_tx, event) => void events.push(event) });
    try {
      const text = [
        "Province,Drug,State,Date,Source,Notes",
        `${imported.update},tirzepatide,DUAL_CHANNEL,2026-05,${source},Named in the notice`,
        `${imported.create},tirzepatide,PLATFORM_LISTED,2026-04-10,,`,
      ].join("\n");
      const preview = await previewProvincialImport(app.prisma, text);
      expect(preview.counts).toEqual({ create: 1, update: 1, error: 0 });
      expect(await applyProvincialImport(text, { reason, actor, previewToken: preview.token })).toEqual({ counts: preview.counts });

      const effective = (text: string) => {
        const parsed = parsePartialDate(text);
        if (!parsed.ok) throw new Error(parsed.error);
        return parsed.value;
      };
      const byHandActor = { ...actor, channel: "import" as const };
      await changeProvincialAccess({
        actor: byHandActor,
        expectedVersion: 1,
        input: { listingId, province: byHand.update, to: "DUAL_CHANNEL", notes: "Named in the notice", reason, evidenceUrl: source, noEvidence: false, evidenceConfidence: "OFFICIAL", effectiveDate: effective("2026-05") },
      });
      await changeProvincialAccess({
        actor: byHandActor,
        expectedVersion: 0,
        input: { listingId, province: byHand.create, to: "PLATFORM_LISTED", reason, evidenceUrl: null, noEvidence: true, evidenceConfidence: null, effectiveDate: effective("2026-04-10") },
      });
    } finally {
      remove();
    }

    const changeIds: string[] = [];
    for (const kind of ["update", "create"] as const) {
      const fromImport = await auditOf(imported[kind]);
      const fromHand = await auditOf(byHand[kind]);
      expect(fromImport.rows, kind).toEqual(fromHand.rows);
      expect(fromImport.record, kind).toEqual(fromHand.record);
      // One change per row: all of its audit rows under one changeId.
      expect(fromImport.changeIds, kind).toHaveLength(1);
      changeIds.push(...fromImport.changeIds);
    }
    expect((await auditOf(imported.update)).rows.map((row) => [row.action, row.field, row.channel, row.evidenceUrl, row.evidenceKind])).toEqual(
      expect.arrayContaining([["TRANSITION", "state", "import", source, null]]),
    );
    expect((await auditOf(imported.create)).rows.map((row) => [row.action, row.channel, row.evidenceUrl])).toEqual([["CREATE", "import", null]]);

    // One event per row, in row order, then the two made by hand; the same but for the record they name.
    expect(events.map((event) => event.changeId).slice(0, 2)).toEqual(changeIds);
    // The summary is the grid's own ("…: State: A → B (effective …)."), which only its mutation writes.
    const provinceNames = PROVINCES.map((province) => province.en);
    const shapeOf = ({ changeId: _change, recordedAt: _at, subject, summary, rows: _rows, ...event }: ChangeEvent) => ({
      ...event,
      action: subject.action,
      version: subject.version,
      summary: provinceNames.reduce((text, name) => text.replace(`, ${name}: `, ", (province): "), summary),
    });
    expect(events.slice(0, 2).map(shapeOf)).toEqual(events.slice(2).map(shapeOf));
    expect(events.slice(0, 2).map((event) => event.channel)).toEqual(["import", "import"]);

    // The watch outbox has one job per change, sent with it.
    expect((await outboxJobs(changeIds)).sort((a, b) => changeIds.indexOf(a.changeId) - changeIds.indexOf(b.changeId))).toEqual(changeIds.map((changeId) => ({ changeId, candidateId })));
  });
});
