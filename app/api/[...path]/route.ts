// Any /api path that no route handles: a JSON 404 naming the path, for every method, so an integration
// gets the same error shape as from every other endpoint instead of Next's HTML page.
import { AppError, errorResponse } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

function notFound(request: Request): Response {
  const { pathname } = new URL(request.url);
  return errorResponse(new AppError("NOT_FOUND", `There is no API endpoint ${request.method} ${pathname}. The endpoints are listed in docs/api.md.`));
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
