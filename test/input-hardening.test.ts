// Regression table for inputs that once reached PostgreSQL and came back as 500s (found by fuzzing every
// route): each must now be refused up front with a message, or mapped to a 400 if it gets through.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// lib/auth/sign-in imports the app's Prisma client, which needs a URL to be built (it never connects here).
vi.hoisted(() => {
  process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";
});
import { safeRedirectPath } from "@/lib/auth/sign-in";
import { parseDayKey } from "@/lib/domain/calendar-day";
import { parsePartialDate } from "@/lib/domain/partial-date";
import { AppError } from "@/lib/errors";
import { databaseInputError, errorResponse } from "@/lib/http/errors";
import { parseCandidateSearchParams } from "@/lib/search-params";
import { expectedVersionField, nullableText, recordId, requiredText } from "@/lib/changes/inputs";

describe("search parameters refuse what PostgreSQL cannot take", () => {
  it.each([
    ["q=%00", "q"],
    ["indication=a%00b", "indication"],
    ["grantedFrom=0000-01-01", "grantedFrom"],
    ["ndaTo=1899-12-31", "ndaTo"],
  ])("%s", (query, param) => {
    const { errors } = parseCandidateSearchParams(new URLSearchParams(query));
    expect(errors.map((error) => error.param)).toEqual([param]);
  });
});

describe("edit inputs", () => {
  it.each([
    [recordId("Programme"), 2_147_483_648, false],
    [recordId("Programme"), 2_147_483_647, true],
    [expectedVersionField, 9_007_199_254_740_991, false],
    [requiredText("Reason", 100), "a\u0000b", false],
    [nullableText("Notes", 100), "a\u0000b", false],
    [nullableText("Notes", 100), "plain", true],
  ])("%#", (schema, value, valid) => {
    expect(schema.safeParse(value).success).toBe(valid);
  });

  it.each(["0000", "0000-01", "0999-05-05"])("refuses the partial date %s", (text) => {
    expect(parsePartialDate(text).ok).toBe(false);
  });

  it("refuses year-0 day keys", () => {
    expect(parseDayKey("0000-01-01")).toBeNull();
    expect(parseDayKey("2024-02-29")).not.toBeNull();
  });
});

describe("sign-in redirect target", () => {
  it.each([
    ["/candidates/3?tab=history", "/candidates/3?tab=history"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["/\t/evil.example", "/"],
    ["/\n/x", "/"],
    ["https://evil.example/", "/"],
    ["", "/"],
  ])("%j → %j", (next, expected) => {
    expect(safeRedirectPath(next)).toBe(expected);
  });
});

describe("database data exceptions become 400s, not 500s", () => {
  it.each([
    ['invalid byte sequence for encoding "UTF8": 0x00', /NUL/],
    ["date/time field value out of range: 0000-01-01", /date/],
    ['value "2147483648" is out of range for type integer', /number/],
  ])("%s", async (message, expected) => {
    const mapped = databaseInputError(new Error(message));
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped?.message).toMatch(expected);
    const response = errorResponse(new Error(message));
    expect(response.status).toBe(400);
  });

  it("leaves other failures as 500", () => {
    expect(databaseInputError(new Error("connection reset"))).toBeUndefined();
  });
});

