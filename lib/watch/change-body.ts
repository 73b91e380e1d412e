// One committed change as the watch features show and send it: the candidate, the kinds, who, when, why, on
// what evidence, and each field's before -> after. Built from the audit rows (lib/audit/queries.ts groups).
import "server-only";
import { describedEntity, type ChangeGroup, type EntityDescription } from "@/lib/audit/queries";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { kindsOfChange, type ChangeKind } from "@/lib/watch/kinds";

export type ChangeBody = {
  id: string;
  at: string;
  /** `name` is the English name; `nameZh` (where the reader's pages ask for it) lets them show the locale's first. */
  candidate: { id: number; name: string; nameZh?: string | null; url: string };
  kinds: ChangeKind[];
  actor: string;
  channel: string;
  reason: string;
  evidenceUrl: string | null;
  /** The record the change rests on, when it is one of ours (an applied capture of an official list). */
  evidenceRecord: { kind: string; id: string; url: string } | null;
  effectiveDate: string | null;
  fields: { entityType: string; entityId: string; entity: string; action: string; field: string | null; before: unknown; after: unknown }[];
};

/** The candidate a change concerns: the one given (the outbox knows it), else the first row's owner. */
export function candidateOfChange(group: ChangeGroup, descriptions: Map<string, EntityDescription>, known: number | null | undefined): { id: number; name: string } | null {
  const described = group.rows.map((row) => describedEntity(descriptions, row));
  const id = known ?? described.find((entity) => entity.candidateId !== null)?.candidateId ?? null;
  if (id === null) return null;
  return { id, name: described.find((entity) => entity.candidateId === id)?.candidateName ?? `#${id}` };
}

export function toChangeBody(
  group: ChangeGroup,
  candidate: { id: number; name: string; nameZh?: string | null },
  descriptions: Map<string, EntityDescription>,
  publicUrl: string,
): ChangeBody {
  return {
    id: group.changeId,
    at: group.at.toISOString(),
    candidate: { ...candidate, url: `${publicUrl}/candidates/${candidate.id}` },
    kinds: kindsOfChange(group.rows),
    actor: group.actorLabel,
    channel: group.channel,
    reason: group.reason,
    evidenceUrl: group.evidenceUrl,
    evidenceRecord: group.evidenceRecord ? { ...group.evidenceRecord, url: evidenceRecordUrl(group.evidenceRecord, publicUrl) } : null,
    effectiveDate: group.effectiveDate && group.effectivePrecision ? formatPartialDate(group.effectiveDate, group.effectivePrecision) : null,
    fields: group.rows.map((row) => ({
      entityType: row.entityType,
      entityId: row.entityId,
      entity: describedEntity(descriptions, row).label,
      action: row.action,
      field: row.field,
      before: row.before,
      after: row.after,
    })),
  };
}

function evidenceRecordUrl(record: { kind: string; id: string }, publicUrl: string): string {
  return record.kind === "capture" ? `${publicUrl}/captures/${encodeURIComponent(record.id)}` : publicUrl;
}

/** "status: UNDER_REVIEW → APPROVED" for each field row; whole-record rows say what happened to what. */
export function describeFieldChanges(body: Pick<ChangeBody, "fields">): string[] {
  return body.fields.map((field) => {
    if (field.field) return `${field.entity} · ${field.field}: ${display(field.before)} → ${display(field.after)}`;
    return `${field.entity}: ${field.action.toLowerCase()}`;
  });
}

function display(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}
