// The in-memory facet index (lib/candidates/facet-index.ts) against PostgreSQL's facet statement
// (lib/candidates/facets.ts): the same counts for a table of filter combinations, on the seeded catalogue
// and on a generated one of 3,000 candidates (many sponsors, every designation and listing state).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { countFacets, type FacetIndex } from "@/lib/candidates/facet-index";
import { loadFacetIndex } from "@/lib/candidates/facet-index-load";
import { buildFacetCountsSql, toFacetResult, type FacetResult } from "@/lib/candidates/facets";
import { parseCandidateSearchParams } from "@/lib/search-params";
import { seedDatabase } from "@/prisma/seed/seed";
import { generateDataset } from "../scripts/bench/dataset.ts";
import { createTestDatabase, createTestPrisma, type TestDatabase } from "./db.ts";

const QUERIES = [
  "",
  "class=GLP1_RA,GIP_GLP1_RA",
  "stage=NDA_UNDER_REVIEW,APPROVED",
  "stage=PHASE_3&class=GIP_GLP1_RA",
  "designation=BREAKTHROUGH_THERAPY:GRANTED",
  "designation=BREAKTHROUGH_THERAPY:GRANTED&stage=NDA_UNDER_REVIEW&onNrdl=false",
  "designation=PRIORITY_REVIEW,CONDITIONAL_APPROVAL:CONDITIONALLY_APPROVED",
  "designation=BREAKTHROUGH_THERAPY&grantedFrom=2020-01-01&grantedTo=2024-12-31",
  "grantedFrom=2021-01-01",
  "grantedTo=2023-06-30&class=GLP1_RA",
  "reimbursement=NRDL_NEGOTIATED:LISTED,ANY:REMOVED",
  "reimbursement=NRDL_B&origin=IMPORTED",
  "onNrdl=true",
  "onNrdl=false&researchOnly=false",
  "researchOnly=true",
  "q=glutide",
  "q=semaglutide",
  "q=sponsor 12",
  "q=no-such-thing-anywhere",
  "indication=Type 2 diabetes mellitus,MASH",
  "category=BIOLOGICAL&origin=IMPORTED",
  "ndaFrom=2022-01-01&ndaTo=2025-12-31",
  "ndaFrom=2024-01-01&stage=NDA_UNDER_REVIEW,APPROVED&class=GLP1_RA",
  "sponsor=1,2,3&stage=PHASE_3,PRE_NDA_MEETING",
  "sponsor=1,999999",
  "class=GLP1_RA&stage=PHASE_1&designation=BREAKTHROUGH_THERAPY&reimbursement=NRDL_A&onNrdl=true&researchOnly=false&category=CHEMICAL&origin=DOMESTIC",
];

/** Facet options in a stable order, so hash-ordered SQL groups compare with the index's. */
function normalized(result: FacetResult): FacetResult {
  const facets = Object.fromEntries(
    Object.entries(result.facets).map(([name, options]) => [
      name,
      name === "sponsor" || name === "indication" ? options : [...options].sort((a, b) => a.value.localeCompare(b.value)),
    ]),
  ) as FacetResult["facets"];
  return { total: result.total, facets };
}

async function sqlFacets(prisma: PrismaClient, query: string): Promise<FacetResult> {
  const { search, errors } = parseCandidateSearchParams(new URLSearchParams(query));
  expect(errors).toEqual([]);
  return toFacetResult(await prisma.$queryRaw(buildFacetCountsSql(search)));
}

function indexFacets(index: FacetIndex, query: string): FacetResult {
  return countFacets(index, parseCandidateSearchParams(new URLSearchParams(query)).search);
}

describe.each([
  ["the seeded catalogue", "seeded"],
  ["a generated catalogue of 3,000 candidates", "generated"],
] as const)("the facet index counts like the SQL statement on %s", (_name, kind) => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let index: FacetIndex;

  beforeAll(async () => {
    database = await createTestDatabase({ prefix: `facet_index_${kind}` });
    prisma = createTestPrisma(database.databaseUrl);
    if (kind === "seeded") await seedDatabase(prisma);
    else {
      const pool = new pg.Pool({ connectionString: database.databaseUrl, max: 2 });
      try {
        await generateDataset({ databaseUrl: database.databaseUrl, pool, candidates: 3_000, sponsors: 120 });
      } finally {
        await pool.end();
      }
    }
    const loaded = await loadFacetIndex(prisma);
    if (!loaded) throw new Error("the index refused a small catalogue");
    index = loaded;
  });
  afterAll(async () => database?.drop());

  it.each(QUERIES)("?%s", async (query) => {
    const expected = normalized(await sqlFacets(prisma, query));
    expect(normalized(indexFacets(index, query))).toEqual(expected);
  });

  it("has candidates to count, and is not built past its size limit", async () => {
    expect(index.candidates.length).toBeGreaterThan(kind === "seeded" ? 40 : 2_900);
    expect(await loadFacetIndex(prisma, { maxCandidates: index.candidates.length - 1 })).toBeNull();
  });
});
