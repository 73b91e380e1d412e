import { describe, expect, it } from "vitest";
import { buildCandidatePageSql, buildOrderBySql } from "@/lib/candidates/page-sql";
import { parseCandidateSearchParams } from "@/lib/search-params";

const searchFrom = (query: string) => parseCandidateSearchParams(new URLSearchParams(query)).search;

describe("buildOrderBySql (same order as buildCandidateOrderBy)", () => {
  it.each([
    ["", `c."nameEn" ASC, c.id ASC`],
    ["sort=-name", `c."nameEn" DESC, c.id ASC`],
    ["sort=-stage", `c."leadStage" DESC, c."nameEn" ASC, c.id ASC`],
    ["sort=nameZh", `c."nameZh" ASC NULLS LAST, c."nameEn" ASC, c.id ASC`],
    ["sort=class,-updated", `c."mechanismClass" ASC, c."updatedAt" DESC, c."nameEn" ASC, c.id ASC`],
    ["sort=reviewClock", `c."reviewDeadline" ASC NULLS LAST, c."nameEn" ASC, c.id ASC`],
    ["sort=-reviewClock", `c."reviewDeadline" DESC NULLS LAST, c."nameEn" ASC, c.id ASC`],
    ["sort=-lastChange", `c."lastRegulatoryChange" DESC NULLS LAST, c."nameEn" ASC, c.id ASC`],
  ])("%s", (query, expected) => {
    expect(buildOrderBySql(searchFrom(query).sort, "c").text).toBe(expected);
  });
});

describe("buildCandidatePageSql", () => {
  it("binds the page window", () => {
    const sql = buildCandidatePageSql(searchFrom("page=3&perPage=25&class=GLP1_RA"));
    expect(sql.text).toMatch(/LIMIT \$2 OFFSET \$3/);
    expect(sql.values).toEqual([["GLP1_RA"], 25, 50]);
  });
});
