// Any /api path that no route handles: a JSON 404 naming the path, for every method, so an integration
// gets the same error shape as from every other endpoint instead of Next's HTML page.
import { errorResponse } from "@/lib/http/errors";
import { appError } from "@/lib/i18n/app-error";

export const dynamic = "force-dynamic";

function notFound(request: Request): Response {
  const { pathname } = new URL(request.url);
  return errorResponse(appError("NOT_FOUND", "noSuchEndpoint", { method: request.method, path: pathname }), request);
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
