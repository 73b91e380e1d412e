import { describe, expect, it } from "vitest";
import { exportHref } from "@/lib/export/export-href";

describe("exportHref", () => {
  it.each([
    ["no filter", "candidates", "", "en", "/api/export/candidates.csv?lang=en"],
    ["a filter, paging dropped", "events", "stage=PHASE_3&page=4&perPage=25", "en", "/api/export/events.csv?stage=PHASE_3&lang=en"],
    ["a leading ?", "designations", "?q=tirzepatide", "en", "/api/export/designations.csv?q=tirzepatide&lang=en"],
    ["Chinese", "reimbursement", "onNrdl=true", "zh", "/api/export/reimbursement.csv?onNrdl=true&lang=zh"],
    ["a language already in the query", "candidates", "lang=zh&cols=name,stage", "en", "/api/export/candidates.csv?cols=name%2Cstage&lang=en"],
  ] as const)("%s", (_, kind, query, lang, href) => {
    expect(exportHref(kind, query, lang)).toBe(href);
  });
});
