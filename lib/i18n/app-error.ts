// AppErrors whose message comes from the `errors` catalogue, so the API and the forms can answer in the
// caller's language (lib/i18n/error-messages.ts). Prefer this to `new AppError(code, "literal")` for any
// message a person reads.
import { AppError, type AppErrorCode } from "@/lib/errors";
import { errorText, withMessageKey, type ErrorMessageKey, type MessageValues } from "@/lib/i18n/error-messages";

export function appError(code: AppErrorCode, key: ErrorMessageKey, values?: MessageValues, details?: unknown): AppError {
  return withMessageKey(new AppError(code, errorText(key, values), details), key, values);
}
