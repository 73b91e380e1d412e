// A refused change names the rule that refused it. Domain checks (transition tables, date rules) and the
// write path's own checks all become Refusals, and one AppError (422) carries them to the form or API.
import { AppError } from "@/lib/errors";

/** `values`: the arguments of the rule's sentence in messages/<locale>/refusals.json, where it has any. */
export type Refusal = { rule: string; message: string; field?: string; values?: Record<string, string | number> };

/** "An application cannot go from … (rule TRANSITION_NOT_ALLOWED)". */
export function describeRefusal(refusal: Refusal): string {
  return `${refusal.message} (rule ${refusal.rule})`;
}

const UNENFORCED_SUFFIX = ", not enforced: it rests on an unverified fact)";

/**
 * A rule broken on an unverified fact: saved anyway, with this warning. Warnings travel as English text
 * (the API's `warnings`); ruleOfWarning reads the rule back so a form can say it in its own language.
 */
export function unenforcedWarning(refusal: Pick<Refusal, "rule" | "message">): string {
  return `${refusal.message} (rule ${refusal.rule}${UNENFORCED_SUFFIX}`;
}

/** The rule and message of a warning made by unenforcedWarning, or null for any other text. */
export function ruleOfWarning(warning: string): Pick<Refusal, "rule" | "message"> | null {
  if (!warning.endsWith(UNENFORCED_SUFFIX)) return null;
  const match = / \(rule ([A-Z0-9_]+)$/.exec(warning.slice(0, -UNENFORCED_SUFFIX.length));
  return match ? { rule: match[1]!, message: warning.slice(0, match.index) } : null;
}

export function refusalError(refusals: readonly Refusal[]): AppError {
  const heading = refusals.length === 1 ? "" : `The change breaks ${refusals.length} rules:\n`;
  return new AppError("UNPROCESSABLE", heading + refusals.map(describeRefusal).join("\n"), { refusals });
}

export function throwIfRefused(refusals: readonly Refusal[]): void {
  if (refusals.length > 0) throw refusalError(refusals);
}
