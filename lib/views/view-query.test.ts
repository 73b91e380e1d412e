import { describe, expect, it } from "vitest";
import { createSavedViewSchema, updateSavedViewSchema } from "@/lib/views/schemas";
import { normalizeViewQuery } from "@/lib/views/view-query";

describe("normalizeViewQuery", () => {
  it.each([
    ["", ""],
    ["?stage=APPROVED", "stage=APPROVED"],
    ["page=4&sort=name&perPage=50&stage=APPROVED", "stage=APPROVED"],
    ["class=GLP1_RA&designation=BREAKTHROUGH_THERAPY:GRANTED", "designation=BREAKTHROUGH_THERAPY%3AGRANTED&class=GLP1_RA"],
  ])("%j → %j", (query, expected) => expect(normalizeViewQuery(query)).toBe(expected));

  it.each([
    ["stage=NOPE", /stage: "NOPE" is not a programme stage/],
    ["perPage=7", /perPage: "7" is not an allowed page size/],
    ["hack=1", /hack: unknown parameter/],
  ])("refuses %s with a 400 naming the parameter", (query, message) => {
    expect(() => normalizeViewQuery(query)).toThrow(message);
    try {
      normalizeViewQuery(query);
    } catch (error) {
      expect(error).toMatchObject({ code: "BAD_REQUEST", status: 400 });
    }
  });
});

describe("saved view schemas", () => {
  it("trims names and refuses empty, long, control-character and unknown fields", () => {
    expect(createSavedViewSchema.parse({ name: "  Mine ", query: "" })).toEqual({ name: "Mine", query: "" });
    expect(createSavedViewSchema.safeParse({ name: " ", query: "" }).success).toBe(false);
    expect(createSavedViewSchema.safeParse({ name: "x".repeat(81), query: "" }).success).toBe(false);
    expect(createSavedViewSchema.safeParse({ name: "a\u0007b", query: "" }).success).toBe(false);
    expect(createSavedViewSchema.safeParse({ name: "a", query: "", ownerId: 1 }).success).toBe(false);
  });

  it("needs a version and something to change for an update", () => {
    expect(updateSavedViewSchema.safeParse({ name: "a" }).success).toBe(false);
    expect(updateSavedViewSchema.safeParse({ version: 1 }).success).toBe(false);
    expect(updateSavedViewSchema.safeParse({ version: 1.5, name: "a" }).success).toBe(false);
    expect(updateSavedViewSchema.parse({ version: 2, query: "stage=APPROVED" })).toEqual({ version: 2, query: "stage=APPROVED" });
  });
});
