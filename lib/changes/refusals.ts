// A refused change names the rule that refused it. Domain checks (transition tables, date rules) and the
// write path's own checks all become Refusals, and one AppError (422) carries them to the form or API.
import { AppError } from "@/lib/errors";

/** `values`: the arguments of the rule's sentence in messages/<locale>/refusals.json, where it has any. */
export type Refusal = { rule: string; message: string; field?: string; values?: Record<string, string | number> };

/** "An application cannot go from … (rule TRANSITION_NOT_ALLOWED)". */
export function describeRefusal(refusal: Refusal): string {
  return `${refusal.message} (rule ${refusal.rule})`;
}

export function refusalError(refusals: readonly Refusal[]): AppError {
  const heading = refusals.length === 1 ? "" : `The change breaks ${refusals.length} rules:\n`;
  return new AppError("UNPROCESSABLE", heading + refusals.map(describeRefusal).join("\n"), { refusals });
}

export function throwIfRefused(refusals: readonly Refusal[]): void {
  if (refusals.length > 0) throw refusalError(refusals);
}
