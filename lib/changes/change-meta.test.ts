import { describe, expect, it } from "vitest";
import { z } from "zod";
import { changeSchema, splitChange, versionedChangeSchema } from "@/lib/changes/change-meta";

const schema = changeSchema({ note: z.string().optional() });
const messagesOf = (input: Record<string, unknown>) => {
  const result = schema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};
const base = { reason: "CDE list published", effectiveDate: "2024-06-25" };

describe("change metadata: reason, evidence, effective date", () => {
  it.each([
    ["a URL", { ...base, evidenceUrl: "https://www.cde.org.cn/x" }, {}],
    ["'no evidence' ticked in a form", { ...base, noEvidence: "on" }, {}],
    ["'no evidence' true in JSON", { ...base, noEvidence: true }, {}],
    ["neither", base, { evidenceUrl: "Give an evidence URL, or tick “No evidence” to record the change without one." }],
    ["both", { ...base, evidenceUrl: "https://x.example", noEvidence: true }, { noEvidence: "Give an evidence URL or tick “No evidence”, not both." }],
    ["a non-http URL", { ...base, evidenceUrl: "javascript:alert(1)" }, { evidenceUrl: "Evidence URL must be an http(s) address." }],
    ["a blank reason", { ...base, reason: "   ", noEvidence: true }, { reason: "Give a reason for the change." }],
    ["no effective date", { reason: "x y z", noEvidence: true }, { effectiveDate: "Effective date is required (YYYY, YYYY-MM or YYYY-MM-DD)." }],
    ["an effective date that is not text", { ...base, effectiveDate: 20240625, noEvidence: true }, { effectiveDate: "Effective date must be a date as text (YYYY, YYYY-MM or YYYY-MM-DD)." }],
    ["an unknown evidence confidence", { ...base, noEvidence: true, evidenceConfidence: "RUMOUR" }, { evidenceConfidence: "must be one of OFFICIAL, COMPANY, PRESS, UNVERIFIED, or empty for none." }],
    ["an impossible day", { ...base, effectiveDate: "2024-02-30", noEvidence: true }, { effectiveDate: 'Effective date: "2024-02-30" is not a real calendar date: 2024-02 has no day 30.' }],
  ])("%s", (_case, input, expected) => {
    expect(messagesOf(input)).toEqual(expected);
  });

  it("keeps the effective date's precision and defaults the evidence confidence", () => {
    const parsed = schema.parse({ ...base, effectiveDate: "2024-06", noEvidence: "on" });
    const { meta, fields } = splitChange(parsed);
    expect(meta).toEqual({ reason: "CDE list published", evidenceUrl: null, evidenceConfidence: "UNVERIFIED", effective: { date: new Date("2024-06-01T00:00:00Z"), precision: "MONTH" } });
    expect(fields).toEqual({});
  });

  it.each([
    [undefined, "expectedVersion (the version the record was loaded at) is required"],
    ["", "expectedVersion (the version the record was loaded at) is required"],
    ["abc", "expectedVersion must be a positive whole number"],
    [true, "expectedVersion must be a positive whole number"],
    ["2.5", "expectedVersion must be a positive whole number"],
    ["0", "expectedVersion must be a positive whole number"],
    [7, null],
    ["3", null],
  ])("expectedVersion %s", (value, message) => {
    const result = versionedChangeSchema({}).safeParse({ ...base, noEvidence: true, expectedVersion: value });
    expect(result.success ? null : result.error.issues[0]?.message).toBe(message);
  });
});
