import { describe, expect, it } from "vitest";
import { recordId } from "@/lib/changes/inputs";

describe("recordId", () => {
  it.each([
    [5, 5],
    ["5", 5],
    [" 12 ", 12],
    [true, "error"],
    [[5], "error"],
    ["", "error"],
    [undefined, "error"],
    ["abc", "error"],
    [0, "error"],
    ["2.5", "error"],
    [2_147_483_648, "error"],
  ] as const)("%j", (input, expected) => {
    const result = recordId("Programme").safeParse(input);
    if (expected === "error") expect(result.success ? result.data : result.error.issues[0]?.message).toBe("Programme must be a record id");
    else expect(result.success ? result.data : result.error.issues[0]?.message).toBe(expected);
  });
});
