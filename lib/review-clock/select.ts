// The Application fields (and clock stops) a review clock is computed from, as one Prisma select that every
// reader of clocks shares: the deadline refresh, the dashboard rows and the timelines.
import type { Prisma } from "@/generated/prisma/client";

/** The Application's own fields, for flat reads that load the clock stops separately. */
export const clockedApplicationFields = {
  id: true,
  acceptanceNumber: true,
  acceptanceDate: true,
  acceptancePrecision: true,
  reviewTrack: true,
  regulationVersion: true,
  status: true,
  statusDate: true,
  decisionDate: true,
} as const satisfies Prisma.ApplicationSelect;

export const clockedApplicationSelect = {
  ...clockedApplicationFields,
  clockStops: { select: { startDate: true, endDate: true } },
} as const satisfies Prisma.ApplicationSelect;
