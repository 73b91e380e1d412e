// Regression table for inputs that once reached PostgreSQL and came back as 500s (found by fuzzing every
// route): each must now be refused up front with a message, or mapped to a 400 if it gets through.
import { describe, expect, it, vi } from "vitest";

// lib/auth/sign-in imports the app's Prisma client, which needs a URL to be built (it never connects here).
vi.hoisted(() => {
  process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";
});
import { safeRedirectPath } from "@/lib/auth/sign-in";
import { parseDayKey } from "@/lib/domain/calendar-day";
import { parsePartialDate } from "@/lib/domain/partial-date";
import { AppError, databaseInputError, errorResponse } from "@/lib/http/errors";
import { parseCandidateSearchParams } from "@/lib/search-params";
import { expectedVersionField, nullableText, recordId, requiredText } from "@/lib/changes/inputs";

describe("search parameters refuse what PostgreSQL cannot take", () => {
  it.each([
    ["q=%00", "q"],
    ["indication=a%00b", "indication"],
    ["grantedFrom=0000-01-01", "grantedFrom"],
    ["ndaTo=1899-12-31", "ndaTo"],
  ])("%s", (query, param) => {
    const { errors } = parseCandidateSearchParams(new URLSearchParams(query));
    expect(errors.map((error) => error.param)).toEqual([param]);
  });
});

describe("edit inputs", () => {
  it.each([
    [recordId("Programme"), 2_147_483_648, false],
    [recordId("Programme"), 2_147_483_647, true],
    [expectedVersionField, 9_007_199_254_740_991, false],
    [requiredText("Reason", 100), "a\u0000b", false],
    [nullableText("Notes", 100), "a\u0000b", false],
    [nullableText("Notes", 100), "plain", true],
  ])("%#", (schema, value, valid) => {
    expect(schema.safeParse(value).success).toBe(valid);
  });

  it.each(["0000", "0000-01", "0999-05-05"])("refuses the partial date %s", (text) => {
    expect(parsePartialDate(text).ok).toBe(false);
  });

  it("refuses year-0 day keys", () => {
    expect(parseDayKey("0000-01-01")).toBeNull();
    expect(parseDayKey("2024-02-29")).not.toBeNull();
  });
});

describe("sign-in redirect target", () => {
  it.each([
    ["/candidates/3?tab=history", "/candidates/3?tab=history"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["/\t/evil.example", "/"],
    ["/\n/x", "/"],
    ["https://evil.example/", "/"],
    ["", "/"],
  ])("%j → %j", (next, expected) => {
    expect(safeRedirectPath(next)).toBe(expected);
  });
});

describe("database data exceptions become 400s, not 500s", () => {
  it.each([
    ['invalid byte sequence for encoding "UTF8": 0x00', /NUL/],
    ["date/time field value out of range: 0000-01-01", /date/],
    ['value "2147483648" is out of range for type integer', /number/],
  ])("%s", async (message, expected) => {
    const mapped = databaseInputError(new Error(message));
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped?.message).toMatch(expected);
    const response = errorResponse(new Error(message));
    expect(response.status).toBe(400);
  });

  it("leaves other failures as 500", () => {
    expect(databaseInputError(new Error("connection reset"))).toBeUndefined();
  });
});
