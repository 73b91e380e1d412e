// One typed error for the app, mapped to an HTTP status in one place.
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

/** A JSON error response; unexpected errors become a 500 without internals. */
export function errorResponse(error: unknown): Response {
  error = databaseInputError(error) ?? error;
  if (error instanceof AppError) {
    return Response.json({ error: error.message, code: error.code, details: error.details }, { status: error.status });
  }
  console.error(error);
  return Response.json({ error: "Internal error", code: "INTERNAL" }, { status: 500 });
}

/**
 * PostgreSQL refusals of a value the request carried (SQLSTATE class 22, "data exception": a NUL byte in
 * text, a date out of range, a number out of range). Validation should catch them first; this is the net.
 */
export function databaseInputError(error: unknown): AppError | undefined {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? {})}` : "";
  if (/22021|invalid byte sequence|0x00/.test(text)) return new AppError("BAD_REQUEST", "The request contains a NUL character, which cannot be stored or searched.");
  if (/22008|date\/time field value out of range|date out of range/.test(text)) return new AppError("BAD_REQUEST", "A date in the request is out of range.");
  if (/22003|out of range for type/.test(text)) return new AppError("BAD_REQUEST", "A number in the request is out of range.");
  return undefined;
}
