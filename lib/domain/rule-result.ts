// Shared result shapes for rule checks: a refused transition or a violated rule names its rule code, so
// the UI and the API can show the message and tests can assert which rule fired.

/**
 * The states a refused transition names, as codes of one vocabulary (allowed: the permitted next states,
 * comma-separated), so a refusal can be said in any language (lib/i18n/refusal-messages.ts).
 */
export type TransitionValues = { vocabulary: string; from: string; to: string; allowed: string };

export type TransitionCheck<Rule extends string> = { ok: true } | { ok: false; rule: Rule; message: string; values?: TransitionValues };

export type Violation<Rule extends string, Field extends string = string> = {
  rule: Rule;
  field: Field;
  message: string;
  /** "warning" when the rule rests on an UNVERIFIED fact and should not block a save. */
  severity: "error" | "warning";
};
