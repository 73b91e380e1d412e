// The kinds of change a watcher filters by, read off the audit rows a change wrote (entity type and field).
// Pure, so the table is tested on its own.

export const CHANGE_KINDS = ["stage", "application", "designation", "reimbursement", "record"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

const KIND_OF_ENTITY: Record<string, ChangeKind> = {
  StageEvent: "stage",
  Application: "application",
  ApplicationStatusChange: "application",
  ClockStop: "application",
  Designation: "designation",
  ReimbursementListing: "reimbursement",
  // A province's access is part of the listing's story: watchers of reimbursement news want it.
  ProvincialAccess: "reimbursement",
};

/** The kind of one audit row: a programme's stage counts as a stage change, anything unlisted as "record". */
export function kindOfAuditRow(row: { entityType: string; field: string | null }): ChangeKind {
  if (row.entityType === "Program" && (row.field === "currentStage" || row.field === "stage")) return "stage";
  return KIND_OF_ENTITY[row.entityType] ?? "record";
}

/** The kinds of a change, in CHANGE_KINDS order, without repeats. */
export function kindsOfChange(rows: readonly { entityType: string; field: string | null }[]): ChangeKind[] {
  const kinds = new Set(rows.map(kindOfAuditRow));
  return CHANGE_KINDS.filter((kind) => kinds.has(kind));
}

/** Parses `kind=stage,designation` (unknown names are an error naming them). */
export function parseKinds(raw: string | null | undefined): { kinds: ChangeKind[]; unknown: string[] } {
  const names = (raw ?? "").split(",").map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(CHANGE_KINDS as readonly string[]).includes(name));
  return { kinds: CHANGE_KINDS.filter((kind) => names.includes(kind)), unknown };
}
