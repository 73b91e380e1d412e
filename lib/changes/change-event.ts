// The description of one committed change, as the write step hands it to its listeners (the change feed,
// the webhook outbox). Plain data, JSON-safe but for the two Dates, so a listener can store it as it is.
// See lib/changes/README.md.
import type { AuditAction, DatePrecision } from "@/generated/prisma/enums";
import type { AuditChannel, AuditJson, EvidenceRecord } from "@/lib/audit/record";

/** What a change rests on: a URL a person can open, a record of this database (a capture), both, or neither. */
export type ChangeEvidence = { url: string | null; record: EvidenceRecord | null };

/** One audit row of the change: a field's before and after, or a whole-record snapshot (CREATE, DELETE). */
export type ChangeRow = {
  /** AuditEvent.id, as text (a bigint). */
  auditRowId: string;
  entityType: string;
  entityId: string;
  action: AuditAction;
  /** Null on a whole-record row, whose snapshot is `after` (CREATE) or `before` (DELETE). */
  field: string | null;
  before: AuditJson | null;
  after: AuditJson | null;
  /** The entity's version after the change, for versioned entities. */
  version: number | null;
};

export type ChangeEvent = {
  /** Groups the audit rows of the change (AuditEvent.changeId); unique per committed change. */
  changeId: string;
  /** When the change was recorded (the audit rows' `at`: the transaction's start on the database clock). */
  recordedAt: Date;
  /** The candidate whose data changed; null for changes outside candidate data (users, saved views). */
  candidateId: number | null;
  /** The record the change is about (a designation moved, a programme edited); `rows` may name others too. */
  subject: { entityType: string; entityId: string; version: number | null; action: AuditAction };
  channel: AuditChannel;
  actor: { id: number | null; label: string };
  reason: string;
  evidence: ChangeEvidence;
  /** When the change took effect in the world, at its precision; null where a change has none (users). */
  effective: { date: Date; precision: DatePrecision } | null;
  /** One line in words, as the form and the API answer it ("E123: Status: Under review → Approved."). */
  summary: string;
  rows: ChangeRow[];
};
