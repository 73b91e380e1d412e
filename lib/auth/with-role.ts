// The one wrapper for mutating route handlers: authenticate (cookie or bearer token), check the role, run the
// handler, and turn any AppError (including the guard's 401/403) into the JSON error response.
import "server-only";
import { authenticateRequest } from "@/lib/auth/current-user";
import { requireRole, type AuthUser, type RequiredRole } from "@/lib/auth/roles";
import { appError } from "@/lib/i18n/app-error";
import { errorResponse } from "@/lib/http/errors";
import { toAppError } from "@/lib/http/prisma-errors";
import { noteRequestUser } from "@/lib/server/request-context";

export type RouteParams = Record<string, string | string[]>;

export type GuardedRouteHandler<P extends RouteParams> = (
  request: Request,
  context: { user: AuthUser; params: P },
) => Promise<Response>;

/**
 * `export const POST = withRole("ANALYST", async (request, { user, params }) => Response.json(...))`.
 * The role is checked before the body or the params are read, so an anonymous or under-privileged caller
 * learns nothing about the record.
 */
export function withRole<P extends RouteParams = Record<string, never>>(role: RequiredRole, handler: GuardedRouteHandler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const user = requireRole(await authenticateRequest(request), role);
      noteRequestUser(user.id);
      return await handler(request, { user, params: await context.params });
    } catch (error) {
      return errorResponse(toAppError(error), request);
    }
  };
}

/**
 * Like withRole, for what any signed-in user may do for themselves (watching, their feeds): anonymous → 401.
 */
export function withSignedIn<P extends RouteParams = Record<string, never>>(handler: GuardedRouteHandler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const user = await authenticateRequest(request);
      if (!user) throw appError("UNAUTHORIZED", "signInFirst");
      return await handler(request, { user, params: await context.params });
    } catch (error) {
      return errorResponse(toAppError(error), request);
    }
  };
}
