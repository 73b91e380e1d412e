import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { diffForAudit, snapshotForAudit, toAuditJson } from "@/lib/audit/record";

describe("toAuditJson", () => {
  it.each([
    ["a calendar day", new Date("2024-06-25T00:00:00.000Z"), "2024-06-25"],
    ["a timestamp", new Date("2024-06-25T08:30:00.000Z"), "2024-06-25T08:30:00.000Z"],
    ["a Decimal", new Prisma.Decimal("110.50"), "110.5"],
    ["a bigint", 12n, "12"],
    ["undefined", undefined, null],
    ["an array", ["a", new Date("2023-03-01T00:00:00.000Z")], ["a", "2023-03-01"]],
  ])("%s", (_, value, expected) => {
    expect(toAuditJson(value)).toEqual(expected);
  });

  it("drops undefined object fields and converts nested values", () => {
    expect(toAuditJson({ a: undefined, b: { when: new Date("2026-01-01T00:00:00.000Z") } })).toEqual({
      b: { when: "2026-01-01" },
    });
  });
});

describe("diffForAudit", () => {
  const before = {
    state: "REQUESTED",
    grantedDate: null as Date | null,
    paymentStandard: new Prisma.Decimal("110.00") as Prisma.Decimal | null,
    notes: "x",
  };

  it("returns only the listed fields that changed, in JSON-safe form", () => {
    const changes = diffForAudit(
      before,
      { state: "GRANTED", grantedDate: new Date("2025-07-28T00:00:00.000Z"), paymentStandard: new Prisma.Decimal("110"), notes: "y" },
      ["state", "grantedDate", "paymentStandard"],
    );
    expect(changes).toEqual([
      { field: "state", before: "REQUESTED", after: "GRANTED" },
      { field: "grantedDate", before: null, after: "2025-07-28" },
    ]);
  });

  it("ignores fields absent from the update", () => {
    expect(diffForAudit(before, { notes: "y" }, ["state", "notes"])).toEqual([{ field: "notes", before: "x", after: "y" }]);
  });

  it("records a field cleared to null", () => {
    expect(diffForAudit(before, { paymentStandard: null }, ["paymentStandard"])).toEqual([
      { field: "paymentStandard", before: "110", after: null },
    ]);
  });
});

describe("snapshotForAudit", () => {
  it("keeps only the named fields", () => {
    expect(snapshotForAudit({ id: 1, email: "a@example.com", passwordHash: "secret" }, ["id", "email"])).toEqual({
      id: 1,
      email: "a@example.com",
    });
  });
});
