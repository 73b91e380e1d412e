import { describe, expect, it } from "vitest";
import { buildCandidateFilterSql } from "@/lib/candidates/filter-sql";
import { SEARCH_PROBE_LIMIT, buildSearchProbeSql, searchIdsFromProbe } from "@/lib/candidates/search-probe";
import { parseCandidateSearchParams } from "@/lib/search-params";

const filtersFrom = (query: string) => parseCandidateSearchParams(new URLSearchParams(query)).search;

describe("search probe", () => {
  it("is only for a search, and stops one past the limit", () => {
    expect(buildSearchProbeSql(filtersFrom("class=GLP1_RA"))).toBeNull();
    const probe = buildSearchProbeSql(filtersFrom("q=JXHS24 novo&class=GLP1_RA"))!;
    expect(probe.text).toBe(`SELECT c.id FROM "Candidate" c WHERE c."searchText" LIKE $1 AND c."searchText" LIKE $2 LIMIT $3`);
    expect(probe.values).toEqual(["%jxhs24%", "%novo%", SEARCH_PROBE_LIMIT + 1]);
  });

  it("keeps the ids of a selective search and gives up on a broad one", () => {
    expect(searchIdsFromProbe([{ id: 4 }, { id: 9 }])).toEqual([4, 9]);
    expect(searchIdsFromProbe([])).toEqual([]);
    expect(searchIdsFromProbe(Array.from({ length: SEARCH_PROBE_LIMIT + 1 }, (_, id) => ({ id })))).toBeNull();
  });

  it("replaces the text condition by the ids, and only that condition", () => {
    const filters = filtersFrom("q=novo&stage=APPROVED");
    const sql = buildCandidateFilterSql(filters, { searchIds: [4, 9] });
    expect(sql.text).toContain("c.id = ANY(CAST($1 AS integer[]))");
    expect(sql.text).not.toContain("searchText");
    expect(sql.text).toContain("currentStage");
    expect(buildCandidateFilterSql(filters, { searchIds: null }).text).toContain("searchText");
    expect(buildCandidateFilterSql(filtersFrom("stage=APPROVED"), { searchIds: [1] }).text).not.toContain("ANY(CAST($1 AS integer[]))");
  });
});
