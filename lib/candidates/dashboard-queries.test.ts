// The dashboard's raw SQL against the seeded database, compared with two independent answers:
//   - hand-written SQL for each filter combination (what the filter should mean, written plainly), and
//   - Prisma with the test oracle's buildCandidateWhere / buildCandidateOrderBy (test/oracles/prisma-where.ts).
// Facet counts are checked against their definition: the number of candidates that choosing that one
// value, with every other filter kept, would list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { Prisma } from "@/generated/prisma/client";
import { buildCandidateOrderBy, buildCandidateWhere } from "../../test/oracles/prisma-where.ts";
import { buildCandidateFilterSql, FACET_NAMES, type FacetName } from "@/lib/candidates/filter-sql";
import type { FacetCounts } from "@/lib/candidates/facets";
import { joinList, parseCandidateSearchParams, type CandidateFilters, type CandidateSearch } from "@/lib/search-params";
import { openSeededAppDatabase, type AppDatabase } from "../../test/support/app-database.ts";
import { searchFrom } from "../../test/support/search.ts";

let app: AppDatabase;
let prisma: PrismaClient;
let queries: typeof import("@/lib/candidates/queries");

beforeAll(async () => {
  app = await openSeededAppDatabase("dashboard");
  prisma = app.prisma;
  queries = await import("@/lib/candidates/queries");
}, 600_000);
afterAll(async () => app?.drop());

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

async function idsByPrisma(filters: CandidateFilters): Promise<number[]> {
  return sorted((await prisma.candidate.findMany({ where: buildCandidateWhere(filters), select: { id: true } })).map((row) => row.id));
}

async function idsBySqlBuilder(filters: CandidateFilters): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ id: number }[]>`SELECT c.id FROM "Candidate" c WHERE ${buildCandidateFilterSql(filters)}`;
  return sorted(rows.map((row) => row.id));
}

async function idsByHand(where: string): Promise<number[]> {
  const rows = await prisma.$queryRawUnsafe<{ id: number }[]>(`SELECT c.id FROM "Candidate" c WHERE ${where}`);
  return sorted(rows.map((row) => row.id));
}

const programWith = (condition: string) => `c.id IN (SELECT p."candidateId" FROM "Program" p WHERE ${condition})`;
const designationWith = (condition: string) =>
  `c.id IN (SELECT p."candidateId" FROM "Program" p JOIN "Designation" d ON d."programId" = p.id WHERE ${condition})`;
const listingWith = (condition: string) =>
  `c.id IN (SELECT p."candidateId" FROM "Program" p JOIN "ReimbursementListing" r ON r."programId" = p.id WHERE ${condition})`;
const ON_NRDL = `r.list IN ('NRDL_A', 'NRDL_B', 'NRDL_NEGOTIATED') AND r.state IN ('LISTED', 'RENEWED', 'RENEGOTIATED', 'CONVERTED_TO_REGULAR')`;

