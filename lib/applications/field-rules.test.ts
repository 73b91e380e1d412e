import { describe, expect, it } from "vitest";
import type { ApplicationType, DrugCategory, ReviewTrack } from "@/generated/prisma/enums";
import { dayFromKey } from "@/lib/domain/calendar-day";
import { checkApplicationFields } from "@/lib/applications/field-rules";
import { checkProgramFields } from "@/lib/programs/field-rules";

describe("checkApplicationFields", () => {
  it.each([
    ["JXHS2400108", "NDA", "STANDARD_200", "CHEMICAL", []],
    [" jxhs2400108 ", "SUPPLEMENT", null, "CHEMICAL", []],
    ["CXHL2500001", "NDA", null, "CHEMICAL", ["ACCEPTANCE_NUMBER_TYPE_MISMATCH"]],
    ["CXSL2500001", "IND", "IND_60", "CHEMICAL", ["ACCEPTANCE_NUMBER_CATEGORY_MISMATCH"]],
    ["CXHL2500001", "IND", "STANDARD_200", "CHEMICAL", ["REVIEW_TRACK_NOT_FOR_TYPE"]],
    ["NOT-A-NUMBER", "IND", null, "CHEMICAL", ["ACCEPTANCE_NUMBER_INVALID"]],
  ] as const)("%s as %s on %s (%s) → %j", (acceptanceNumber, type, reviewTrack, category, rules) => {
    const result = checkApplicationFields(
      {
        acceptanceNumber,
        type: type as ApplicationType,
        reviewTrack: reviewTrack as ReviewTrack | null,
        submittedDate: null,
        submittedPrecision: null,
        acceptanceDate: null,
        acceptancePrecision: null,
      },
      category as DrugCategory,
    );
    expect(result.refusals.map((refusal) => refusal.rule)).toEqual(rules);
  });

  it("normalises the number and checks acceptance is not before submission", () => {
    const result = checkApplicationFields(
      {
        acceptanceNumber: "cxhl2500001",
        type: "IND",
        reviewTrack: null,
        submittedDate: dayFromKey("2025-03-01"),
        submittedPrecision: "DAY",
        acceptanceDate: dayFromKey("2025-02-01"),
        acceptancePrecision: "MONTH",
      },
      "CHEMICAL",
    );
    expect(result.acceptanceNumber).toBe("CXHL2500001");
    expect(result.refusals.map((refusal) => refusal.rule)).toEqual(["DATE_ORDER"]);
  });
});

describe("checkProgramFields", () => {
  it.each([
    ["CHEMICAL", "CHEM_1", []],
    ["BIOLOGICAL", "BIO_3_3", []],
    ["TCM", null, []],
    ["CHEMICAL", "BIO_1", ["REGISTRATION_CLASS_CATEGORY_MISMATCH"]],
    ["BIOLOGICAL", "TCM_1", ["REGISTRATION_CLASS_CATEGORY_MISMATCH"]],
  ] as const)("%s with %s → %j", (drugCategory, registrationClass, rules) => {
    expect(checkProgramFields({ drugCategory, registrationClass }).map((refusal) => refusal.rule)).toEqual(rules);
  });
});
