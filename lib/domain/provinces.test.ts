import { describe, expect, it } from "vitest";
import { findProvince, PROVINCES, PROVINCE_COUNT } from "@/lib/domain/provinces";

describe("provinces", () => {
  it("holds the 31 mainland provincial-level divisions with unique GB/T 2260 codes", () => {
    expect(PROVINCE_COUNT).toBe(31);
    expect(new Set(PROVINCES.map((province) => province.code)).size).toBe(31);
    for (const province of PROVINCES) expect(province.code).toMatch(/^[1-6]\d0000$/);
  });

  it("gives every province its own tile", () => {
    expect(new Set(PROVINCES.map((province) => `${province.col},${province.row}`)).size).toBe(31);
  });

  it.each([
    ["440000", "440000"],
    ["Guangdong", "440000"],
    ["guangdong", "440000"],
    ["广东省", "440000"],
    ["广东", "440000"],
    [" 内蒙古 ", "150000"],
    ["Hong Kong", undefined],
    ["440100", undefined],
  ])("finds %j", (name, code) => {
    expect(findProvince(name)?.code).toBe(code);
  });
});