/** [URL query, the same filter in plain SQL, whether the seed must give it at least one row]. */
const FILTER_CASES: [string, string, boolean][] = [
  ["", "TRUE", true],
  ["class=GLP1_RA,GIP_GLP1_RA", `c."mechanismClass" IN ('GLP1_RA', 'GIP_GLP1_RA')`, true],
  ["stage=NDA_UNDER_REVIEW,APPROVED", programWith(`p."currentStage" IN ('NDA_UNDER_REVIEW', 'APPROVED')`), true],
  ["designation=BREAKTHROUGH_THERAPY:GRANTED", designationWith(`d.type = 'BREAKTHROUGH_THERAPY' AND d.state = 'GRANTED'`), true],
  [
    // The analysts' question: granted breakthrough, NDA under review, not yet on the NRDL.
    "designation=BREAKTHROUGH_THERAPY:GRANTED&stage=NDA_UNDER_REVIEW&onNrdl=false",
    `${designationWith(`d.type = 'BREAKTHROUGH_THERAPY' AND d.state = 'GRANTED'`)}
     AND ${programWith(`p."currentStage" = 'NDA_UNDER_REVIEW'`)} AND NOT ${listingWith(ON_NRDL)}`,
    true,
  ],
  ["designation=PRIORITY_REVIEW,CONDITIONAL_APPROVAL:CONDITIONALLY_APPROVED", designationWith(`d.type = 'PRIORITY_REVIEW' OR (d.type = 'CONDITIONAL_APPROVAL' AND d.state = 'CONDITIONALLY_APPROVED')`), true],
  [
    "designation=BREAKTHROUGH_THERAPY&grantedFrom=2020-01-01&grantedTo=2024-12-31",
    designationWith(`d.type = 'BREAKTHROUGH_THERAPY' AND d."grantedDate" BETWEEN '2020-01-01' AND '2024-12-31'`),
    true,
  ],
  ["grantedFrom=2021-01-01", designationWith(`d."grantedDate" >= '2021-01-01'`), true],
  ["reimbursement=NRDL_NEGOTIATED:LISTED,ANY:REMOVED", listingWith(`(r.list = 'NRDL_NEGOTIATED' AND r.state = 'LISTED') OR r.state = 'REMOVED'`), true],
  ["reimbursement=NRDL_B", listingWith(`r.list = 'NRDL_B'`), false],
  ["onNrdl=true", listingWith(ON_NRDL), true],
  ["onNrdl=false&researchOnly=false", `NOT ${listingWith(ON_NRDL)} AND NOT c."researchOnly"`, true],
  ["researchOnly=true", `c."researchOnly"`, true],
  ["q=semaglutide", `strpos(c."searchText", 'semaglutide') > 0`, true],
  ["q=司美", `strpos(c."searchText", '司美') > 0`, true],
  ["q=JXHS24", `strpos(c."searchText", 'jxhs24') > 0`, true],
  ["q=smglt", `strpos(c."searchText", 'smglt') > 0`, true],
  ["q=novo semaglutide", `strpos(c."searchText", 'novo') > 0 AND strpos(c."searchText", 'semaglutide') > 0`, true],
  ["q=%25", `strpos(c."searchText", '%') > 0`, false],
  ["q=a_b", `strpos(c."searchText", 'a_b') > 0`, false],
  ["indication=Type 2 diabetes mellitus", programWith(`p."indicationEn" = 'Type 2 diabetes mellitus'`), true],
  ["category=BIOLOGICAL&origin=IMPORTED", `${programWith(`p."drugCategory" = 'BIOLOGICAL'`)} AND ${programWith(`p.origin = 'IMPORTED'`)}`, true],
  [
    "ndaFrom=2022-01-01&ndaTo=2025-12-31",
    `c.id IN (SELECT p."candidateId" FROM "Program" p JOIN "Application" a ON a."programId" = p.id
      WHERE a.type = 'NDA' AND a."acceptanceDate" BETWEEN '2022-01-01' AND '2025-12-31')`,
    true,
  ],
];

describe("the dashboard's filter SQL, buildCandidateWhere and hand-written SQL select the same candidates", () => {
  it.each(FILTER_CASES)("%s", async (query, handWritten, mustMatch) => {
    const filters = searchFrom(query);
    const byHand = await idsByHand(handWritten);
    expect(await idsBySqlBuilder(filters)).toEqual(byHand);
    expect(await idsByPrisma(filters)).toEqual(byHand);
    if (mustMatch) expect(byHand.length).toBeGreaterThan(0);
  });

  it("agrees for a sponsor filter", async () => {
    const novo = await prisma.company.findFirstOrThrow({ where: { nameEn: { contains: "Novo Nordisk" } } });
    const filters = searchFrom(`sponsor=${novo.id}`);
    const byHand = await idsByHand(programWith(`p."sponsorId" = ${novo.id}`));
    expect(byHand.length).toBeGreaterThan(0);
    expect(await idsBySqlBuilder(filters)).toEqual(byHand);
    expect(await idsByPrisma(filters)).toEqual(byHand);
  });
});

