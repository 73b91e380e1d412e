import { describe, expect, it } from "vitest";
import { DesignationState, DesignationType } from "@/generated/prisma/enums";
import {
  allowedNextDesignationStates,
  canTransitionDesignation,
  checkDesignationTransition,
  DESIGNATION_STATE_REQUIRED_FIELDS,
  designationStatesFor,
  isTerminalDesignationState,
  missingDesignationFields,
} from "@/lib/domain/designation-state";

// Reference §2.5 / §6.2 and the brief, written out pair by pair per type.
const PUBLICIZED_PAIRS = [
  "NOT_APPLIED>REQUESTED",
  "REQUESTED>UNDER_ASSESSMENT",
  "REQUESTED>WITHDRAWN",
  "UNDER_ASSESSMENT>PUBLICIZED",
  "UNDER_ASSESSMENT>REJECTED",
  "UNDER_ASSESSMENT>WITHDRAWN",
  "PUBLICIZED>GRANTED",
  "PUBLICIZED>OBJECTION_RAISED",
  "PUBLICIZED>WITHDRAWN",
  "OBJECTION_RAISED>GRANTED",
  "OBJECTION_RAISED>REJECTED",
  "OBJECTION_RAISED>WITHDRAWN",
  "GRANTED>TERMINATED",
  "GRANTED>CONSUMED",
];
const CHANNEL_PAIRS = [
  "NOT_APPLIED>REQUESTED",
  "REQUESTED>GRANTED",
  "REQUESTED>REJECTED",
  "REQUESTED>WITHDRAWN",
  "GRANTED>CONSUMED",
  "GRANTED>TERMINATED",
];
const EXPECTED: Record<DesignationType, { pairs: string[]; states: string[]; terminal: string[] }> = {
  BREAKTHROUGH_THERAPY: {
    pairs: PUBLICIZED_PAIRS,
    states: ["NOT_APPLIED", "REQUESTED", "UNDER_ASSESSMENT", "PUBLICIZED", "OBJECTION_RAISED", "GRANTED", "REJECTED", "WITHDRAWN", "TERMINATED", "CONSUMED"],
    terminal: ["REJECTED", "WITHDRAWN", "TERMINATED", "CONSUMED"],
  },
  PRIORITY_REVIEW: {
    pairs: PUBLICIZED_PAIRS,
    states: ["NOT_APPLIED", "REQUESTED", "UNDER_ASSESSMENT", "PUBLICIZED", "OBJECTION_RAISED", "GRANTED", "REJECTED", "WITHDRAWN", "TERMINATED", "CONSUMED"],
    terminal: ["REJECTED", "WITHDRAWN", "TERMINATED", "CONSUMED"],
  },
  CONDITIONAL_APPROVAL: {
    pairs: [
      "NOT_APPLIED>REQUESTED",
      "REQUESTED>CONDITIONALLY_APPROVED",
      "REQUESTED>REJECTED",
      "REQUESTED>WITHDRAWN",
      "CONDITIONALLY_APPROVED>CONVERTED_TO_FULL",
      "CONDITIONALLY_APPROVED>EXTENDED",
      "CONDITIONALLY_APPROVED>REVOKED",
      "EXTENDED>CONVERTED_TO_FULL",
      "EXTENDED>REVOKED",
    ],
    states: ["NOT_APPLIED", "REQUESTED", "REJECTED", "WITHDRAWN", "CONDITIONALLY_APPROVED", "CONVERTED_TO_FULL", "EXTENDED", "REVOKED"],
    terminal: ["REJECTED", "WITHDRAWN", "CONVERTED_TO_FULL", "REVOKED"],
  },
  SPECIAL_APPROVAL: {
    pairs: CHANNEL_PAIRS,
    states: ["NOT_APPLIED", "REQUESTED", "GRANTED", "REJECTED", "WITHDRAWN", "TERMINATED", "CONSUMED"],
    terminal: ["REJECTED", "WITHDRAWN", "TERMINATED", "CONSUMED"],
  },
  IND_FAST_CHANNEL: {
    pairs: CHANNEL_PAIRS,
    states: ["NOT_APPLIED", "REQUESTED", "GRANTED", "REJECTED", "WITHDRAWN", "TERMINATED", "CONSUMED"],
    terminal: ["REJECTED", "WITHDRAWN", "TERMINATED", "CONSUMED"],
  },
};

const TYPES = Object.values(DesignationType);
const STATES = Object.values(DesignationState);

