import { describe, expect, it } from "vitest";
import { ApplicationStatus, ApplicationType } from "@/generated/prisma/enums";
import {
  allowedNextApplicationStatuses,
  canTransitionApplication,
  checkApplicationTransition,
  CLOCK_STOPPED_APPLICATION_STATUSES,
  isTerminalApplicationStatus,
  stopsReviewClock,
  TERMINAL_APPLICATION_STATUSES,
} from "@/lib/domain/application-status";

// Reference §6.2, written out pair by pair so the table in the module is checked against an independent copy.
const ALLOWED = new Set([
  "SUBMITTED>PENDING_ACCEPTANCE",
  "SUBMITTED>WITHDRAWN",
  "PENDING_ACCEPTANCE>ACCEPTED",
  "PENDING_ACCEPTANCE>CORRECTION_REQUESTED",
  "PENDING_ACCEPTANCE>NOT_ACCEPTED",
  "PENDING_ACCEPTANCE>WITHDRAWN",
  "CORRECTION_REQUESTED>ACCEPTED",
  "CORRECTION_REQUESTED>ABANDONED",
  "CORRECTION_REQUESTED>WITHDRAWN",
  "ACCEPTED>QUEUED_FOR_REVIEW",
  "ACCEPTED>TERMINATED",
  "ACCEPTED>WITHDRAWN",
  "QUEUED_FOR_REVIEW>UNDER_REVIEW",
  "QUEUED_FOR_REVIEW>WITHDRAWN",
  "UNDER_REVIEW>SUPPLEMENT_REQUESTED",
  "UNDER_REVIEW>IMPLIED_APPROVAL",
  "UNDER_REVIEW>UNDER_ADMIN_APPROVAL",
  "UNDER_REVIEW>NOT_APPROVED",
  "UNDER_REVIEW>WITHDRAWN",
  "SUPPLEMENT_REQUESTED>UNDER_REVIEW",
  "SUPPLEMENT_REQUESTED>NOT_APPROVED",
  "SUPPLEMENT_REQUESTED>WITHDRAWN",
  "UNDER_ADMIN_APPROVAL>APPROVED_PENDING_CERTIFICATE",
  "UNDER_ADMIN_APPROVAL>NOT_APPROVED",
  "UNDER_ADMIN_APPROVAL>WITHDRAWN",
  "APPROVED_PENDING_CERTIFICATE>CERTIFICATE_ISSUED",
  "NOT_APPROVED>OBJECTION_FILED",
  "OBJECTION_FILED>OBJECTION_UPHELD",
  "OBJECTION_FILED>UNDER_REVIEW",
]);

const STATUSES = Object.values(ApplicationStatus);
const PAIRS = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to, ALLOWED.has(`${from}>${to}`)] as const));

describe("application transition table", () => {
  it("covers every status pair", () => {
    expect(PAIRS).toHaveLength(18 * 18);
  });

  it.each(PAIRS)("%s -> %s allowed: %s", (from, to, allowed) => {
    expect(canTransitionApplication(from, to)).toBe(allowed);
  });

  it("lists the same next statuses as the pairs", () => {
    for (const from of STATUSES) {
      const expected = STATUSES.filter((to) => ALLOWED.has(`${from}>${to}`));
      expect([...allowedNextApplicationStatuses(from)].sort()).toEqual(expected.sort());
    }
  });

  it("has exactly the terminal statuses with no way out", () => {
    expect([...TERMINAL_APPLICATION_STATUSES].sort()).toEqual(
      ["IMPLIED_APPROVAL", "CERTIFICATE_ISSUED", "OBJECTION_UPHELD", "WITHDRAWN", "TERMINATED", "ABANDONED", "NOT_ACCEPTED"].sort(),
    );
    expect(isTerminalApplicationStatus("NOT_APPROVED")).toBe(false);
  });

  it.each(STATUSES.map((status) => [status, status === "SUPPLEMENT_REQUESTED"] as const))(
    "%s stops the review clock: %s",
    (status, stops) => {
      expect(stopsReviewClock(status)).toBe(stops);
    },
  );

  it("stops the clock only for 发补", () => {
    expect(CLOCK_STOPPED_APPLICATION_STATUSES).toEqual(["SUPPLEMENT_REQUESTED"]);
  });
});

describe("checkApplicationTransition", () => {
  it.each([
    ["UNDER_REVIEW", "IMPLIED_APPROVAL", "IND", null],
    ["UNDER_REVIEW", "IMPLIED_APPROVAL", "NDA", "IMPLIED_APPROVAL_IND_ONLY"],
    ["UNDER_REVIEW", "IMPLIED_APPROVAL", "SUPPLEMENT", "IMPLIED_APPROVAL_IND_ONLY"],
    ["UNDER_REVIEW", "IMPLIED_APPROVAL", "GENERIC", "IMPLIED_APPROVAL_IND_ONLY"],
    ["UNDER_REVIEW", "UNDER_ADMIN_APPROVAL", "NDA", null],
    ["UNDER_REVIEW", "UNDER_ADMIN_APPROVAL", "IND", null],
    ["SUBMITTED", "UNDER_REVIEW", "NDA", "TRANSITION_NOT_ALLOWED"],
    ["UNDER_REVIEW", "UNDER_REVIEW", "NDA", "TRANSITION_NOT_ALLOWED"],
    ["NOT_APPROVED", "WITHDRAWN", "NDA", "TRANSITION_NOT_ALLOWED"],
    ["CERTIFICATE_ISSUED", "UNDER_REVIEW", "NDA", "TERMINAL_STATUS"],
    ["IMPLIED_APPROVAL", "WITHDRAWN", "IND", "TERMINAL_STATUS"],
    ["OBJECTION_FILED", "UNDER_REVIEW", "NDA", null],
  ] as const)("%s -> %s for %s: %s", (from, to, applicationType, rule) => {
    const result = checkApplicationTransition({ from, to, applicationType });
    if (rule === null) expect(result).toEqual({ ok: true });
    else expect(result).toMatchObject({ ok: false, rule });
  });

  it("explains a refusal with labels and the allowed next steps", () => {
    const result = checkApplicationTransition({ from: "SUBMITTED", to: "UNDER_REVIEW", applicationType: ApplicationType.NDA });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe('An application cannot go from "Submitted" to "Under review". Allowed next: Pending acceptance, Withdrawn.');
  });

  it("agrees with the table for every pair when the type is IND", () => {
    for (const [from, to, allowed] of PAIRS) {
      expect(checkApplicationTransition({ from, to, applicationType: "IND" }).ok).toBe(allowed);
    }
  });
});
