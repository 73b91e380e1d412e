// The app's one typed error. Domain, data and I/O code throw it; lib/http/errors.ts answers it as an HTTP
// response, with the status from lib/http/status.ts. It imports nothing that needs a server (logger,
// request context, messages), so any module may throw it.
import { HTTP_STATUS } from "@/lib/http/status";

export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNPROCESSABLE"
  | "UNAVAILABLE";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }

  /** The HTTP status this error is answered with (lib/http/status.ts). */
  get status(): number {
    return HTTP_STATUS[this.code];
  }
}
