// AppError (lib/errors.ts) answered as an HTTP response, and the database failures that become one.
import { AppError } from "@/lib/errors";
import { appError } from "@/lib/i18n/app-error";
import { errorText, localeOfRequest, withMessageKey, type ErrorMessageKey } from "@/lib/i18n/error-messages";
import { appErrorText } from "@/lib/i18n/refusal-messages";
import { log } from "@/lib/server/log";
import { currentRequestId } from "@/lib/server/request-context";

/** Seconds a client should wait before retrying while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * A JSON error response carrying the request id (as logged); unexpected errors are logged once with their
 * stack and answered as a 500 without it. Given the request, `error` is in the caller's language
 * (lib/i18n/error-messages.ts); `code` is the same in every language.
 */
export function errorResponse(error: unknown, request?: Request): Response {
  error = databaseInputError(error) ?? databaseUnavailableError(error) ?? error;
  const requestId = currentRequestId();
  const locale = request ? localeOfRequest(request) : "en";
  const headers: Record<string, string> = { "Content-Language": locale };
  if (error instanceof AppError) {
    if (error.code === "UNAVAILABLE") {
      headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
      log().warn({ requestId, err: error.cause }, "database unavailable");
    }
    const body = { error: appErrorText(error, locale), code: error.code, details: error.details, requestId };
    return Response.json(body, { status: error.status, headers });
  }
  log().error({ requestId, err: error }, "unexpected error");
  return Response.json({ error: errorText("internal", undefined, locale), code: "INTERNAL", requestId }, { status: 500, headers });
}

/** Connection-level failures (refused, reset, server shutting down or starting, out of connections). */
const UNAVAILABLE_MARKERS =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|Connection terminated|connection timeout|DatabaseNotReachable|Can't reach database server|\bP1001\b|\bP1002\b|\bP1017\b|\b57P0[123]\b|\b53300\b|\b08(00[0136]|P01)\b|the database system is (starting up|shutting down)|terminating connection due to administrator command|too many clients/i;

/** The database is unreachable: a 503 with Retry-After, since the same request may well work shortly. */
export function databaseUnavailableError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return undefined;
  const texts: string[] = [];
  for (let current: unknown = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    if (current instanceof Error) texts.push(current.message, String((current as { code?: unknown }).code ?? ""));
    else if (typeof current === "object") texts.push(JSON.stringify(current));
    const meta = (current as { meta?: unknown }).meta;
    if (meta) texts.push(JSON.stringify(meta));
    if (error instanceof AggregateError) texts.push(...error.errors.map((inner: unknown) => String((inner as Error)?.message ?? inner)));
  }
  if (!UNAVAILABLE_MARKERS.test(texts.join(" "))) return undefined;
  const unavailable = appError("UNAVAILABLE", "databaseUnavailable");
  unavailable.cause = error;
  return unavailable;
}

const inputError = (key: ErrorMessageKey) => withMessageKey(new AppError("BAD_REQUEST", errorText(key)), key);

/**
 * PostgreSQL refusals of a value the request carried (SQLSTATE class 22, "data exception": a NUL byte in
 * text, a date out of range, a number out of range). Validation should catch them first; this is the net.
 */
export function databaseInputError(error: unknown): AppError | undefined {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? {})}` : "";
  if (/22021|invalid byte sequence|0x00/.test(text)) return inputError("nulCharacter");
  if (/22008|date\/time field value out of range|date out of range/.test(text)) return inputError("dateOutOfRange");
  if (/22003|out of range for type/.test(text)) return inputError("numberOutOfRange");
  return undefined;
}
