// Shared result shapes for rule checks: a refused transition or a violated rule names its rule code, so
// the UI and the API can show the message and tests can assert which rule fired.

export type TransitionCheck<Rule extends string> = { ok: true } | { ok: false; rule: Rule; message: string };

export type Violation<Rule extends string, Field extends string = string> = {
  rule: Rule;
  field: Field;
  message: string;
  /** "warning" when the rule rests on an UNVERIFIED fact and should not block a save. */
  severity: "error" | "warning";
};
