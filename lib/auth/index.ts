// The guard API (server only). Stable names other modules rely on:
//   getCurrentUser()            the cookie session's user in server components and server actions, or null
//   authenticateRequest(req)    the caller of a route handler (bearer token or cookie), or null
//   requireRole(user, role)     throws AppError UNAUTHORIZED (401) / FORBIDDEN (403), returns the user
//   withRole(role, handler)     route-handler wrapper: guard first, AppError -> JSON via errorResponse
//   actionWithRole(role, schema, handler)   server-action wrapper: guard, zod parse, ActionState answer
export { getCurrentUser, authenticateRequest } from "@/lib/auth/current-user";
export { requireRole, hasRole, canEdit, type AuthUser, type RequiredRole } from "@/lib/auth/roles";
export { withRole, withSignedIn, type GuardedRouteHandler } from "@/lib/auth/with-role";
export { actionSignedIn, actionWithRole, publicAction, type FormAction } from "@/lib/auth/guarded-action";
export { initialActionState, type ActionState } from "@/lib/auth/action-state";
