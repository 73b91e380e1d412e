import { describe, expect, it } from "vitest";
import { ProvincialAccessState } from "@/generated/prisma/enums";
import {
  allowedNextProvincialStates,
  canTransitionProvincial,
  checkProvincialTransition,
  isListedProvincialState,
} from "@/lib/domain/provincial-access-state";

// The working rule of lib/domain/provincial-access-state.ts, written out pair by pair.
const ALLOWED = new Set([
  "NOT_STARTED>PLATFORM_LISTED",
  "NOT_STARTED>DUAL_CHANNEL",
  "NOT_STARTED>RESTRICTED",
  "PLATFORM_LISTED>DUAL_CHANNEL",
  "PLATFORM_LISTED>RESTRICTED",
  "PLATFORM_LISTED>WITHDRAWN",
  "DUAL_CHANNEL>PLATFORM_LISTED",
  "DUAL_CHANNEL>RESTRICTED",
  "DUAL_CHANNEL>WITHDRAWN",
  "RESTRICTED>PLATFORM_LISTED",
  "RESTRICTED>DUAL_CHANNEL",
  "RESTRICTED>WITHDRAWN",
  "WITHDRAWN>PLATFORM_LISTED",
  "WITHDRAWN>DUAL_CHANNEL",
]);

const STATES = Object.values(ProvincialAccessState);
const PAIRS = STATES.flatMap((from) => STATES.map((to) => [from, to, ALLOWED.has(`${from}>${to}`)] as const));

describe("provincial access transition table", () => {
  it.each(PAIRS)("%s -> %s allowed: %s", (from, to, allowed) => {
    expect(canTransitionProvincial(from, to)).toBe(allowed);
    expect(checkProvincialTransition(from, to).ok).toBe(allowed);
  });

  it("lists next states consistent with the pairs", () => {
    for (const from of STATES) {
      expect([...allowedNextProvincialStates(from)].sort()).toEqual(STATES.filter((to) => ALLOWED.has(`${from}>${to}`)).sort());
    }
  });

  it("never leads back to not started", () => {
    expect(STATES.filter((from) => canTransitionProvincial(from, "NOT_STARTED"))).toEqual([]);
  });

  it("counts platform, dual channel and restricted as listed", () => {
    expect(STATES.filter(isListedProvincialState)).toEqual(["PLATFORM_LISTED", "DUAL_CHANNEL", "RESTRICTED"]);
  });

  it("names the allowed next states in a refusal", () => {
    expect(checkProvincialTransition("NOT_STARTED", "WITHDRAWN")).toEqual({
      ok: false,
      rule: "TRANSITION_NOT_ALLOWED",
      message: 'Provincial access cannot go from "Not started" to "Withdrawn". Allowed next: Listed on procurement platform, Dual channel named, Restricted.',
      // The same states as codes, for a refusal said in another language.
      values: { vocabulary: "ProvincialAccessState", from: "NOT_STARTED", to: "WITHDRAWN", allowed: "PLATFORM_LISTED,DUAL_CHANNEL,RESTRICTED" },
    });
  });
});
