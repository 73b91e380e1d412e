// Who may do what. VIEWER reads, ANALYST edits the record, ADMIN also manages users and API tokens.
// Pure (no I/O), so the role rule is one table that the guards, the UI and the tests share.
import type { Role } from "@/generated/prisma/enums";
import { appError } from "@/lib/i18n/app-error";

/** The signed-in person as the app sees them: never the password hash, never a disabled account. */
export type AuthUser = { id: number; email: string; name: string; role: Role };

/** The roles a guard can ask for; reading needs no role at all. */
export type RequiredRole = Exclude<Role, "VIEWER">;

const ROLE_RANK: { readonly [R in Role]: number } = { VIEWER: 0, ANALYST: 1, ADMIN: 2 };

/** True when the user holds `role` or a higher one (an ADMIN may do what an ANALYST may). */
export function hasRole(user: AuthUser | null | undefined, role: Role): boolean {
  return user ? ROLE_RANK[user.role] >= ROLE_RANK[role] : false;
}

/** Whether edit controls should render for this user. */
export function canEdit(user: AuthUser | null | undefined): boolean {
  return hasRole(user, "ANALYST");
}

/**
 * Refuses anonymous callers (UNAUTHORIZED, 401) and users below `role` (FORBIDDEN, 403); returns the user
 * otherwise so callers can write `const actor = requireRole(user, "ANALYST")`.
 */
export function requireRole(user: AuthUser | null | undefined, role: RequiredRole): AuthUser {
  if (!user) throw appError("UNAUTHORIZED", "signInRequired");
  if (!hasRole(user, role)) throw appError("FORBIDDEN", "roleForbidden", { role: user.role, needed: role });
  return user;
}
