// The rules of one province's access change, as a pure plan over the record and its listing: the transition
// table (lib/domain/provincial-access-state.ts), a listing that is on its list, and an effective date that is
// neither in the future nor before the listing took effect. The effective date becomes the state's date.
import type { DatePrecision, ProvincialAccessState, ReimbursementState } from "@/generated/prisma/enums";
import { checkProvincialTransition, isListedProvincialState, PROVINCIAL_STATE_DATE_COLUMN } from "@/lib/domain/provincial-access-state";
import { ON_LIST_REIMBURSEMENT_STATES } from "@/lib/domain/reimbursement-state";
import { formatPartialDate, isDefinitelyBefore, type PartialDate } from "@/lib/domain/partial-date";
import { labelOf } from "@/lib/domain/vocabulary";
import { checkNotInFuture } from "@/lib/changes/effective-date";
import type { Refusal } from "@/lib/changes/refusals";

export const PROVINCIAL_DATE_COLUMNS = {
  stateDate: "statePrecision",
  listedDate: "listedPrecision",
  dualChannelDate: "dualChannelPrecision",
  withdrawnDate: "withdrawnPrecision",
} as const;

type DateColumn = keyof typeof PROVINCIAL_DATE_COLUMNS;
type DateColumns = { [K in DateColumn]: Date | null } & { [K in (typeof PROVINCIAL_DATE_COLUMNS)[DateColumn]]: DatePrecision | null };

/** The record as the rules see it; a province without a row is "not started" with no dates. */
export type ProvincialRecord = { state: ProvincialAccessState } & DateColumns;

/** The listing the province's access belongs to. */
export type ListingForAccess = { state: ReimbursementState; listYear: number; effectiveDate: Date | null; effectivePrecision: DatePrecision | null };

export type ProvincialChangeRequest = { to: ProvincialAccessState; effective: PartialDate; today: Date };

export const NOT_STARTED_RECORD: ProvincialRecord = {
  state: "NOT_STARTED",
  stateDate: null,
  statePrecision: null,
  listedDate: null,
  listedPrecision: null,
  dualChannelDate: null,
  dualChannelPrecision: null,
  withdrawnDate: null,
  withdrawnPrecision: null,
};

export function planProvincialChange(
  current: ProvincialRecord,
  listing: ListingForAccess,
  request: ProvincialChangeRequest,
): { refusals: Refusal[]; data: Partial<ProvincialRecord> } {
  const refusals: Refusal[] = [];
  const transition = checkProvincialTransition(current.state, request.to);
  if (!transition.ok) refusals.push({ rule: transition.rule, field: "to", message: transition.message, values: transition.values });
  // A province can only put on its platform what the national list holds; withdrawing stays possible.
  if (isListedProvincialState(request.to) && !ON_LIST_REIMBURSEMENT_STATES.includes(listing.state)) {
    refusals.push({
      rule: "LISTING_NOT_ON_LIST",
      field: "to",
      message: `The listing is "${labelOf("ReimbursementState", listing.state)}", not on its list: no province can give access to it yet.`,
    });
  }
  refusals.push(...checkNotInFuture(request.effective, request.today));
  if (listing.effectiveDate) {
    const start: PartialDate = { date: listing.effectiveDate, precision: listing.effectivePrecision ?? "DAY" };
    if (isDefinitelyBefore(request.effective, start)) {
      refusals.push({
        rule: "BEFORE_LISTING_EFFECTIVE",
        field: "effectiveDate",
        message: `The change cannot take effect on ${formatPartialDate(request.effective.date, request.effective.precision)}, before the listing took effect (${formatPartialDate(start.date, start.precision)}).`,
      });
    }
  }
  if (refusals.length > 0) return { refusals, data: {} };

  const data: Partial<ProvincialRecord> = { state: request.to, stateDate: request.effective.date, statePrecision: request.effective.precision };
  const own = PROVINCIAL_STATE_DATE_COLUMN[request.to];
  // The platform date is the first listing: moving between listed states keeps it.
  const keepsListedDate = own === "listedDate" && current.listedDate !== null && current.state !== "WITHDRAWN";
  if (own && !keepsListedDate) Object.assign(data, { [own]: request.effective.date, [PROVINCIAL_DATE_COLUMNS[own]]: request.effective.precision });
  // Reaching dual channel or restriction without a recorded platform listing: the province listed it then.
  if (isListedProvincialState(request.to) && current.listedDate === null && own !== "listedDate") {
    Object.assign(data, { listedDate: request.effective.date, listedPrecision: request.effective.precision });
  }
  return { refusals, data };
}
