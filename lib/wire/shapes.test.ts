import { describe, expect, it } from "vitest";
import { fromShapedJson, toShapedJson } from "@/lib/wire/shapes";

const roundTrip = (value: unknown) => fromShapedJson(JSON.parse(JSON.stringify(toShapedJson(value))));

describe("shaped JSON", () => {
  it.each([
    ["a primitive", "text", "text"],
    ["null", null, null],
    ["an empty array", [], []],
    ["an empty object", {}, {}],
    ["nested arrays", [[1, [2]], []], [[1, [2]], []]],
    ["records of two shapes", [{ kind: "mark", date: "2024-01-02" }, { kind: "bar", start: "2024-01-01", end: "2024-02-01" }, { kind: "mark", date: "2025-03-04" }], null],
    ["a record holding arrays and records", { id: 1, items: [{ source: { url: null, illustrative: true } }], tags: ["a", "b"] }, null],
    ["undefined values, dropped as JSON drops them", { a: 1, b: undefined, c: [undefined] }, { a: 1, c: [null] }],
    ["keys in their own order", { z: 1, a: 2 }, null],
  ])("round-trips %s", (_name, value, expected) => {
    const result = roundTrip(value);
    expect(result).toStrictEqual(expected ?? value);
    if (expected === null && value && typeof value === "object") expect(JSON.stringify(result)).toBe(JSON.stringify(value));
  });

  it("writes each shape once however many records share it", () => {
    const records = Array.from({ length: 100 }, (_, index) => ({ kind: "mark", date: `2024-01-${String((index % 28) + 1).padStart(2, "0")}`, source: { url: null, confidence: "UNVERIFIED" } }));
    const shaped = toShapedJson(records);
    expect(shaped.shapes).toEqual([["kind", "date", "source"], ["url", "confidence"]]);
    expect(JSON.stringify(shaped).length).toBeLessThan(JSON.stringify(records).length * 0.6);
  });

  it("refuses a Date, which JSON would turn into a string the reader does not expect", () => {
    expect(() => toShapedJson({ at: new Date() })).toThrow(/Date is not JSON data/);
  });
});
