import { describe, expect, it } from "vitest";
import { unenforcedWarning, type Refusal } from "@/lib/changes/refusals";
import { checkApplicationTransition } from "@/lib/domain/application-status";
import { checkDesignationTransition } from "@/lib/domain/designation-state";
import { checkReimbursementTransition } from "@/lib/domain/reimbursement-state";
import type { TransitionCheck } from "@/lib/domain/rule-result";
import { issueText, refusalLine, warningText, withIssueTexts } from "@/lib/i18n/refusal-messages";

describe("warnings shown after a save", () => {
  const warning = unenforcedWarning({ rule: "PUBLICITY_END_MISMATCH", message: "Publicity starting 2027-01-04 lasts 5 working days and ends 2027-01-08, not 2027-01-11." });

  it("keep the API's English text in English", () => {
    expect(warningText(warning, "en")).toBe(
      "Publicity starting 2027-01-04 lasts 5 working days and ends 2027-01-08, not 2027-01-11. (rule PUBLICITY_END_MISMATCH, not enforced: it rests on an unverified fact)",
    );
  });

  it("say the rule in Chinese, with its code", () => {
    expect(warningText(warning, "zh-CN")).toBe("公示结束日期与公示期不符。（规则 PUBLICITY_END_MISMATCH；其依据的事实尚未核实，故未强制执行）");
  });

  it("leave any other text as it is", () => {
    expect(warningText("Something else entirely.", "zh-CN")).toBe("Something else entirely.");
  });
});

describe("refused transitions say their states in the form's language", () => {
  const application = checkApplicationTransition({ from: "ACCEPTED", to: "CERTIFICATE_ISSUED", applicationType: "NDA" });
  const terminal = checkApplicationTransition({ from: "WITHDRAWN", to: "UNDER_REVIEW", applicationType: "NDA" });
  const designation = checkDesignationTransition({ type: "BREAKTHROUGH_THERAPY", from: "GRANTED", to: "REQUESTED" });
  const listing = checkReimbursementTransition({ from: "LISTED", to: "APPLIED" });
  const refusalOf = (check: TransitionCheck<string>): Refusal => {
    if (check.ok) throw new Error("expected a refusal");
    return { rule: check.rule, message: check.message, field: "to", values: check.values };
  };

  it.each([
    ["an application status", application, /^不能从「已受理」变更为「制证完毕－已发批件」。可选的下一状态：待审评、终止审评、企业撤回。（规则 TRANSITION_NOT_ALLOWED）$/],
    ["a final application status", terminal, /^「企业撤回」为终态：不能再变更。（规则 TERMINAL_STATUS）$/],
    ["a designation state", designation, /^不能从「已纳入」变更为「已申请」。可选的下一状态：.+。（规则 TRANSITION_NOT_ALLOWED）$/],
    ["a listing state", listing, /^不能从「纳入目录」变更为「已申报」。可选的下一状态：[^A-Z]+。（规则 TRANSITION_NOT_ALLOWED）$/],
  ] as const)("%s", (_what, check, expected) => {
    expect(refusalLine(refusalOf(check), "zh-CN")).toMatch(expected);
  });

  it("keeps the domain's own English sentence in English", () => {
    const refusal = refusalOf(application);
    expect(refusalLine(refusal, "en")).toBe(`${refusal.message} (rule TRANSITION_NOT_ALLOWED)`);
  });

  it("falls back to the rule's sentence when the refusal does not name its states", () => {
    expect(refusalLine({ rule: "TRANSITION_NOT_ALLOWED", message: "An application cannot go from A to B." }, "zh-CN")).toBe(
      "不能从当前状态变更到所选状态。（规则 TRANSITION_NOT_ALLOWED）",
    );
  });
});

describe("an import preview's row issues in the requester's language", () => {
  const transition = checkDesignationTransition({ type: "BREAKTHROUGH_THERAPY", from: "GRANTED", to: "REQUESTED" });
  if (transition.ok) throw new Error("expected a refusal");
  const refused = { rule: transition.rule, message: transition.message, values: transition.values };
  const invalid = { rule: "INVALID_VALUE", message: "State: unknown value." };
  const future = { rule: "SOME_FUTURE_RULE", message: "A rule this catalogue does not know yet." };

  it.each([
    ["a refused transition, in English", refused, "en", { text: transition.message }],
    ["a refused transition, in Chinese, naming its states", refused, "zh-CN", { text: expect.stringMatching(/^不能从「已纳入」变更为「已申请」。/) }],
    ["a rule with a sentence, in English", invalid, "en", { text: "State: unknown value." }],
    ["a rule with a sentence, in Chinese", invalid, "zh-CN", { text: "此行有无效的值。" }],
    ["a rule the catalogue lacks, in Chinese: its English, marked", future, "zh-CN", { text: "A rule this catalogue does not know yet.", lang: "en" }],
  ] as const)("%s", (_case, issue, locale, expected) => {
    expect(issueText(issue, locale)).toEqual(expected);
  });

  it("adds the text to every error and warning of every row, and keeps the rest of the row", () => {
    const rows = [
      { row: 2, errors: [invalid], warnings: [future] },
      { row: 3, errors: [] },
    ];
    expect(withIssueTexts(rows, "zh-CN")).toEqual([
      { row: 2, errors: [{ ...invalid, text: "此行有无效的值。" }], warnings: [{ ...future, text: future.message, lang: "en" }] },
      { row: 3, errors: [] },
    ]);
    expect(rows[0]!.errors[0]).toEqual(invalid);
  });
});
