// The SQL form of the filter, as text: every URL value travels as a bind parameter, and each facet's
// base leaves out exactly its own filter. Whether it selects the same rows as the Prisma oracle
// (test/oracles/prisma-where.ts) is checked on a database in dashboard-queries.test.ts.
import { describe, expect, it } from "vitest";
import { activeFacets, buildCandidateFilterSql, hasCandidateConditions } from "@/lib/candidates/filter-sql";
import { escapeLike } from "@/lib/candidates/dimensions";
import { parseCandidateSearchParams } from "@/lib/search-params";

const filtersFrom = (query: string) => {
  const { search, errors } = parseCandidateSearchParams(new URLSearchParams(query));
  expect(errors).toEqual([]);
  return search;
};

describe("buildCandidateFilterSql", () => {
  it("is TRUE without filters", () => {
    expect(buildCandidateFilterSql(filtersFrom("")).text).toBe("TRUE");
    expect(hasCandidateConditions(filtersFrom("sort=-stage&page=3"))).toBe(false);
  });

  it.each([
    ["class=GLP1_RA", `c."mechanismClass" = ANY(CAST($1 AS "MechanismClass"[]))`, [["GLP1_RA"]]],
    ["researchOnly=true", `c."researchOnly" = $1`, [true]],
    ["sponsor=4,9", `p."sponsorId" = ANY(CAST($1 AS integer[]))`, [[4, 9]]],
    ["q=JXHS24 司美", `c."searchText" LIKE $1 AND c."searchText" LIKE $2`, ["%jxhs24%", "%司美%"]],
    ["ndaFrom=2024-01-01", `a."type" = 'NDA' AND a."acceptanceDate" >= CAST($1 AS date)`, ["2024-01-01"]],
  ])("%s", (query, fragment, values) => {
    const sql = buildCandidateFilterSql(filtersFrom(query));
    expect(sql.text).toContain(fragment);
    expect(sql.values).toEqual(values);
  });

  it("keeps injection-looking text out of the SQL", () => {
    const sql = buildCandidateFilterSql(filtersFrom(`q=${encodeURIComponent("x' OR 1=1; DROP TABLE \"Candidate\"; --")}&indication=${encodeURIComponent("a'); --")}`));
    expect(sql.text).not.toContain("DROP");
    expect(sql.text).not.toContain("a');");
    expect(sql.values).toContain("%x'%");
    expect(sql.values).toContainEqual(["a'); --"]);
  });

  it("combines the designation tokens and the granted range in one designation row", () => {
    const sql = buildCandidateFilterSql(filtersFrom("designation=BREAKTHROUGH_THERAPY:GRANTED,PRIORITY_REVIEW&grantedFrom=2024-01-01"));
    expect(sql.text).toMatch(/FROM "Designation" d WHERE d."programId" = p.id AND \(\(d."type" = .* AND d."state" = .*\) OR d."type" = .*\) AND d."grantedDate" >= /);
    expect(sql.values).toEqual(["BREAKTHROUGH_THERAPY", "GRANTED", "PRIORITY_REVIEW", "2024-01-01"]);
  });

  it("negates the NRDL condition for onNrdl=false", () => {
    expect(buildCandidateFilterSql(filtersFrom("onNrdl=false")).text).toMatch(/^NOT EXISTS \(SELECT 1 FROM "Program" p/);
  });

  it("leaves out only the excepted facet's filter", () => {
    const filters = filtersFrom("class=GLP1_RA&stage=APPROVED&q=sema");
    const withoutStage = buildCandidateFilterSql(filters, { except: "stage" });
    expect(withoutStage.text).not.toContain("currentStage");
    expect(withoutStage.text).toContain("mechanismClass");
    expect(withoutStage.text).toContain("searchText");
    expect(activeFacets(filters)).toEqual(new Set(["class", "stage"]));
    expect(hasCandidateConditions(filtersFrom("class=GLP1_RA"), { except: "class" })).toBe(false);
  });

  it("treats the granted range alone as a designation filter", () => {
    expect(activeFacets(filtersFrom("grantedTo=2025-01-01"))).toEqual(new Set(["designation"]));
  });
});

describe("escapeLike", () => {
  it.each([
    ["10%", "10\\%"],
    ["a_b", "a\\_b"],
    ["back\\slash", "back\\\\slash"],
    ["plain", "plain"],
  ])("%s", (input, expected) => expect(escapeLike(input)).toBe(expected));
});