// The corpus: bad JSON bodies sent to every write route through the real handlers and a real database. Each
// must be answered 4xx with a message, none 5xx, and no row may change (counts and content compared).
describe("a corpus of bad JSON bodies over every write route", () => {
  type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
  type Route = { method: string; file: string; params?: Record<string, string>; body: Record<string, unknown> };
  type Case = { route: Route; label: string; text: string; expect?: number; rule?: string };

  const meta = { reason: "corpus probe", noEvidence: true, effectiveDate: "2025-02-01" };
  let app: import("./support/app-database.ts").AppDatabase;
  let token = "";
  let routes: Route[] = [];

  beforeAll(async () => {
    const { openAppDatabase } = await import("./support/app-database.ts");
    const { createPipeline } = await import("./support/fixtures.ts");
    const { createApiToken, createUser } = await import("./support/users.ts");
    app = await openAppDatabase("corpus");
    const pipe = await createPipeline(app.prisma);
    token = await createApiToken(app.prisma, (await createUser(app.prisma, "ANALYST")).id);
    const view = await app.prisma.savedView.create({ data: { name: "Corpus view", query: "stage=PHASE_3", ownerId: (await app.prisma.user.findFirstOrThrow()).id } });
    const id = (value: number) => ({ id: String(value) });
    routes = [
      { method: "POST", file: "candidates/route.ts", body: { ...meta, nameEn: "Probeglutide", modality: "SYNTHETIC_PEPTIDE", mechanismClass: "GLP1_RA" } },
      { method: "PATCH", file: "candidates/[id]/route.ts", params: id(pipe.candidateId), body: { ...meta, expectedVersion: 1, nameEn: "Renamed" } },
      { method: "POST", file: "programs/route.ts", body: { ...meta, candidateId: pipe.candidateId, indicationEn: "Obesity", drugCategory: "CHEMICAL", origin: "DOMESTIC" } },
      { method: "PATCH", file: "programs/[id]/route.ts", params: id(pipe.programId), body: { ...meta, expectedVersion: 1, indicationEn: "Obesity" } },
      { method: "POST", file: "programs/[id]/events/route.ts", params: id(pipe.programId), body: { ...meta, stage: "PHASE_1" } },
      { method: "POST", file: "applications/route.ts", body: { ...meta, programId: pipe.programId, acceptanceNumber: "CXHL2500001", type: "IND" } },
      { method: "PATCH", file: "applications/[id]/route.ts", params: id(pipe.applicationId), body: { ...meta, expectedVersion: 1, notes: "note" } },
      { method: "POST", file: "applications/[id]/status/route.ts", params: id(pipe.applicationId), body: { ...meta, expectedVersion: 1, to: "SUPPLEMENT_REQUESTED" } },
      { method: "POST", file: "designations/route.ts", body: { ...meta, programId: pipe.programId, type: "PRIORITY_REVIEW" } },
      { method: "POST", file: "designations/[id]/state/route.ts", params: id(pipe.designationId), body: { ...meta, expectedVersion: 1, to: "PUBLICIZED" } },
      { method: "POST", file: "reimbursements/[id]/state/route.ts", params: id(pipe.listingId), body: { ...meta, expectedVersion: 1, to: "NEGOTIATION_SUCCEEDED" } },
      { method: "POST", file: "bulk/designation-state/route.ts", body: { ...meta, candidateIds: [pipe.candidateId], type: "BREAKTHROUGH_THERAPY", to: "PUBLICIZED" } },
      { method: "POST", file: "views/route.ts", body: { name: "Probe view", query: "stage=PHASE_2" } },
      { method: "PATCH", file: "views/[id]/route.ts", params: id(view.id), body: { version: 1, name: "Renamed view" } },
    ];
  });
  afterAll(async () => app?.drop());

  /** Every way a body can be wrong, derived from each route's own (valid-looking) body. */
  function corpus(): Case[] {
    const cases: Case[] = [];
    for (const route of routes) {
      const add = (label: string, body: unknown, extra: Partial<Case> = {}) =>
        cases.push({ route, label, text: typeof body === "string" ? body : JSON.stringify(body), ...extra });
      for (const [key, value] of [["colour", "red"], ["Reason", "case"], ["expected_version", 1], ["", 1], ["k".repeat(500), 1], ["__proto__", { admin: true }], ["id", 99], ["version\u0000", 2]] as const) {
        add(`unknown field ${JSON.stringify(key).slice(0, 20)}`, `${JSON.stringify(route.body).slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(value)}}`);
      }
      for (const text of ["[]", "null", "1", '"text"', "{", '{"a":1,}', "\u0000"]) add(`not an object: ${JSON.stringify(text)}`, text);
      add("over the size limit", { ...route.body, notes: "x".repeat(300 * 1024) }, { expect: 413 });
      for (const [field, value] of Object.entries(route.body)) {
        const wrong: unknown[] = typeof value === "number" ? ["seven", -1, 1.5, 2_147_483_648, [value], { value }, true] : typeof value === "boolean" ? ["maybe", 2, [true]] : Array.isArray(value) ? [["x"], [-1], [{}]] : [42, [value], { value }, false];
        for (const bad of wrong) add(`${field} = ${JSON.stringify(bad).slice(0, 20)}`, { ...route.body, [field]: bad });
        if (typeof value === "string") {
          add(`${field} with a NUL byte`, { ...route.body, [field]: `${value}\u0000` });
          add(`${field} huge`, { ...route.body, [field]: "漢".repeat(60_000) });
          add(`${field} empty`, { ...route.body, [field]: field === "query" ? "colour=red" : "" });
        }
        if (field !== "noEvidence") add(`without ${field}`, Object.fromEntries(Object.entries(route.body).filter(([key]) => key !== field)));
      }
      if ("effectiveDate" in route.body) {
        for (const date of ["0000-01-01", "2024-13", "2024-02-30", "24-01-01", "2999-01-01", "1899"]) add(`effectiveDate ${date}`, { ...route.body, effectiveDate: date });
      }
    }
    // Dates before the record's own start (listing: 2025 list; application accepted 2025-01-02; designation
    // requested 2024-01-15): refused by a rule (422), everything else being right.
    const beforeStart: [string, string[], string?][] = [
      ["reimbursements/[id]/state/route.ts", ["2024", "2024-06", "2024-12-31", "1990-01-01"], "EFFECTIVE_BEFORE_RECORD_START"],
      ["applications/[id]/status/route.ts", ["2024", "2024-12", "2025-01-01", "1990-01-01"], "EFFECTIVE_BEFORE_RECORD_START"],
      ["designations/[id]/state/route.ts", ["2023", "2023-12", "2024-01-14", "1990-01-01"], "DATE_ORDER"],
    ];
    for (const [file, dates, rule] of beforeStart) {
      const route = routes.find((candidate) => candidate.file === file)!;
      for (const date of dates) cases.push({ route, label: `effective ${date}, before the record's start`, text: JSON.stringify({ ...route.body, effectiveDate: date }), expect: 422, rule });
    }
    return cases;
  }

  /** Row count and content hash of every table; sign-in bookkeeping (token last use) may change. */
  async function snapshot(): Promise<Record<string, string>> {
    const tables = await app.prisma.$queryRaw<{ name: string }[]>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`;
    const state: Record<string, string> = {};
    for (const { name } of tables) {
      const volatile = ["ApiToken", "Session", "SignInFailure", "_prisma_migrations"].includes(name);
      const [row] = await app.prisma.$queryRawUnsafe<{ rows: bigint; hash: string | null }[]>(
        `SELECT count(*) AS rows, ${volatile ? "NULL" : "md5(string_agg(t::text, '|' ORDER BY t::text))"} AS hash FROM "${name}" t`,
      );
      state[name] = `${row!.rows} ${row!.hash ?? ""}`;
    }
    return state;
  }

  it("answers each with 4xx and a message, never 5xx, and changes no row", async () => {
    const { nextCacheMock, nextHeadersMock } = await import("./support/next-request.ts");
    vi.doMock("next/cache", () => nextCacheMock);
    vi.doMock("next/headers", () => nextHeadersMock);
    const cases = corpus();
    expect(cases.length).toBeGreaterThanOrEqual(300);
    const before = await snapshot();
    const wrong: string[] = [];
    const statuses = new Map<number, number>();
    for (const { route, label, text, expect: expected, rule } of cases) {
      const loaded = (await import(/* @vite-ignore */ `@/app/api/${route.file}`)) as Record<string, Handler>;
      const request = new Request(`http://localhost:3000/api/${route.file}`, {
        method: route.method,
        headers: { host: "localhost:3000", "content-type": "application/json", authorization: `Bearer ${token}` },
        body: text,
      });
      const response = await loaded[route.method]!(request, { params: Promise.resolve(route.params ?? {}) });
      const body = (await response.json().catch(() => ({}))) as { error?: unknown; details?: { refusals?: { rule: string }[] } };
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const ok = expected ? response.status === expected : response.status >= 400 && response.status < 500;
      const hasMessage = typeof body.error === "string" && body.error.length > 0;
      const ruleFired = !rule || (body.details?.refusals ?? []).some((refusal) => refusal.rule === rule);
      if (!ok || !hasMessage || !ruleFired) wrong.push(`${route.method} ${route.file} ${label}: ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
    }
    expect(wrong).toEqual([]);
    expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);
    expect(await snapshot()).toEqual(before);
  }, 120_000);
});