describe("findCandidates", () => {
  it.each([
    "",
    "sort=-stage",
    "sort=nameZh&perPage=10&page=2",
    "sort=-nameZh&perPage=10",
    "sort=class,-updated&perPage=25",
    "sort=-lastChange&perPage=10",
    "sort=lastChange&perPage=10&page=2",
    "stage=APPROVED,LAUNCHED&sort=-name",
    "q=glutide&perPage=10&page=3",
    "designation=BREAKTHROUGH_THERAPY:GRANTED&stage=NDA_UNDER_REVIEW&onNrdl=false",
  ])("returns the page Prisma's where and order give: %s", async (query) => {
    const search = searchFrom(query);
    const expected = await prisma.candidate.findMany({
      where: buildCandidateWhere(search),
      orderBy: buildCandidateOrderBy(search.sort),
      skip: (search.page - 1) * search.perPage,
      take: search.perPage,
      select: { id: true },
    });
    const page = await queries.findCandidates(search);
    expect(page.data.map((row) => row.id)).toEqual(expected.map((row) => row.id));
    expect(page.total).toBe(await prisma.candidate.count({ where: buildCandidateWhere(search) }));
    expect({ page: page.page, perPage: page.perPage }).toEqual({ page: search.page, perPage: search.perPage });
  });

  it("gives each row its sponsors, designations and listings", async () => {
    const page = await queries.findCandidates(searchFrom("q=tirzepatide&perPage=10"));
    const row = page.data.find((candidate) => candidate.nameEn === "Tirzepatide");
    expect(row).toBeDefined();
    const programs = await prisma.program.findMany({
      where: { candidateId: row!.id },
      select: { sponsor: { select: { id: true, nameEn: true, nameZh: true } }, designations: { select: { id: true, type: true, state: true } }, reimbursements: { select: { id: true, list: true, listYear: true, state: true } } },
    });
    const sponsors = new Map(programs.flatMap((program) => (program.sponsor ? [[program.sponsor.id, program.sponsor]] : [])));
    expect(sorted(row!.sponsors.map((sponsor) => sponsor.id))).toEqual(sorted([...sponsors.keys()]));
    expect(row!.designations).toEqual(programs.flatMap((program) => program.designations).sort((a, b) => a.id - b.id));
    expect(sorted(row!.reimbursements.map((listing) => listing.id))).toEqual(sorted(programs.flatMap((program) => program.reimbursements.map((listing) => listing.id))));
    expect(row!.updatedAt).toBeInstanceOf(Date);
    expect(row!.mechanismClass).toBe("GIP_GLP1_RA");
  });

  it("returns an empty page past the last one, with the total", async () => {
    const page = await queries.findCandidates(searchFrom("page=9999"));
    expect(page.data).toEqual([]);
    expect(page.total).toBeGreaterThan(0);
  });
});

/** Every value a facet could offer in this database (present values, so a missing one means 0). */
async function facetDomain(facet: FacetName): Promise<string[]> {
  const distinct = async (sql: string) => (await prisma.$queryRawUnsafe<{ v: string }[]>(sql)).map((row) => row.v);
  switch (facet) {
    case "designation":
      return distinct(`SELECT DISTINCT type::text AS v FROM "Designation" UNION SELECT DISTINCT type || ':' || state AS v FROM "Designation"`);
    case "reimbursement":
      return distinct(`SELECT DISTINCT list::text AS v FROM "ReimbursementListing" UNION SELECT DISTINCT list || ':' || state FROM "ReimbursementListing"
        UNION SELECT DISTINCT 'ANY:' || state FROM "ReimbursementListing"`);
    case "stage":
      return distinct(`SELECT unnest(enum_range(NULL::"ProgramStage"))::text AS v`);
    case "class":
      return distinct(`SELECT unnest(enum_range(NULL::"MechanismClass"))::text AS v`);
    case "category":
      return distinct(`SELECT unnest(enum_range(NULL::"DrugCategory"))::text AS v`);
    case "origin":
      return distinct(`SELECT unnest(enum_range(NULL::"Origin"))::text AS v`);
    case "sponsor":
      return distinct(`SELECT DISTINCT "sponsorId"::text AS v FROM "Program" WHERE "sponsorId" IS NOT NULL`);
    case "indication":
      return distinct(`SELECT DISTINCT "indicationEn" AS v FROM "Program"`);
    case "onNrdl":
    case "researchOnly":
      return ["true", "false"];
  }
}

/** The filters with the facet's own filter replaced by the single `value`. */
function choosing(filters: CandidateSearch, facet: FacetName, value: string): CandidateFilters {
  const { search: one, errors } = parseCandidateSearchParams(new URLSearchParams({ [facet]: joinList([value]) }));
  expect(errors).toEqual([]);
  return { ...filters, [facet]: one[facet] };
}

