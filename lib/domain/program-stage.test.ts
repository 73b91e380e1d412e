import { describe, expect, it } from "vitest";
import { ApplicationStatus, ProgramStage } from "@/generated/prisma/enums";
import {
  compareStages,
  isActiveStage,
  leadStage,
  STAGE_RANK,
  stageForApplicationStatus,
} from "@/lib/domain/program-stage";

describe("stage rank", () => {
  it("ranks every stage once, 0 to 16", () => {
    expect(Object.keys(STAGE_RANK).sort()).toEqual(Object.values(ProgramStage).sort());
    expect(Object.values(STAGE_RANK).sort((a, b) => a - b)).toEqual([...Array(17).keys()]);
  });

  it.each([
    ["PHASE_3", "PHASE_2", 1],
    ["APPROVED", "CONDITIONALLY_APPROVED", 1],
    ["LAUNCHED", "APPROVED", 1],
    ["POST_APPROVAL", "LAUNCHED", 1],
    ["NDA_UNDER_REVIEW", "NDA_FILED", 1],
    ["IND_CLEARED", "IND_FILED", 1],
    ["PRECLINICAL", "RESEARCH_ONLY", 1],
    ["PRECLINICAL", "DISCONTINUED", 1],
    ["PRECLINICAL", "NOT_APPROVED", 1],
    ["RESEARCH_ONLY", "NOT_APPROVED", 1],
    ["NOT_APPROVED", "DISCONTINUED", 1],
    ["PHASE_1", "PHASE_1", 0],
    ["DISCONTINUED", "POST_APPROVAL", -1],
  ] as const)("%s vs %s -> %i", (a, b, sign) => {
    expect(Math.sign(compareStages(a, b))).toBe(sign);
  });

  it.each([
    ["PHASE_2", true],
    ["POST_APPROVAL", true],
    ["DISCONTINUED", false],
    ["NOT_APPROVED", false],
    ["RESEARCH_ONLY", false],
  ] as const)("%s is active: %s", (stage, active) => {
    expect(isActiveStage(stage)).toBe(active);
  });
});

describe("leadStage", () => {
  it.each([
    [[], null],
    [["PHASE_2"], "PHASE_2"],
    [["PHASE_2", "PHASE_3", "PRECLINICAL"], "PHASE_3"],
    [["DISCONTINUED", "PRECLINICAL"], "PRECLINICAL"],
    [["NOT_APPROVED", "PHASE_1"], "PHASE_1"],
    [["APPROVED", "NDA_UNDER_REVIEW", "PHASE_3"], "APPROVED"],
    [["CONDITIONALLY_APPROVED", "APPROVED"], "APPROVED"],
    [["LAUNCHED", "APPROVED", "DISCONTINUED"], "LAUNCHED"],
    [["DISCONTINUED", "NOT_APPROVED"], "NOT_APPROVED"],
    [["RESEARCH_ONLY", "DISCONTINUED"], "RESEARCH_ONLY"],
    [["RESEARCH_ONLY"], "RESEARCH_ONLY"],
  ] as const)("%j -> %s", (stages, expected) => {
    expect(leadStage(stages)).toBe(expected);
  });
});

// Expected stage per status, for an IND and for an NDA approved normally.
const BY_STATUS: Record<ApplicationStatus, [ind: ProgramStage | null, nda: ProgramStage | null]> = {
  SUBMITTED: ["IND_FILED", "NDA_FILED"],
  PENDING_ACCEPTANCE: ["IND_FILED", "NDA_FILED"],
  CORRECTION_REQUESTED: ["IND_FILED", "NDA_FILED"],
  ACCEPTED: ["IND_FILED", "NDA_FILED"],
  NOT_ACCEPTED: [null, null],
  ABANDONED: [null, null],
  QUEUED_FOR_REVIEW: ["IND_FILED", "NDA_UNDER_REVIEW"],
  UNDER_REVIEW: ["IND_FILED", "NDA_UNDER_REVIEW"],
  SUPPLEMENT_REQUESTED: ["IND_FILED", "NDA_UNDER_REVIEW"],
  IMPLIED_APPROVAL: ["IND_CLEARED", null],
  UNDER_ADMIN_APPROVAL: ["IND_FILED", "NDA_UNDER_REVIEW"],
  APPROVED_PENDING_CERTIFICATE: ["IND_CLEARED", "APPROVED"],
  CERTIFICATE_ISSUED: ["IND_CLEARED", "APPROVED"],
  NOT_APPROVED: [null, "NOT_APPROVED"],
  OBJECTION_FILED: ["IND_FILED", "NDA_UNDER_REVIEW"],
  OBJECTION_UPHELD: [null, "NOT_APPROVED"],
  WITHDRAWN: [null, null],
  TERMINATED: [null, null],
};

describe("stageForApplicationStatus", () => {
  it.each(Object.entries(BY_STATUS) as [ApplicationStatus, [ProgramStage | null, ProgramStage | null]][])(
    "%s -> %j (IND, NDA)",
    (status, [ind, nda]) => {
      expect(stageForApplicationStatus({ type: "IND", status })).toBe(ind);
      expect(stageForApplicationStatus({ type: "NDA", status, decision: "APPROVED" })).toBe(nda);
      expect(stageForApplicationStatus({ type: "GENERIC", status })).toBe(nda);
    },
  );

  it.each([
    ["CERTIFICATE_ISSUED", "CONDITIONALLY_APPROVED", "CONDITIONALLY_APPROVED"],
    ["APPROVED_PENDING_CERTIFICATE", "CONDITIONALLY_APPROVED", "CONDITIONALLY_APPROVED"],
    ["CERTIFICATE_ISSUED", null, "APPROVED"],
  ] as const)("NDA %s with decision %s -> %s", (status, decision, expected) => {
    expect(stageForApplicationStatus({ type: "NDA", status, decision })).toBe(expected);
  });

  it.each(["SUPPLEMENT", "RE_REGISTRATION", "OTHER"] as const)("a %s implies no stage", (type) => {
    for (const status of Object.values(ApplicationStatus)) expect(stageForApplicationStatus({ type, status })).toBeNull();
  });
});
