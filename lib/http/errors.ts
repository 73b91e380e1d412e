// One typed error for the app, mapped to an HTTP status in one place.
import { errorText, localeOfRequest, localizedMessage, withMessageKey, type ErrorMessageKey } from "@/lib/i18n/error-messages";

export type AppErrorCode = "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "UNPROCESSABLE";

const statusOf: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return statusOf[this.code];
  }
}

/**
 * A JSON error response; unexpected errors become a 500 without internals. Given the request, `error` is in
 * the caller's language (lib/i18n/error-messages.ts); `code` is the same in every language.
 */
export function errorResponse(error: unknown, request?: Request): Response {
  error = databaseInputError(error) ?? error;
  const locale = request ? localeOfRequest(request) : "en";
  const headers = { "Content-Language": locale };
  if (error instanceof AppError) {
    const body = { error: localizedMessage(error, locale), code: error.code, details: error.details };
    return Response.json(body, { status: error.status, headers });
  }
  console.error(error);
  return Response.json({ error: errorText("internal", undefined, locale), code: "INTERNAL" }, { status: 500, headers });
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
