// Date rules of the expedited programmes. The publicity window lengths are configuration, because only the
// BTD length is sourced; a rule resting on an UNVERIFIED fact reports warnings, not errors.
import { DatePrecision, DesignationType } from "@/generated/prisma/enums";
import { toDayKey } from "@/lib/domain/calendar-day";
import { CalendarRangeError, getSeedCalendar, type WorkingCalendar } from "@/lib/domain/china-calendar";
import { isDefinitelyBefore, type PartialDate } from "@/lib/domain/partial-date";
import type { Violation } from "@/lib/domain/rule-result";
import { labelOf } from "@/lib/domain/vocabulary";

export type PublicityWindow = {
  /** Working days from the publicity start (not counted) to its end: end = start + N WD. */
  workingDays: number;
  verified: boolean;
  source: string;
};

/** Only programmes with a CDE 公示 have a window; the others never carry publicity dates. */
export const PUBLICITY_WINDOWS: { readonly [T in DesignationType]?: PublicityWindow } = {
  BREAKTHROUGH_THERAPY: {
    workingDays: 5,
    verified: true,
    source: "DRR Art. 60 and the 2020 BTD working procedure (reference §2.1, [S2][S17])",
  },
  PRIORITY_REVIEW: {
    workingDays: 5,
    verified: false,
    source:
      "UNVERIFIED for the 2020 procedure: 5 days per reference §2.3; 5 WD was the pre-2020 practice [S27]",
  },
};

export function publicityWindowFor(type: DesignationType): PublicityWindow | null {
  return PUBLICITY_WINDOWS[type] ?? null;
}

/** The last day of the 公示 that starts on `start`, on the China working-day calendar; null for types without one. */
export function expectedPublicityEnd(
  start: Date,
  type: DesignationType = DesignationType.BREAKTHROUGH_THERAPY,
  calendar: WorkingCalendar = getSeedCalendar(),
): Date | null {
  const window = publicityWindowFor(type);
  return window ? calendar.addWorkingDays(start, window.workingDays) : null;
}

/** Whether the window from `start` to its expected end rests on a provisional calendar year. */
export function isPublicityEndProvisional(start: Date, end: Date, calendar: WorkingCalendar = getSeedCalendar()): boolean {
  return calendar.sourceOfSpan(start, end) === "provisional";
}

export const DESIGNATION_DATE_FIELDS = [
  "requestedDate",
  "publicityStartDate",
  "publicityEndDate",
  "grantedDate",
  "terminatedDate",
] as const;

export type DesignationDateField = (typeof DESIGNATION_DATE_FIELDS)[number];

export type DesignationDateRule =
  | "DATE_ORDER"
  | "PUBLICITY_NOT_APPLICABLE"
  | "PUBLICITY_END_MISMATCH"
  | "PUBLICITY_END_UNCHECKED"
  | "GRANTED_BEFORE_PUBLICITY_END";

export type DesignationDatesInput = {
  type: DesignationType;
  /** The working-day calendar the publicity window is counted on; default: the seed calendar. */
  calendar?: WorkingCalendar;
  /** Precision of each date; a field not listed is day-precise. */
  precisions?: { readonly [F in DesignationDateField]?: DatePrecision | null };
} & { readonly [F in DesignationDateField]?: Date | null };

export type DesignationDateViolation = Violation<DesignationDateRule, DesignationDateField>;

/** Milestones that must not go backwards; the publicity end has its own rules below. */
const ORDERED_FIELDS = ["requestedDate", "publicityStartDate", "grantedDate", "terminatedDate"] as const;

/**
 * Checks a designation's dates: request, publicity start, inclusion and termination do not go backwards; the
 * publicity end is start + N working days; inclusion is not before the publicity ends. Month- or year-level
 * dates are only flagged when certainly out of order, and never checked against a working-day count.
 */
export function validateDesignationDates(input: DesignationDatesInput): DesignationDateViolation[] {
  const violations: DesignationDateViolation[] = [];
  const partial = (field: DesignationDateField): PartialDate | null => {
    const date = input[field];
    return date ? { date, precision: input.precisions?.[field] ?? DatePrecision.DAY } : null;
  };
  const isDayPrecise = (field: DesignationDateField) => partial(field)?.precision === DatePrecision.DAY;
  const checkOrder = (earlierField: DesignationDateField, laterField: DesignationDateField) => {
    const earlier = partial(earlierField);
    const later = partial(laterField);
    if (earlier && later && isDefinitelyBefore(later, earlier)) {
      violations.push({
        rule: "DATE_ORDER",
        field: laterField,
        message: `${laterField} (${toDayKey(later.date)}) is before ${earlierField} (${toDayKey(earlier.date)}).`,
        severity: "error",
      });
    }
  };

  const present = ORDERED_FIELDS.filter((field) => input[field]);
  present.forEach((field, index) => {
    const previous = present[index - 1];
    if (previous) checkOrder(previous, field);
  });
  if (!(isDayPrecise("publicityStartDate") && isDayPrecise("publicityEndDate"))) {
    checkOrder("publicityStartDate", "publicityEndDate");
  }

  const window = publicityWindowFor(input.type);
  if (!window) {
    for (const field of ["publicityStartDate", "publicityEndDate"] as const) {
      if (input[field]) {
        violations.push({
          rule: "PUBLICITY_NOT_APPLICABLE",
          field,
          message: `A ${labelOf("DesignationType", input.type)} designation has no CDE publicity period; clear ${field}.`,
          severity: "error",
        });
      }
    }
    return violations;
  }

  const calendar = input.calendar ?? getSeedCalendar();
  let severity: Violation<DesignationDateRule>["severity"] = window.verified ? "error" : "warning";
  const start = input.publicityStartDate;
  let publicityEnd = isDayPrecise("publicityEndDate") ? input.publicityEndDate ?? null : null;
  const publicityEndDerived = publicityEnd === null;
  if (start && isDayPrecise("publicityStartDate")) {
    try {
      const expected = calendar.addWorkingDays(start, window.workingDays);
      // A provisional calendar year is an estimate: it may warn, never refuse.
      const provisional = isPublicityEndProvisional(start, expected, calendar);
      if (provisional) severity = "warning";
      publicityEnd ??= expected;
      const end = input.publicityEndDate;
      if (end && isDayPrecise("publicityEndDate") && toDayKey(end) !== toDayKey(expected)) {
        violations.push({
          rule: "PUBLICITY_END_MISMATCH",
          field: "publicityEndDate",
          message:
            `Publicity starting ${toDayKey(start)} lasts ${window.workingDays} working days and ends ${toDayKey(expected)}, not ${toDayKey(end)}` +
            (provisional ? " (on the provisional calendar: no State Council holiday notice on file for that year)." : "."),
          severity,
        });
      }
    } catch (error) {
      if (!(error instanceof CalendarRangeError)) throw error;
      violations.push({
        rule: "PUBLICITY_END_UNCHECKED",
        field: "publicityEndDate",
        message: `The publicity end could not be checked: ${error.message}`,
        severity: "warning",
      });
    }
  }

  const granted = input.grantedDate;
  if (granted && isDayPrecise("grantedDate") && publicityEnd && granted.getTime() < publicityEnd.getTime()) {
    violations.push({
      rule: "GRANTED_BEFORE_PUBLICITY_END",
      field: "grantedDate",
      message: `Inclusion on ${toDayKey(granted)} is before the publicity period ends on ${toDayKey(publicityEnd)}.`,
      severity: publicityEndDerived ? severity : "error",
    });
  }
  return violations;
}
