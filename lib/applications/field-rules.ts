// Rules on an application's own fields (not its status): a real 受理号 that fits the type, a review track
// that belongs to the type, dates in order. Pure, for the create and edit paths and their tests.
import type { ApplicationType, DatePrecision, DrugCategory, ReviewTrack } from "@/generated/prisma/enums";
import { compatibleApplicationTypes, parseAcceptanceNumber } from "@/lib/domain/acceptance-number";
import { formatPartialDate, isDefinitelyBefore } from "@/lib/domain/partial-date";
import { labelOf } from "@/lib/domain/vocabulary";
import type { Refusal } from "@/lib/changes/refusals";

/** Statutory tracks per application type (reference §1.1); RE_REGISTRATION and OTHER are not restricted. */
export const REVIEW_TRACKS_BY_TYPE: { readonly [T in ApplicationType]?: readonly ReviewTrack[] } = {
  IND: ["IND_60", "IND_FAST_30"],
  NDA: ["STANDARD_200", "PRIORITY_130", "PRIORITY_RARE_70"],
  GENERIC: ["STANDARD_200", "PRIORITY_130"],
  SUPPLEMENT: ["SUPPLEMENT_60", "SUPPLEMENT_80", "SUPPLEMENT_200"],
};

export type ApplicationFields = {
  acceptanceNumber: string;
  type: ApplicationType;
  reviewTrack: ReviewTrack | null;
  submittedDate: Date | null;
  submittedPrecision: DatePrecision | null;
  acceptanceDate: Date | null;
  acceptancePrecision: DatePrecision | null;
};

/** Checks the fields and returns the acceptance number in its stored (normalised) form. */
export function checkApplicationFields(
  fields: ApplicationFields,
  programCategory: DrugCategory,
): { refusals: Refusal[]; acceptanceNumber: string } {
  const refusals: Refusal[] = [];
  let acceptanceNumber = fields.acceptanceNumber;
  const parsed = parseAcceptanceNumber(fields.acceptanceNumber);
  if (!parsed.ok) {
    refusals.push({ rule: "ACCEPTANCE_NUMBER_INVALID", field: "acceptanceNumber", message: parsed.error });
  } else {
    acceptanceNumber = parsed.value.normalized;
    const compatible = compatibleApplicationTypes(parsed.value);
    if (!compatible.includes(fields.type)) {
      refusals.push({
        rule: "ACCEPTANCE_NUMBER_TYPE_MISMATCH",
        field: "type",
        message: `${acceptanceNumber} is not the number of a ${labelOf("ApplicationType", fields.type)}; it fits ${compatible.map((t) => labelOf("ApplicationType", t)).join(" or ")}.`,
      });
    }
    if (parsed.value.drugCategory && parsed.value.drugCategory !== programCategory) {
      refusals.push({
        rule: "ACCEPTANCE_NUMBER_CATEGORY_MISMATCH",
        field: "acceptanceNumber",
        message: `${acceptanceNumber} is a ${labelOf("DrugCategory", parsed.value.drugCategory)} number, but the programme is a ${labelOf("DrugCategory", programCategory)}.`,
      });
    }
  }
  const tracks = REVIEW_TRACKS_BY_TYPE[fields.type];
  if (fields.reviewTrack && tracks && !tracks.includes(fields.reviewTrack)) {
    refusals.push({
      rule: "REVIEW_TRACK_NOT_FOR_TYPE",
      field: "reviewTrack",
      message: `"${labelOf("ReviewTrack", fields.reviewTrack)}" is not a track of a ${labelOf("ApplicationType", fields.type)}; use ${tracks.map((t) => labelOf("ReviewTrack", t)).join(", ")}.`,
    });
  }
  if (fields.submittedDate && fields.acceptanceDate) {
    const submitted = { date: fields.submittedDate, precision: fields.submittedPrecision ?? "DAY" };
    const accepted = { date: fields.acceptanceDate, precision: fields.acceptancePrecision ?? "DAY" };
    if (isDefinitelyBefore(accepted, submitted)) {
      refusals.push({
        rule: "DATE_ORDER",
        field: "acceptanceDate",
        message: `Accepted ${formatPartialDate(accepted.date, accepted.precision)} is before submitted ${formatPartialDate(submitted.date, submitted.precision)}.`,
      });
    }
  }
  return { refusals, acceptanceNumber };
}
