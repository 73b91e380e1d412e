// Saved views through their route handlers: who may change them, validation (a 400 naming the field or
// the dashboard parameter), optimistic concurrency (a stale version is a 409 saying what changed), the
// audit trail, and the /views/:id redirect.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { openAppDatabase, type AppDatabase } from "../../../test/support/app-database.ts";
import { createSessionToken, createUser } from "../../../test/support/users.ts";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

let app: AppDatabase;
let collection: { GET: () => Promise<Response>; POST: Handler };
let item: { GET: Handler; PATCH: Handler; DELETE: Handler };
let analystCookie: string;
let otherAnalystCookie: string;
let viewerCookie: string;

beforeAll(async () => {
  app = await openAppDatabase("views");
  const analyst = await createUser(app.prisma, "ANALYST");
  const other = await createUser(app.prisma, "ANALYST", "second-analyst@test.local");
  const viewer = await createUser(app.prisma, "VIEWER");
  analystCookie = `${SESSION_COOKIE}=${await createSessionToken(app.prisma, analyst.id)}`;
  otherAnalystCookie = `${SESSION_COOKIE}=${await createSessionToken(app.prisma, other.id)}`;
  viewerCookie = `${SESSION_COOKIE}=${await createSessionToken(app.prisma, viewer.id)}`;
  collection = (await import("@/app/api/views/route")) as unknown as typeof collection;
  item = (await import("@/app/api/views/[id]/route")) as unknown as typeof item;
}, 300_000);
afterAll(async () => app?.drop());

function request(method: string, path: string, { cookie, body }: { cookie?: string; body?: unknown } = {}) {
  return new Request(`http://localhost${path}`, {
    method,
    headers: { ...(cookie ? { cookie } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}) },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}
const params = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

async function create(name: string, query: string, cookie = analystCookie) {
  const response = await collection.POST(request("POST", "/api/views", { cookie, body: { name, query } }), { params: Promise.resolve({}) });
  return { response, body: await response.json() };
}

describe("creating", () => {
  it("refuses anonymous callers (401) and viewers (403)", async () => {
    expect((await create("Anonymous", "", "")).response.status).toBe(401);
    expect((await create("Viewer's", "", viewerCookie)).response.status).toBe(403);
    expect(await app.prisma.savedView.count()).toBe(0);
  });

  it("saves the query in canonical form (defaults and the page dropped) and audits it", async () => {
    const { response, body } = await create("  NDA review without NRDL ", "?page=3&onNrdl=false&stage=NDA_UNDER_REVIEW&sort=name&designation=BREAKTHROUGH_THERAPY:GRANTED");
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toBe(`/api/views/${body.id}`);
    expect(body).toMatchObject({
      name: "NDA review without NRDL",
      query: "designation=BREAKTHROUGH_THERAPY%3AGRANTED&stage=NDA_UNDER_REVIEW&onNrdl=false",
      version: 1,
      ownerName: "Test analyst",
    });
    const audit = await app.prisma.auditEvent.findMany({ where: { entityType: "SavedView", entityId: String(body.id) } });
    expect(audit).toEqual([expect.objectContaining({ action: "CREATE", actorLabel: "analyst@test.local", channel: "ui" })]);
  });

  it.each([
    [{ name: "Bad stage", query: "stage=PHASE_9" }, /query: stage: "PHASE_9" is not a programme stage/],
    [{ name: "Bad param", query: "colour=red" }, /query: colour: unknown parameter/],
    [{ name: "", query: "" }, /name: name must not be empty/],
    [{ name: "x".repeat(81), query: "" }, /name: name must be at most 80 characters/],
    [{ name: 42, query: "" }, /name: name must be text/],
    [{ name: "No query" }, /query/],
    [{ name: "Extra", query: "", ownerId: 1 }, /ownerId/],
  ])("refuses %j with a 400 naming the problem", async (body, message) => {
    const response = await collection.POST(request("POST", "/api/views", { cookie: analystCookie, body }), { params: Promise.resolve({}) });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(message);
  });

  it("refuses a body that is not JSON", async () => {
    const response = await collection.POST(request("POST", "/api/views", { cookie: analystCookie, body: "name=x" }), { params: Promise.resolve({}) });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/JSON/);
  });

  it("refuses a name already taken with a 409", async () => {
    await create("Taken", "class=GLP1_RA");
    const { response, body } = await create("Taken", "class=GIP_GLP1_RA");
    expect(response.status).toBe(409);
    expect(body.error).toMatch(/A view named "Taken" already exists/);
  });
});

describe("reading", () => {
  it("lists views by name and reads one; 404 and 400 for missing and malformed ids", async () => {
    const list = await (await collection.GET()).json();
    const names = list.data.map((view: { name: string }) => view.name);
    expect(names).toEqual([...names].sort());
    const one = list.data[0];
    expect(await (await item.GET(request("GET", `/api/views/${one.id}`), params(one.id))).json()).toEqual(one);
    expect((await item.GET(request("GET", "/api/views/999999"), params(999999))).status).toBe(404);
    expect((await item.GET(request("GET", "/api/views/abc"), params("abc"))).status).toBe(400);
    expect((await item.GET(request("GET", "/api/views/99999999999"), params("99999999999"))).status).toBe(400);
  });
});

