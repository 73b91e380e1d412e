import { describe, expect, it } from "vitest";
import { compareNames, primaryName, secondaryName } from "@/lib/i18n/names";

const names = [
  { nameEn: "Tirzepatide", nameZh: "替尔泊肽" },
  { nameEn: "Semaglutide", nameZh: "司美格鲁肽" },
  { nameEn: "Beinaglutide", nameZh: "贝那鲁肽" },
  { nameEn: "Mazdutide", nameZh: "玛仕度肽" },
  { nameEn: "Ecnoglutide", nameZh: "依苏帕格鲁肽" },
  { nameEn: "GEP44", nameZh: null },
];

describe("names in the interface's language", () => {
  it("puts the active locale's name first and the other beside it", () => {
    expect(primaryName(names[0]!, "zh-CN")).toBe("替尔泊肽");
    expect(secondaryName(names[0]!, "zh-CN")).toBe("Tirzepatide");
    expect(primaryName(names[0]!, "en")).toBe("Tirzepatide");
    expect(secondaryName(names[0]!, "en")).toBe("替尔泊肽");
    expect(primaryName(names[5]!, "zh-CN")).toBe("GEP44");
    expect(secondaryName(names[5]!, "zh-CN")).toBeUndefined();
  });

  it("sorts Chinese names by pinyin in zh-CN (bei, ma, si, ti, yi; Latin names after) and English names alphabetically in en", () => {
    expect([...names].sort(compareNames("zh-CN")).map((name) => primaryName(name, "zh-CN"))).toEqual([
      "贝那鲁肽",
      "玛仕度肽",
      "司美格鲁肽",
      "替尔泊肽",
      "依苏帕格鲁肽",
      "GEP44",
    ]);
    expect([...names].sort(compareNames("en")).map((name) => name.nameEn)).toEqual([
      "Beinaglutide",
      "Ecnoglutide",
      "GEP44",
      "Mazdutide",
      "Semaglutide",
      "Tirzepatide",
    ]);
  });
});
