import { describe, expect, it } from "vitest";
import { searchTerms } from "@/lib/candidates/dimensions";
import { buildCandidateOrderBy, buildCandidateWhere } from "./prisma-where.ts";
import { defaultCandidateSearch, parseCandidateSearchParams } from "@/lib/search-params";

const filtersFrom = (query: string) => {
  const { search, errors } = parseCandidateSearchParams(new URLSearchParams(query));
  expect(errors).toEqual([]);
  return search;
};

describe("buildCandidateWhere", () => {
  it.each<[string, unknown]>([
    ["", {}],
    ["class=GLP1_RA,GIP_GLP1_RA", { AND: [{ mechanismClass: { in: ["GLP1_RA", "GIP_GLP1_RA"] } }] }],
    ["q=Sema  JXHS24", { AND: [{ searchText: { contains: "sema" } }, { searchText: { contains: "jxhs24" } }] }],
    ["researchOnly=false", { AND: [{ researchOnly: false }] }],
    ["stage=NDA_UNDER_REVIEW", { AND: [{ programs: { some: { currentStage: { in: ["NDA_UNDER_REVIEW"] } } } }] }],
    ["sponsor=4", { AND: [{ programs: { some: { sponsorId: { in: [4] } } } }] }],
    ["designation=BREAKTHROUGH_THERAPY:GRANTED,PRIORITY_REVIEW", {
      AND: [{ programs: { some: { designations: { some: { OR: [{ type: "BREAKTHROUGH_THERAPY", state: "GRANTED" }, { type: "PRIORITY_REVIEW" }] } } } } }],
    }],
    ["designation=BREAKTHROUGH_THERAPY&grantedFrom=2025-01-01", {
      AND: [{ programs: { some: { designations: { some: { OR: [{ type: "BREAKTHROUGH_THERAPY" }], grantedDate: { gte: new Date("2025-01-01T00:00:00Z") } } } } } }],
    }],
    ["grantedTo=2025-06-30", {
      AND: [{ programs: { some: { designations: { some: { grantedDate: { lte: new Date("2025-06-30T00:00:00Z") } } } } } }],
    }],
    ["reimbursement=ANY:LISTED", { AND: [{ programs: { some: { reimbursements: { some: { OR: [{ state: "LISTED" }] } } } } }] }],
    ["ndaFrom=2024-01-01&ndaTo=2024-12-31", {
      AND: [{ programs: { some: { applications: { some: { type: "NDA", acceptanceDate: { gte: new Date("2024-01-01T00:00:00Z"), lte: new Date("2024-12-31T00:00:00Z") } } } } } }],
    }],
  ])("%s", (query, expected) => {
    expect(buildCandidateWhere(filtersFrom(query))).toEqual(expected);
  });

  it("negates the NRDL condition for onNrdl=false", () => {
    const where = buildCandidateWhere(filtersFrom("onNrdl=false"));
    expect(where).toEqual({ AND: [{ NOT: { programs: { some: { reimbursements: { some: expect.objectContaining({ list: { in: ["NRDL_A", "NRDL_B", "NRDL_NEGOTIATED"] } }) } } } } }] });
  });

  it("combines filters with AND", () => {
    const where = buildCandidateWhere(filtersFrom("class=GLP1_RA&stage=APPROVED&category=BIOLOGICAL&origin=IMPORTED"));
    expect((where.AND as unknown[]).length).toBe(4);
  });
});

describe("searchTerms", () => {
  it.each([
    ["", []],
    ["  Tirzepatide ", ["tirzepatide"]],
    ["GLP-1 司美格鲁肽", ["glp-1", "司美格鲁肽"]],
  ])("%j", (q, expected) => expect(searchTerms(q)).toEqual(expected));
});

describe("buildCandidateOrderBy", () => {
  it.each<[string, unknown]>([
    ["", [{ nameEn: "asc" }, { id: "asc" }]],
    ["sort=-stage,name", [{ leadStage: "desc" }, { nameEn: "asc" }, { id: "asc" }]],
    ["sort=nameZh", [{ nameZh: { sort: "asc", nulls: "last" } }, { nameEn: "asc" }, { id: "asc" }]],
    ["sort=-stage", [{ leadStage: "desc" }, { nameEn: "asc" }, { id: "asc" }]],
    ["sort=-name", [{ nameEn: "desc" }, { id: "asc" }]],
    ["sort=class,-updated", [{ mechanismClass: "asc" }, { updatedAt: "desc" }, { nameEn: "asc" }, { id: "asc" }]],
    ["sort=reviewClock", [{ reviewDeadline: { sort: "asc", nulls: "last" } }, { nameEn: "asc" }, { id: "asc" }]],
    ["sort=-reviewClock,name", [{ reviewDeadline: { sort: "desc", nulls: "last" } }, { nameEn: "asc" }, { id: "asc" }]],
  ])("%s", (query, expected) => {
    expect(buildCandidateOrderBy(filtersFrom(query).sort)).toEqual(expected);
  });

  it("always ends with the id tie-breaker", () => {
    expect(buildCandidateOrderBy(defaultCandidateSearch().sort).at(-1)).toEqual({ id: "asc" });
  });
});
