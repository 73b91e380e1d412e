import { describe, expect, it } from "vitest";
import type { ChronologyEntry } from "@/lib/candidates/chronology";
import { latestRegulatoryChange } from "@/lib/candidates/last-regulatory-change";

const entry = (key: string, day: string, code: string): ChronologyEntry => ({
  key,
  kind: "designation",
  programId: 1,
  date: new Date(`${day}T00:00:00Z`),
  precision: "DAY",
  code,
  subject: "BREAKTHROUGH_THERAPY",
  sourceUrl: null,
  sourceConfidence: "OFFICIAL",
  illustrative: false,
});

describe("latestRegulatoryChange", () => {
  it("is the newest step, skipping ends fixed in advance", () => {
    const chronology = [entry("a", "2024-01-02", "REQUESTED"), entry("b", "2024-03-01", "PUBLICITY_START"), entry("c", "2024-03-15", "PUBLICITY_END")];
    expect(latestRegulatoryChange(chronology)?.key).toBe("b");
  });

  it("is null for a candidate with no dated step", () => {
    expect(latestRegulatoryChange([])).toBeNull();
    expect(latestRegulatoryChange([entry("x", "2030-01-01", "AGREEMENT_END")])).toBeNull();
  });
});