async function expectFacetsMatchDefinition(filters: CandidateSearch, facets: FacetCounts) {
  for (const facet of FACET_NAMES) {
    const shown = new Map(facets[facet].map((option) => [option.value, option.count]));
    for (const value of await facetDomain(facet)) {
      const expected = await prisma.candidate.count({ where: buildCandidateWhere(choosing(filters, facet, value)) });
      expect({ facet, value, count: shown.get(value) ?? 0 }).toEqual({ facet, value, count: expected });
    }
  }
}

describe("facet counts", () => {
  it.each([
    "",
    "class=GLP1_RA",
    "designation=BREAKTHROUGH_THERAPY:GRANTED&stage=NDA_UNDER_REVIEW&onNrdl=false",
    "stage=APPROVED,LAUNCHED&category=BIOLOGICAL&origin=IMPORTED",
    "designation=PRIORITY_REVIEW&grantedFrom=2020-01-01&researchOnly=false",
    "q=glutide&onNrdl=true&reimbursement=ANY:LISTED",
    "indication=Type 2 diabetes mellitus&class=GLP1_RA,GIP_GLP1_RA",
  ])("count, per value, the candidates choosing it would list: %s", async (query) => {
    const search = searchFrom(query);
    const { total, facets } = await queries.countCandidateFacets(search);
    expect(total).toBe(await prisma.candidate.count({ where: buildCandidateWhere(search) }));
    await expectFacetsMatchDefinition(search, facets);
  }, 120_000);

  it("match hand-written SQL for the stage facet under a class filter", async () => {
    const { facets } = await queries.countCandidateFacets(searchFrom("class=GLP1_RA&stage=PHASE_3"));
    const rows = await prisma.$queryRaw<{ v: string; n: number }[]>(Prisma.sql`
      SELECT p."currentStage"::text AS v, count(DISTINCT p."candidateId")::int AS n
      FROM "Program" p JOIN "Candidate" c ON c.id = p."candidateId"
      WHERE c."mechanismClass" = 'GLP1_RA' GROUP BY 1`);
    expect(rows.length).toBeGreaterThan(2);
    expect(new Map(facets.stage.map((option) => [option.value, option.count]))).toEqual(new Map(rows.map((row) => [row.v, row.n])));
  });

  it("keep a selected sponsor listed, labelled, even when the other filters leave it nothing", async () => {
    const company = await prisma.company.create({ data: { nameEn: "Facet Test Sponsor Without Programmes" } });
    const { facets } = await queries.countCandidateFacets(searchFrom(`sponsor=${company.id}`));
    expect(facets.sponsor).toContainEqual({ value: String(company.id), count: 0, label: company.nameEn });
    await prisma.company.delete({ where: { id: company.id } });
  });
});

describe("findCandidatesWithFacets", () => {
  it("returns the page, the total and the facets of one search", async () => {
    const search = searchFrom("class=GLP1_RA&perPage=10&sort=-stage");
    const [withFacets, plain, counts] = await Promise.all([
      queries.findCandidatesWithFacets(search),
      queries.findCandidates(search),
      queries.countCandidateFacets(search),
    ]);
    expect(withFacets).toEqual({ page: { ...plain, facets: counts.facets }, facetSource: "sql", pageSource: "sql" });
    expect(withFacets.page.total).toBe(counts.total);
    // Outside a production server there is neither a result cache nor a facet index.
    expect(counts.source).toBe("sql");
  });
});

// A production server keeps a page's rows under this key (the page cache): two searches share a key only if
// the page statement returns the same rows for both.
describe("pageKey", () => {
  const key = (query: string, nameOrder: "en" | "pinyin" = "en") => queries.pageKey(searchFrom(query), nameOrder);

  it.each([
    ["the default sort spelt out", "", "sort=name"],
    ["the columns shown", "class=GLP1_RA", "class=GLP1_RA&cols=name,stage"],
  ])("is shared by searches that differ only in %s", (_case, a, b) => {
    expect(key(a)).toBe(key(b));
  });

  it.each([
    ["an empty sort and the default one (they order rows differently)", "sort=", ""],
    ["the sort", "sort=-updated", ""],
    ["the page", "page=2", ""],
    ["the page size", "perPage=100", ""],
    ["a filter", "class=GLP1_RA", ""],
    ["the search text", "q=sema", ""],
  ])("tells apart %s", (_case, a, b) => {
    expect(key(a)).not.toBe(key(b));
  });

  it("tells apart the name orders of the two languages", () => {
    expect(key("", "pinyin")).not.toBe(key("", "en"));
  });
});
