import { describe, expect, it } from "vitest";
import { unenforcedWarning } from "@/lib/changes/refusals";
import { warningText } from "@/lib/i18n/refusal-messages";

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
