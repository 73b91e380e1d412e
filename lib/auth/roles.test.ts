import { describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { canEdit, hasRole, requireRole, type AuthUser, type RequiredRole } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";

const user = (role: Role): AuthUser => ({ id: 1, email: `${role}@x`, name: role, role });

describe("requireRole", () => {
  it.each([
    [null, "ANALYST", "UNAUTHORIZED"],
    [null, "ADMIN", "UNAUTHORIZED"],
    ["VIEWER", "ANALYST", "FORBIDDEN"],
    ["VIEWER", "ADMIN", "FORBIDDEN"],
    ["ANALYST", "ADMIN", "FORBIDDEN"],
    ["ANALYST", "ANALYST", null],
    ["ADMIN", "ANALYST", null],
    ["ADMIN", "ADMIN", null],
  ] as const)("%s asking for %s → %s", (role, required, refusal) => {
    const caller = role ? user(role) : null;
    if (refusal) {
      expect(() => requireRole(caller, required as RequiredRole)).toThrowError(AppError);
      try {
        requireRole(caller, required);
      } catch (error) {
        expect((error as AppError).code).toBe(refusal);
        expect((error as AppError).status).toBe(refusal === "UNAUTHORIZED" ? 401 : 403);
      }
    } else {
      expect(requireRole(caller, required)).toBe(caller);
    }
  });
});

describe("hasRole / canEdit", () => {
  it.each([
    ["VIEWER", false],
    ["ANALYST", true],
    ["ADMIN", true],
  ] as const)("%s can edit: %s", (role, expected) => {
    expect(canEdit(user(role))).toBe(expected);
    expect(hasRole(user(role), "VIEWER")).toBe(true);
  });

  it("nobody anonymous can edit", () => {
    expect(canEdit(null)).toBe(false);
    expect(hasRole(undefined, "VIEWER")).toBe(false);
  });
});
