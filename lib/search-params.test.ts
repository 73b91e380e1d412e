import { describe, expect, it } from "vitest";
import {
  defaultCandidateSearch,
  joinList,
  splitList,
  parseCandidateSearchParams,
  serializeCandidateSearch,
  type CandidateSearch,
} from "@/lib/search-params";

describe("parseCandidateSearchParams: valid values", () => {
  it.each<[string, Partial<CandidateSearch>]>([
    ["", {}],
    ["q=%E5%8F%B8%E7%BE%8E", { q: "司美" }],
    ["designation=BREAKTHROUGH_THERAPY:GRANTED,PRIORITY_REVIEW", {
      designation: [{ type: "BREAKTHROUGH_THERAPY", state: "GRANTED" }, { type: "PRIORITY_REVIEW" }],
    }],
    ["stage=NDA_UNDER_REVIEW,APPROVED", { stage: ["NDA_UNDER_REVIEW", "APPROVED"] }],
    ["stage=APPROVED,APPROVED", { stage: ["APPROVED"] }],
    ["class=GLP1_RA", { class: ["GLP1_RA"] }],
    ["sponsor=3,17", { sponsor: [3, 17] }],
    ["reimbursement=NRDL_NEGOTIATED:LISTED,ANY:REMOVED,CHI_INNOVATIVE", {
      reimbursement: [{ list: "NRDL_NEGOTIATED", state: "LISTED" }, { list: undefined, state: "REMOVED" }, { list: "CHI_INNOVATIVE" }],
    }],
    ["onNrdl=false&researchOnly=true", { onNrdl: false, researchOnly: true }],
    ["grantedFrom=2024-01-01&grantedTo=2024-12-31", { grantedFrom: "2024-01-01", grantedTo: "2024-12-31" }],
    ["sort=-stage,name&page=3&perPage=100", { sort: [{ column: "stage", desc: true }, { column: "name", desc: false }], page: 3, perPage: 100 }],
    ["cols=name,stage", { cols: ["name", "stage"] }],
    ["indication=Chronic weight management (BMI \\, 27),Type 2 diabetes", { indication: ["Chronic weight management (BMI , 27)", "Type 2 diabetes"] }],
  ])("%s", (query, expected) => {
    const { search, errors } = parseCandidateSearchParams(new URLSearchParams(query));
    expect(errors).toEqual([]);
    expect(search).toEqual({ ...defaultCandidateSearch(), ...expected });
  });
});

describe("parseCandidateSearchParams: invalid values fall back and are reported", () => {
  it.each<[string, string, RegExp]>([
    ["designation=BTD", "designation", /not a designation type/],
    ["designation=BREAKTHROUGH_THERAPY:APPROVED", "designation", /not a designation state/],
    ["designation=A:B:C", "designation", /TYPE or TYPE:STATE/],
    ["stage=PHASE_9", "stage", /allowed: RESEARCH_ONLY/],
    ["sponsor=abc", "sponsor", /positive whole number/],
    ["sponsor=0", "sponsor", /positive whole number/],
    ["reimbursement=ANY", "reimbursement", /needs a state/],
    ["onNrdl=yes", "onNrdl", /true or false/],
    ["grantedFrom=2024-02-30", "grantedFrom", /real calendar date/],
    ["ndaTo=yesterday", "ndaTo", /YYYY-MM-DD/],
    ["grantedFrom=2025-01-01&grantedTo=2024-01-01", "grantedTo", /must not be before grantedFrom/],
    ["page=0", "page", /between 1 and 10000/],
    ["page=99999999999999999999", "page", /between 1 and 10000/],
    ["page=2.5", "page", /not a page number/],
    ["perPage=7", "perPage", /allowed: 10, 25, 50, 100, 200/],
    ["sort=sponsor", "sort", /not sortable/],
    ["sort=name;DROP TABLE", "sort", /not sortable/],
    ["cols=secret", "cols", /not a column/],
    ["q=" + "x".repeat(201), "q", /at most 200 characters/],
    ["q=%00", "q", /NUL/],
    ["hack=1", "hack", /unknown parameter/],
    ["stage=APPROVED&stage=PHASE_3", "stage", /more than once/],
  ])("%s", (query, param, message) => {
    const { search, errors } = parseCandidateSearchParams(new URLSearchParams(query));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.param).toBe(param);
    expect(errors[0]?.message).toMatch(message);
    expect(search[param as keyof CandidateSearch] ?? null).toEqual(defaultCandidateSearch()[param as keyof CandidateSearch] ?? null);
  });

  it("accepts extra parameters only when the caller allows them", () => {
    expect(parseCandidateSearchParams(new URLSearchParams("lang=zh"), { allowExtra: ["lang"] }).errors).toEqual([]);
    expect(parseCandidateSearchParams(new URLSearchParams("lang=zh")).errors).toHaveLength(1);
  });

  it("treats injection-looking search text as plain text", () => {
    const { search, errors } = parseCandidateSearchParams(new URLSearchParams({ q: "' OR 1=1; --" }));
    expect(errors).toEqual([]);
    expect(search.q).toBe("' OR 1=1; --");
  });
});

describe("serializeCandidateSearch", () => {
  it("leaves out defaults", () => {
    expect(serializeCandidateSearch(defaultCandidateSearch())).toBe("");
    expect(serializeCandidateSearch({ ...defaultCandidateSearch(), page: 1, perPage: 50 })).toBe("");
  });

  it.each([
    "designation=BREAKTHROUGH_THERAPY%3AGRANTED&stage=NDA_UNDER_REVIEW&onNrdl=false",
    "q=tirzepatide&sort=-stage&page=2",
    "reimbursement=ANY%3ALISTED%2CNRDL_B&cols=name%2Cstage",
    "indication=BMI+%E2%89%A528%5C%2C+or+%E2%89%A524%2CMASH%5C%5Cadvanced",
  ])("round-trips %s", (query) => {
    const { search, errors } = parseCandidateSearchParams(new URLSearchParams(query));
    expect(errors).toEqual([]);
    expect(serializeCandidateSearch(search)).toBe(query);
  });
});

describe("splitList / joinList", () => {
  it.each([
    [["a", "b"], "a,b"],
    [["BMI ≥28, or ≥24"], "BMI ≥28\\, or ≥24"],
    [["back\\slash", "x"], "back\\\\slash,x"],
  ])("%j ↔ %s", (items, joined) => {
    expect(joinList(items)).toBe(joined);
    expect(splitList(joined)).toEqual(items);
  });
});
