import { describe, expect, it } from "vitest";
import { dayFromKey } from "@/lib/domain/calendar-day";
import { parsePartialDate, type PartialDate } from "@/lib/domain/partial-date";
import { NOT_STARTED_RECORD, planProvincialChange, type ListingForAccess, type ProvincialRecord } from "@/lib/provincial-access/state-change";

const today = dayFromKey("2026-06-30");
const p = (text: string): PartialDate => {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};
const listed: ListingForAccess = { state: "LISTED", listYear: 2025, effectiveDate: dayFromKey("2026-01-01"), effectivePrecision: "DAY" };
const onPlatform: ProvincialRecord = { ...NOT_STARTED_RECORD, state: "PLATFORM_LISTED", listedDate: dayFromKey("2026-02-01"), listedPrecision: "DAY", stateDate: dayFromKey("2026-02-01"), statePrecision: "DAY" };

describe("planProvincialChange", () => {
  it.each([
    ["listing on the platform", NOT_STARTED_RECORD, listed, "PLATFORM_LISTED", "2026-02", []],
    ["withdrawing what was never listed", NOT_STARTED_RECORD, listed, "WITHDRAWN", "2026-02", ["TRANSITION_NOT_ALLOWED"]],
    ["a date before the listing took effect", NOT_STARTED_RECORD, listed, "PLATFORM_LISTED", "2025-12-20", ["BEFORE_LISTING_EFFECTIVE"]],
    ["the listing's month, day unknown", NOT_STARTED_RECORD, listed, "PLATFORM_LISTED", "2026-01", []],
    ["a future date", NOT_STARTED_RECORD, listed, "PLATFORM_LISTED", "2026-08-01", ["DATE_IN_FUTURE"]],
    ["a listing not on its list", NOT_STARTED_RECORD, { ...listed, state: "APPLIED", effectiveDate: null, effectivePrecision: null }, "PLATFORM_LISTED", "2026-02", ["LISTING_NOT_ON_LIST"]],
    ["withdrawing after removal from the list", onPlatform, { ...listed, state: "REMOVED" }, "WITHDRAWN", "2026-03", []],
    ["naming dual channel", onPlatform, listed, "DUAL_CHANNEL", "2026-03-15", []],
  ] as const)("%s", (_case, current, listing, to, effective, rules) => {
    const plan = planProvincialChange(current, listing, { to, effective: p(effective), today });
    expect(plan.refusals.map((refusal) => refusal.rule)).toEqual(rules);
  });

  it("writes the state's date and the first platform listing", () => {
    const plan = planProvincialChange(NOT_STARTED_RECORD, listed, { to: "DUAL_CHANNEL", effective: p("2026-03"), today });
    expect(plan.data).toEqual({
      state: "DUAL_CHANNEL",
      stateDate: dayFromKey("2026-03-01"),
      statePrecision: "MONTH",
      dualChannelDate: dayFromKey("2026-03-01"),
      dualChannelPrecision: "MONTH",
      listedDate: dayFromKey("2026-03-01"),
      listedPrecision: "MONTH",
    });
  });

  it("keeps the first platform date when moving back from dual channel", () => {
    const plan = planProvincialChange({ ...onPlatform, state: "DUAL_CHANNEL" }, listed, { to: "PLATFORM_LISTED", effective: p("2026-05-01"), today });
    expect(plan.data).not.toHaveProperty("listedDate");
  });
});
