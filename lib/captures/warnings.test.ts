// Capture warnings are kept as codes and said in the reader's language: English as captures always said them,
// Chinese in the zh-CN interface, and the English sentence of a capture stored before the codes as it is.
import { describe, expect, it } from "vitest";
import { captureWarningText, decodeCaptureWarning, encodeCaptureWarning, type CaptureWarning } from "@/lib/captures/warnings";

/** One of each code: a new code is a type error here until it has a sample (and so a test). */
const SAMPLES: { [Code in CaptureWarning["code"]]: Extract<CaptureWarning, { code: Code }> } = {
  repeatedHeaders: { code: "repeatedHeaders", count: 2 },
  truncated: { code: "truncated", footerTotal: 1280, rows: 20 },
  moreRowsThanStated: { code: "moreRowsThanStated", footerTotal: 1, rows: 2 },
};

describe("capture warnings", () => {
  it("say in English what captures always said", () => {
    expect(Object.values(SAMPLES).map((warning) => captureWarningText(warning, "en"))).toEqual([
      "Skipped 2 repeated header rows (one per page copied).",
      "The page says 共 1280 条 but 20 rows were captured: the capture is truncated (capture every page, or widen the page size).",
      "The page says 共 1 条 but 2 rows were captured: check the capture for rows from another list.",
    ]);
    expect(captureWarningText({ code: "repeatedHeaders", count: 1 }, "en")).toBe("Skipped 1 repeated header row (one per page copied).");
  });

  it.each(Object.values(SAMPLES))("say $code in Chinese in zh-CN", (warning) => {
    const text = captureWarningText(warning, "zh-CN");
    expect(text).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(text).not.toMatch(/[A-Za-z]/);
    for (const value of Object.values(warning).filter((part) => typeof part === "number")) expect(text).toContain(String(value));
  });

  it("round-trip through the stored text", () => {
    for (const warning of Object.values(SAMPLES)) expect(decodeCaptureWarning(encodeCaptureWarning(warning))).toEqual(warning);
  });

  it("show a sentence stored before the codes as it is, in every locale", () => {
    const stored = "Skipped 3 repeated header rows (one per page copied).";
    expect(decodeCaptureWarning(stored)).toBe(stored);
    expect(captureWarningText(decodeCaptureWarning(stored), "zh-CN")).toBe(stored);
    for (const odd of ["{not json", '{"code":"unknown"}', '{"code":"truncated","footerTotal":"many","rows":1}']) expect(decodeCaptureWarning(odd)).toBe(odd);
  });
});
