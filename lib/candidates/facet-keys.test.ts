import { describe, expect, it } from "vitest";
import { FacetKeys } from "@/lib/candidates/facet-index";

describe("FacetKeys", () => {
  it("numbers each (facet, value) pair once, in the order first added", () => {
    const keys = new FacetKeys();
    const ids = [
      keys.add("stage", "PHASE_1"),
      keys.add("designation", "BREAKTHROUGH_THERAPY"),
      keys.add("stage", "PHASE_1"),
      // The same value under another facet is another key.
      keys.add("class", "PHASE_1"),
    ];
    expect(ids).toEqual([0, 1, 0, 2]);
    expect(keys.size).toBe(3);
    expect([keys.facetOf, keys.valueOf]).toEqual([
      ["stage", "designation", "class"],
      ["PHASE_1", "BREAKTHROUGH_THERAPY", "PHASE_1"],
    ]);
  });

  it.each([
    ["a known pair", "designation", "BREAKTHROUGH_THERAPY:GRANTED", 1],
    ["a known value under another facet", "stage", "BREAKTHROUGH_THERAPY:GRANTED", "error"],
    ["an unknown value", "designation", "PRIORITY_REVIEW:GRANTED", "error"],
  ] as const)("looks up %s without adding it", (_, facet, value, expected) => {
    const keys = new FacetKeys();
    keys.add("stage", "NDA_UNDER_REVIEW");
    keys.add("designation", "BREAKTHROUGH_THERAPY:GRANTED");
    if (expected === "error") expect(() => keys.idOf(facet, value)).toThrow(`no key ${facet}=${value}`);
    else expect(keys.idOf(facet, value)).toBe(expected);
    expect(keys.size).toBe(2);
  });
});
