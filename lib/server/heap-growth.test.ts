import { describe, expect, it } from "vitest";
import { DEFAULT_HEAP_GROWING_PERCENT, heapGrowingPercent } from "@/lib/server/heap-growth";

describe("heapGrowingPercent", () => {
  it.each([
    [undefined, DEFAULT_HEAP_GROWING_PERCENT],
    ["", DEFAULT_HEAP_GROWING_PERCENT],
    ["  ", DEFAULT_HEAP_GROWING_PERCENT],
    ["0", null],
    ["25", 25],
    ["100", 100],
    ["400", 400],
  ])("reads %j as %j", (value, expected) => {
    expect(heapGrowingPercent(value)).toBe(expected);
  });

  it.each(["-1", "401", "12.5", "lots", "1e2x"])("refuses %j, naming the variable", (value) => {
    expect(() => heapGrowingPercent(value)).toThrow(/HEAP_GROWING_PERCENT must be a whole number from 0 to 400/);
  });
});