describe.each(TYPES)("%s designation", (type) => {
  const expected = EXPECTED[type];
  const allowed = new Set(expected.pairs);
  const pairs = STATES.flatMap((from) => STATES.map((to) => [from, to, allowed.has(`${from}>${to}`)] as const));

  it.each(pairs)("%s -> %s allowed: %s", (from, to, isAllowed) => {
    expect(canTransitionDesignation(type, from, to)).toBe(isAllowed);
    expect(checkDesignationTransition({ type, from, to }).ok).toBe(isAllowed);
  });

  it("has the expected states, in enum order", () => {
    expect(designationStatesFor(type)).toEqual(STATES.filter((state) => expected.states.includes(state)));
  });

  it("has the expected terminal states", () => {
    expect(STATES.filter((state) => isTerminalDesignationState(type, state))).toEqual(
      STATES.filter((state) => expected.terminal.includes(state)),
    );
  });

  it("lists next states consistent with the pairs", () => {
    for (const from of expected.states) {
      const next = STATES.filter((to) => allowed.has(`${from}>${to}`));
      expect(allowedNextDesignationStates(type, from as DesignationState)).toEqual(
        expect.arrayContaining(next),
      );
      expect(allowedNextDesignationStates(type, from as DesignationState)).toHaveLength(next.length);
    }
  });
});

describe("checkDesignationTransition", () => {
  it.each([
    ["BREAKTHROUGH_THERAPY", "PUBLICIZED", "GRANTED", null],
    ["BREAKTHROUGH_THERAPY", "REQUESTED", "GRANTED", "TRANSITION_NOT_ALLOWED"],
    ["BREAKTHROUGH_THERAPY", "GRANTED", "WITHDRAWN", "TRANSITION_NOT_ALLOWED"],
    ["BREAKTHROUGH_THERAPY", "GRANTED", "REVOKED", "STATE_NOT_APPLICABLE"],
    ["BREAKTHROUGH_THERAPY", "CONSUMED", "GRANTED", "TERMINAL_STATE"],
    ["CONDITIONAL_APPROVAL", "REQUESTED", "PUBLICIZED", "STATE_NOT_APPLICABLE"],
    ["CONDITIONAL_APPROVAL", "UNDER_ASSESSMENT", "CONDITIONALLY_APPROVED", "STATE_NOT_APPLICABLE"],
    ["CONDITIONAL_APPROVAL", "EXTENDED", "CONVERTED_TO_FULL", null],
    ["CONDITIONAL_APPROVAL", "REVOKED", "EXTENDED", "TERMINAL_STATE"],
    ["IND_FAST_CHANNEL", "GRANTED", "TERMINATED", null],
    ["PRIORITY_REVIEW", "OBJECTION_RAISED", "REJECTED", null],
  ] as const)("%s: %s -> %s gives %s", (type, from, to, rule) => {
    const result = checkDesignationTransition({ type, from, to });
    if (rule === null) expect(result).toEqual({ ok: true });
    else expect(result).toMatchObject({ ok: false, rule });
  });

  it("names the type and state in the message", () => {
    const result = checkDesignationTransition({ type: "CONDITIONAL_APPROVAL", from: "REQUESTED", to: "PUBLICIZED" });
    expect(result).toEqual({
      ok: false,
      rule: "STATE_NOT_APPLICABLE",
      message: '"Publicized" is not a state of a Conditional approval designation.',
    });
  });
});

describe("fields each state requires", () => {
  it.each([
    ["PUBLICIZED", ["publicityStartDate"]],
    ["OBJECTION_RAISED", ["publicityStartDate"]],
    ["GRANTED", ["grantedDate"]],
    ["TERMINATED", ["terminatedDate", "terminationReason"]],
    ["REVOKED", ["terminatedDate", "terminationReason"]],
    ["EXTENDED", ["grantedDate", "obligationDeadline"]],
    ["CONDITIONALLY_APPROVED", ["grantedDate"]],
    ["REQUESTED", []],
    ["WITHDRAWN", []],
  ] as const)("%s requires %j", (state, fields) => {
    expect(DESIGNATION_STATE_REQUIRED_FIELDS[state]).toEqual(fields);
  });

  it.each([
    ["GRANTED", {}, ["grantedDate"]],
    ["GRANTED", { grantedDate: new Date("2024-02-20T00:00:00Z") }, []],
    ["TERMINATED", { terminatedDate: new Date("2024-05-01T00:00:00Z"), terminationReason: "  " }, ["terminationReason"]],
    ["TERMINATED", { terminatedDate: null, terminationReason: "criteria no longer met" }, ["terminatedDate"]],
    ["PUBLICIZED", { grantedDate: new Date("2024-02-20T00:00:00Z") }, ["publicityStartDate"]],
    ["NOT_APPLIED", {}, []],
  ] as const)("%s with %j is missing %j", (state, record, missing) => {
    expect(missingDesignationFields(state, record)).toEqual(missing);
  });
});
