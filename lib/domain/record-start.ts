// A record's state cannot change before the record itself began: a reimbursement listing before its list's
// year or its application, a designation step before it was requested, an application status (past
// acceptance) before the application was accepted. Dates may be partial, so a change is refused only when
// every day it may stand for is before every day the start may stand for.
import type { ApplicationStatus, DatePrecision, DesignationState, ReimbursementState } from "@/generated/prisma/enums";
import { formatPartialDate, isDefinitelyBefore, type PartialDate } from "@/lib/domain/partial-date";
import { utcDay } from "@/lib/domain/calendar-day";
import type { Violation } from "@/lib/domain/rule-result";

export type RecordStartRule = "EFFECTIVE_BEFORE_RECORD_START";

/** One date the record cannot be changed before, with how the refusal names it. */
export type RecordStart = { what: string; date: PartialDate };

type StoredDate = { date: Date | null; precision: DatePrecision | null };

function startOf(what: string, { date, precision }: StoredDate): RecordStart[] {
  return date ? [{ what, date: { date, precision: precision ?? "DAY" } }] : [];
}

export function checkNotBeforeStart(
  effective: PartialDate,
  starts: readonly RecordStart[],
  field = "effectiveDate",
): Violation<RecordStartRule>[] {
  return starts
    .filter((start) => isDefinitelyBefore(effective, start.date))
    .map((start) => ({
      rule: "EFFECTIVE_BEFORE_RECORD_START",
      field,
      severity: "error",
      message: `The change cannot take effect on ${formatPartialDate(effective.date, effective.precision)}, before ${start.what} (${formatPartialDate(start.date.date, start.date.precision)}).`,
    }));
}

/** A listing belongs to its list's year (the 2025 NRDL) and, once applied for, to its application. */
export function reimbursementListingStarts(
  listing: { list: string; listYear: number; appliedDate: Date | null; appliedPrecision: DatePrecision | null },
  to: ReimbursementState,
): RecordStart[] {
  const year: RecordStart = { what: `the ${listing.listYear} list's year`, date: { date: utcDay(listing.listYear, 1, 1), precision: "YEAR" } };
  // Applying records the application date itself, so it is not checked against the one it replaces.
  return to === "APPLIED" ? [year] : [year, ...startOf("the listing's application", { date: listing.appliedDate, precision: listing.appliedPrecision })];
}

/** Every step of a designation after the request is bounded by the request date. */
export function designationStarts(
  designation: { requestedDate: Date | null; requestedPrecision: DatePrecision | null },
  to: DesignationState,
): RecordStart[] {
  if (to === "REQUESTED") return [];
  return startOf("the designation was requested", { date: designation.requestedDate, precision: designation.requestedPrecision });
}

/** Statuses an application can reach before it is accepted (and so before any acceptance date). */
const BEFORE_ACCEPTANCE: ReadonlySet<ApplicationStatus> = new Set(["SUBMITTED", "PENDING_ACCEPTANCE", "CORRECTION_REQUESTED", "NOT_ACCEPTED", "ACCEPTED"]);

export function applicationStarts(
  application: { acceptanceDate: Date | null; acceptancePrecision: DatePrecision | null },
  to: ApplicationStatus,
): RecordStart[] {
  if (BEFORE_ACCEPTANCE.has(to)) return [];
  return startOf("the application was accepted", { date: application.acceptanceDate, precision: application.acceptancePrecision });
}
