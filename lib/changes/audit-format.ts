// How audit values read to a person: enum codes become their labels, empty values a dash, field names
// words. Used by History, /activity and the conflict message, so all three say the same thing.
import type { AuditJson } from "@/lib/audit/record";
import { labelOf, type VocabularyName } from "@/lib/domain/vocabulary";

const FIELD_VOCABULARY: Record<string, VocabularyName> = {
  type: "ApplicationType",
  status: "ApplicationStatus",
  fromStatus: "ApplicationStatus",
  toStatus: "ApplicationStatus",
  reviewTrack: "ReviewTrack",
  decision: "ApplicationDecision",
  inspectionStatus: "ParallelCheckStatus",
  testingStatus: "ParallelCheckStatus",
  list: "ReimbursementList",
  route: "ReimbursementRoute",
  modality: "Modality",
  mechanismClass: "MechanismClass",
  leadStage: "ProgramStage",
  currentStage: "ProgramStage",
  stage: "ProgramStage",
  drugCategory: "DrugCategory",
  registrationClass: "RegistrationClass",
  origin: "Origin",
  sourceConfidence: "SourceConfidence",
  role: "Role",
};

const ENTITY_FIELD_VOCABULARY: Record<string, Record<string, VocabularyName>> = {
  Designation: { type: "DesignationType", state: "DesignationState" },
  ReimbursementListing: { state: "ReimbursementState" },
};

const FIELD_LABELS: Record<string, string> = {
  nameEn: "English name",
  nameZh: "Chinese name",
  inn: "INN",
  brandNamesEn: "Brands (English)",
  brandNamesZh: "Brands (Chinese)",
  indicationEn: "Indication (English)",
  indicationZh: "Indication (Chinese)",
  acceptanceNumber: "Acceptance number (受理号)",
  acceptanceDate: "Acceptance date (承办日期)",
  originatorId: "Originator",
  chinaRightsHolderId: "China rights holder",
  sponsorId: "Sponsor",
  applicantId: "Applicant",
  sourceUrl: "Source",
  cdeRecordId: "CDE record id",
  disabledAt: "Disabled",
};

/** "statusDate" → "Status date"; known fields get their own label. */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Entity type names as people say them. */
export function entityLabel(entityType: string): string {
  const labels: Record<string, string> = {
    ReimbursementListing: "Reimbursement listing",
    ApplicationStatusChange: "Status change",
    StageEvent: "Stage event",
    ApiToken: "API token",
  };
  return labels[entityType] ?? entityType;
}

export function formatAuditValue(entityType: string, field: string | null, value: AuditJson | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.map((item) => formatAuditValue(entityType, field, item)).join(", ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "object") return JSON.stringify(value);
  const vocabulary = field ? (ENTITY_FIELD_VOCABULARY[entityType]?.[field] ?? FIELD_VOCABULARY[field]) : undefined;
  return vocabulary ? labelOf(vocabulary, String(value)) : String(value);
}

/** "Status: Under review → Implied approval". */
export function describeFieldChange(entityType: string, field: string, before: AuditJson | undefined, after: AuditJson | undefined): string {
  return `${fieldLabel(field)}: ${formatAuditValue(entityType, field, before)} → ${formatAuditValue(entityType, field, after)}`;
}
