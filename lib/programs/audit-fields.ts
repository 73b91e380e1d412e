// Which columns of programmes and stage events the audit trail records (bookkeeping columns are left out).
import type { DatePairs } from "@/lib/changes/audit-view";

export const PROGRAM_AUDIT_FIELDS = [
  "candidateId",
  "indicationEn",
  "indicationZh",
  "doseForm",
  "sponsorId",
  "drugCategory",
  "registrationClass",
  "origin",
  "currentStage",
  "notes",
  "sourceUrl",
  "sourceConfidence",
  "illustrative",
] as const;

export const STAGE_EVENT_AUDIT_FIELDS = ["programId", "stage", "eventDate", "note", "sourceUrl", "sourceConfidence", "illustrative"] as const;
export const STAGE_EVENT_DATE_PAIRS: DatePairs = [["eventDate", "eventPrecision"]];
