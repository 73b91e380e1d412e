import { describe, expect, it } from "vitest";
import { buildFacetCountsSql, toFacetResult } from "@/lib/candidates/facets";
import { parseCandidateSearchParams } from "@/lib/search-params";

const filtersFrom = (query: string) => parseCandidateSearchParams(new URLSearchParams(query)).search;

describe("buildFacetCountsSql", () => {
  it("scans the tables directly when no filter applies", () => {
    const sql = buildFacetCountsSql(filtersFrom("sort=-stage&page=2"));
    expect(sql.text).not.toContain("WITH");
    expect(sql.text).not.toContain("base_");
  });

  it("computes the result set once and one base per active facet", () => {
    const sql = buildFacetCountsSql(filtersFrom("class=GLP1_RA&stage=APPROVED&q=sema"));
    expect(sql.text.match(/AS MATERIALIZED/g)).toHaveLength(3);
    expect(sql.text).toContain("base_result AS MATERIALIZED");
    expect(sql.text).toContain("base_class AS MATERIALIZED");
    expect(sql.text).toContain("base_stage AS MATERIALIZED");
  });

  it("needs no base for a facet that is the only filter", () => {
    const sql = buildFacetCountsSql(filtersFrom("stage=APPROVED"));
    expect(sql.text).toContain("base_result");
    expect(sql.text).not.toContain("base_stage");
  });
});

describe("toFacetResult", () => {
  it("shapes rows into facets, derives 'not on the NRDL' and keeps a selected sponsor's real count", () => {
    const result = toFacetResult([
      { facet: "total", value: null, label: null, count: 12 },
      { facet: "stage", value: "PHASE_3", label: null, count: 4 },
      { facet: "onNrdl", value: "true", label: null, count: 3 },
      { facet: "researchOnly", value: "false", label: null, count: 12 },
      { facet: "sponsor", value: "7", label: "Acme", count: 0 },
      { facet: "sponsor", value: "7", label: "Acme", count: 5 },
      { facet: "sponsor", value: "2", label: "Beta", count: 9 },
    ]);
    expect(result.total).toBe(12);
    expect(result.facets.stage).toEqual([{ value: "PHASE_3", count: 4 }]);
    expect(result.facets.onNrdl).toEqual([
      { value: "true", count: 3 },
      { value: "false", count: 9 },
    ]);
    expect(result.facets.researchOnly).toEqual([
      { value: "true", count: 0 },
      { value: "false", count: 12 },
    ]);
    expect(result.facets.sponsor).toEqual([
      { value: "2", count: 9, label: "Beta" },
      { value: "7", count: 5, label: "Acme" },
    ]);
  });

  it("takes the NRDL base from its own row when onNrdl is filtered", () => {
    const result = toFacetResult([
      { facet: "total", value: null, label: null, count: 3 },
      { facet: "onNrdl", value: "true", label: null, count: 3 },
      { facet: "onNrdl", value: "all", label: null, count: 40 },
    ]);
    expect(result.facets.onNrdl).toEqual([
      { value: "true", count: 3 },
      { value: "false", count: 37 },
    ]);
  });
});
