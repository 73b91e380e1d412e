// Form validation and refusals in the form's language: English keeps the schemas' and rules' own messages
// (the API reads them too); Chinese reads the catalogue sentence of each issue's kind and each rule.
import { describe, expect, it } from "vitest";
import { changeSchema } from "@/lib/changes/change-meta";
import { nullableUrl, partialDate } from "@/lib/changes/inputs";
import { fieldErrorText } from "@/lib/i18n/field-errors";
import { refusalsOf, refusalText } from "@/lib/i18n/refusal-messages";
import { checkNotInFuture } from "@/lib/changes/effective-date";
import { dayFromKey } from "@/lib/domain/calendar-day";
import { z } from "zod";

const HAN = /\p{Script=Han}/u;

function messages(schema: z.ZodType, input: unknown, locale: "en" | "zh-CN"): Record<string, string[]> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (out[issue.path.join(".") || "_form"] ??= []).push(fieldErrorText(issue, locale));
  return out;
}

describe("field error messages", () => {
  const schema = changeSchema({ note: z.string().max(5, "Note must be at most 5 characters."), url: nullableUrl("Source URL") });

  it("English keeps the schema's own messages", () => {
    const en = messages(schema, { note: "too long", url: "ftp://x", reason: "", effectiveDate: "2024-13" }, "en");
    expect(en.note).toEqual(["Note must be at most 5 characters."]);
    expect(en.url).toEqual(["Source URL must be an http(s) address."]);
    expect(en.reason).toEqual(["Give a reason for the change."]);
  });

  it("Chinese says each issue in Chinese, with its numbers", () => {
    const zh = messages(schema, { note: "too long", url: "ftp://x", reason: "", effectiveDate: "2024-13" }, "zh-CN");
    expect(zh.note).toEqual(["最多 5 个字符。"]);
    expect(zh.url).toEqual(["必须是 http(s) 链接。"]);
    expect(zh.reason).toEqual(["请填写变更理由。"]);
    expect(zh.effectiveDate).toEqual(["不存在 13 月（01-12）。"]);
    for (const list of Object.values(zh)) for (const message of list) expect(message).toMatch(HAN);
    const noEvidence = messages(schema, { note: "ok", url: "", reason: "A reason", effectiveDate: "2024-06" }, "zh-CN");
    expect(noEvidence).toEqual({ evidenceUrl: ["请填写证据链接，或勾选“无证据”以不附来源记录此变更。"] });
  });

  it("an issue no pattern knows is told by its zod code", () => {
    expect(messages(z.object({ n: z.number() }), {}, "zh-CN")).toEqual({ n: ["此项必填。"] });
    expect(messages(z.object({ d: partialDate("Day") }), { d: "someday" }, "zh-CN").d).toEqual(["请按 YYYY、YYYY-MM 或 YYYY-MM-DD 填写日期。"]);
  });
});

describe("refusals", () => {
  const future = checkNotInFuture({ date: dayFromKey("2099-01-01"), precision: "DAY" }, dayFromKey("2025-05-06"));

  it("English keeps the rule's message and code", () => {
    expect(refusalText(future, "en")).toBe("2099-01-01 is in the future (today is 2025-05-06); record changes once they have happened. (rule DATE_IN_FUTURE)");
  });

  it("Chinese says the rule's sentence with its values, and keeps the code", () => {
    expect(refusalText(future, "zh-CN")).toBe("2099-01-01 在未来（今天是 2025-05-06）；请在变更发生后再记录。（字段：生效日期）（规则 DATE_IN_FUTURE）");
    const two = refusalText([...future, { rule: "NO_CHANGES", message: "Nothing to save." }], "zh-CN");
    expect(two.split("\n")[0]).toBe("此变更违反了 2 条规则：");
    expect(two).toContain("没有需要保存的内容：各字段与当前记录相同。（规则 NO_CHANGES）");
  });

  it("an unknown rule keeps its message; only refusal details are read as refusals", () => {
    expect(refusalText([{ rule: "SOMETHING_NEW", message: "Plain." }], "zh-CN")).toBe("Plain.（规则 SOMETHING_NEW）");
    expect(refusalsOf({ refusals: future })).toEqual(future);
    expect(refusalsOf({ expectedVersion: 1 })).toBeNull();
  });
});
