// The answer shape of every form server action, shared with the client components that render it.
import type { AppErrorCode } from "@/lib/errors";

export type ActionState = {
  status: "idle" | "success" | "error";
  /** Success summary, or the error a person reads. */
  message?: string;
  /** AppError code of a refusal; "INVALID" for field errors. */
  code?: AppErrorCode | "INVALID" | "INTERNAL";
  fieldErrors?: Record<string, string[]>;
  /** The submitted form values (never passwords), for the form to show again. */
  values?: Record<string, string>;
  details?: unknown;
  /** Changes on every answer; forms use it as their `key` to remount with `values` as defaults. */
  submissionId?: string;
};

export const initialActionState: ActionState = { status: "idle" };