describe("updating with optimistic concurrency", () => {
  it("renames at the current version, then answers a stale version with 409 and what changed", async () => {
    const { body: view } = await create("Pipeline", "stage=PHASE_3");
    const renamed = await item.PATCH(request("PATCH", `/api/views/${view.id}`, { cookie: analystCookie, body: { name: "Phase 3 pipeline", version: 1 } }), params(view.id));
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toMatchObject({ name: "Phase 3 pipeline", query: "stage=PHASE_3", version: 2 });

    const stale = await item.PATCH(
      request("PATCH", `/api/views/${view.id}`, { cookie: otherAnalystCookie, body: { query: "stage=PHASE_2", version: 1 } }),
      params(view.id),
    );
    expect(stale.status).toBe(409);
    const conflict = await stale.json();
    expect(conflict.error).toMatch(/changed by someone else .*\(name changed\).*version 1.*version 2/);
    expect(conflict.details.current).toMatchObject({ id: view.id, name: "Phase 3 pipeline", query: "stage=PHASE_3", version: 2 });
    expect(conflict.details.changesSince).toEqual([
      expect.objectContaining({ by: "analyst@test.local", field: "name", before: "Pipeline", after: "Phase 3 pipeline" }),
    ]);
    expect((await app.prisma.savedView.findUniqueOrThrow({ where: { id: view.id } })).query).toBe("stage=PHASE_3");
  });

  it("lets exactly one of two writers holding the same version win", async () => {
    const { body: view } = await create("Race", "class=GLP1_RA");
    const attempt = (name: string, cookie: string) =>
      item.PATCH(request("PATCH", `/api/views/${view.id}`, { cookie, body: { name, version: 1 } }), params(view.id));
    const statuses = (await Promise.all([attempt("Race A", analystCookie), attempt("Race B", otherAnalystCookie)])).map((response) => response.status);
    expect(statuses.sort()).toEqual([200, 409]);
    expect((await app.prisma.savedView.findUniqueOrThrow({ where: { id: view.id } })).version).toBe(2);
  });

  it("validates the new query and the version", async () => {
    const { body: view } = await create("To update", "");
    const badQuery = await item.PATCH(request("PATCH", `/api/views/${view.id}`, { cookie: analystCookie, body: { query: "perPage=7", version: 1 } }), params(view.id));
    expect(badQuery.status).toBe(400);
    expect((await badQuery.json()).error).toMatch(/perPage/);
    const noVersion = await item.PATCH(request("PATCH", `/api/views/${view.id}`, { cookie: analystCookie, body: { name: "x" } }), params(view.id));
    expect(noVersion.status).toBe(400);
    expect((await noVersion.json()).error).toMatch(/version/);
    const missing = await item.PATCH(request("PATCH", "/api/views/999999", { cookie: analystCookie, body: { name: "x", version: 1 } }), params(999999));
    expect(missing.status).toBe(404);
    const viewer = await item.PATCH(request("PATCH", `/api/views/${view.id}`, { cookie: viewerCookie, body: { name: "x", version: 1 } }), params(view.id));
    expect(viewer.status).toBe(403);
  });

  it("refuses renaming onto a taken name with a 409", async () => {
    await create("Existing name", "");
    const { body: view } = await create("Another", "");
    const response = await item.PATCH(request("PATCH", `/api/views/${view.id}`, { cookie: analystCookie, body: { name: "Existing name", version: 1 } }), params(view.id));
    expect(response.status).toBe(409);
  });
});

describe("deleting", () => {
  it("refuses a stale version, deletes at the current one, and keeps the audit trail", async () => {
    const { body: view } = await create("Short-lived", "class=OTHER");
    await item.PATCH(request("PATCH", `/api/views/${view.id}`, { cookie: analystCookie, body: { query: "class=GLP1_RA", version: 1 } }), params(view.id));
    const stale = await item.DELETE(request("DELETE", `/api/views/${view.id}?version=1`, { cookie: otherAnalystCookie }), params(view.id));
    expect(stale.status).toBe(409);
    expect((await stale.json()).details.changesSince).toEqual([expect.objectContaining({ field: "query", before: "class=OTHER", after: "class=GLP1_RA" })]);
    expect((await item.DELETE(request("DELETE", `/api/views/${view.id}?version=x`, { cookie: analystCookie }), params(view.id))).status).toBe(400);
    expect((await item.DELETE(request("DELETE", `/api/views/${view.id}`), params(view.id))).status).toBe(401);

    const deleted = await item.DELETE(request("DELETE", `/api/views/${view.id}?version=2`, { cookie: analystCookie }), params(view.id));
    expect(deleted.status).toBe(204);
    expect((await item.GET(request("GET", `/api/views/${view.id}`), params(view.id))).status).toBe(404);
    expect((await item.DELETE(request("DELETE", `/api/views/${view.id}`, { cookie: analystCookie }), params(view.id))).status).toBe(404);
    const audit = await app.prisma.auditEvent.findMany({ where: { entityType: "SavedView", entityId: String(view.id) }, orderBy: { id: "asc" } });
    expect(audit.map((event) => event.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
  });
});

describe("/views/:id", () => {
  it("redirects to the dashboard with the view's query", async () => {
    const { body: view } = await create("Redirected", "class=GLP1_RA&sort=-stage");
    const { default: SavedViewPage } = await import("@/app/views/[id]/page");
    await expect(SavedViewPage({ params: Promise.resolve({ id: String(view.id) }) })).rejects.toMatchObject({
      digest: expect.stringContaining(`/?class=GLP1_RA&sort=-stage`),
    });
    await expect(SavedViewPage({ params: Promise.resolve({ id: "999999" }) })).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });
});
