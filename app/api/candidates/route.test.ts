// GET /api/candidates through its route handler, on a seeded database: the same rows and counts as the
// dashboard, and a 400 naming the parameter (never a 500) for anything the parameter schema refuses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAppDatabase, type AppDatabase } from "../../../test/support/app-database.ts";

let app: AppDatabase;
let GET: (request: Request) => Promise<Response>;

beforeAll(async () => {
  app = await openAppDatabase("api_candidates");
  const { seedDatabase } = await import("@/prisma/seed/seed");
  await seedDatabase(app.prisma);
  ({ GET } = await import("@/app/api/candidates/route"));
}, 600_000);
afterAll(async () => app?.drop());

const call = (query: string) => GET(new Request(`http://localhost/api/candidates?${query}`));

describe("GET /api/candidates: valid parameters", () => {
  it("answers { data, total, page, perPage, facets } with the defaults", async () => {
    const response = await call("");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["data", "facets", "page", "perPage", "total"]);
    expect(body.total).toBe(await app.prisma.candidate.count());
    expect(body).toMatchObject({ page: 1, perPage: 50 });
    expect(body.data).toHaveLength(Math.min(50, body.total));
    expect(Object.keys(body.facets).sort()).toEqual(
      ["category", "class", "designation", "indication", "onNrdl", "origin", "reimbursement", "researchOnly", "sponsor", "stage"].sort(),
    );
    expect(body.data[0]).toEqual(
      expect.objectContaining({ id: expect.any(Number), nameEn: expect.any(String), updatedAt: expect.any(String), sponsors: expect.any(Array), designations: expect.any(Array) }),
    );
  });

  it("filters, sorts and pages", async () => {
    const body = await (await call("designation=BREAKTHROUGH_THERAPY:GRANTED&sort=-stage&perPage=10")).json();
    expect(body.total).toBeGreaterThan(0);
    expect(body.perPage).toBe(10);
    for (const row of body.data) {
      expect(row.designations).toContainEqual(expect.objectContaining({ type: "BREAKTHROUGH_THERAPY", state: "GRANTED" }));
    }
  });

  it("answers an empty page, not an error, past the last page", async () => {
    const response = await call("page=10000&perPage=200");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data).toEqual([]);
    expect(body.page).toBe(10000);
    expect(body.total).toBeGreaterThan(0);
  });

  it.each([
    ["q", "' OR 1=1; DROP TABLE \"Candidate\"; --"],
    ["q", "%_\\"],
    ["q", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 司美格鲁肽 \u{1F600}"],
    ["indication", "x') OR ('1'='1"],
  ])("treats injection-looking %s text as text: %j", async (param, value) => {
    const response = await call(new URLSearchParams({ [param]: value }).toString());
    expect(response.status).toBe(200);
    expect((await response.json()).total).toBe(0);
    expect(await app.prisma.candidate.count()).toBeGreaterThan(0);
  });
});

describe("GET /api/candidates: invalid parameters are a 400 naming them", () => {
  it.each([
    ["stage=PHASE_9", "stage", /not a programme stage; allowed: RESEARCH_ONLY/],
    ["designation=BTD", "designation", /not a designation type/],
    ["designation=BREAKTHROUGH_THERAPY:APPROVED", "designation", /not a designation state/],
    ["designation=BREAKTHROUGH_THERAPY' OR '1'='1", "designation", /not a designation type/],
    ["class=GLP1_RA)--", "class", /not a mechanism class/],
    ["reimbursement=ANY", "reimbursement", /needs a state/],
    ["sponsor=abc", "sponsor", /positive whole number/],
    ["sponsor=1;DELETE", "sponsor", /positive whole number/],
    ["sponsor=99999999999", "sponsor", /positive whole number/],
    ["onNrdl=1", "onNrdl", /true or false/],
    ["researchOnly=maybe", "researchOnly", /true or false/],
    ["grantedFrom=2024-13-01", "grantedFrom", /real calendar date/],
    ["ndaTo=01/02/2024", "ndaTo", /YYYY-MM-DD/],
    ["ndaFrom=2025-01-01&ndaTo=2024-01-01", "ndaTo", /must not be before ndaFrom/],
    ["page=0", "page", /between 1 and 10000/],
    ["page=-1", "page", /not a page number/],
    ["page=1e3", "page", /not a page number/],
    ["page=99999999999999999999999", "page", /between 1 and 10000/],
    ["perPage=1000000", "perPage", /allowed: 10, 25, 50, 100, 200/],
    ["sort=updatedAt", "sort", /not sortable/],
    ["sort=name;DROP TABLE \"Candidate\"", "sort", /not sortable/],
    ["cols=password", "cols", /not a column/],
    ["q=%00", "q", /NUL/],
    [`q=${"x".repeat(201)}`, "q", /at most 200 characters/],
    [`stage=${Array(51).fill("APPROVED").join(",")}`, "stage", /at most 50 values/],
    ["stage=APPROVED&stage=PHASE_3", "stage", /more than once/],
    ["select=*", "select", /unknown parameter/],
  ])("%s", async (query, param, message) => {
    const response = await call(query);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.code).toBe("BAD_REQUEST");
    expect(body.error).toContain(`${param}:`);
    expect(body.error).toMatch(message);
    expect(body.details.errors).toContainEqual(expect.objectContaining({ param }));
  });

  it("names every invalid parameter at once", async () => {
    const body = await (await call("stage=X&page=abc&perPage=3")).json();
    expect(body.details.errors.map((error: { param: string }) => error.param)).toEqual(["stage", "page", "perPage"]);
  });
});
