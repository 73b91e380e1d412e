// Provincial access rows for a few real listings. No provincial notice (挂网 or 双通道 list) was captured in
// the domain reference, so every row here is ILLUSTRATIVE: it exercises the tile map, the coverage filter and
// the export, and says so (illustrative = true, confidence UNVERIFIED, a note, no source URL). Replace a row
// with a sourced one through the app (an analyst's change clears the flag) when a notice is found.
import type { ProvincialAccessState } from "@/generated/prisma/enums";

export type SeedProvincialRow = { province: string; state: ProvincialAccessState; listed: string; since?: string };

export const ILLUSTRATIVE_PROVINCIAL_NOTE = "Illustrative: no provincial notice was captured for this row; dates and state are invented to exercise the tool.";

/** Keyed by `${candidate slug} ${list} ${list year}`. Dates are YYYY-MM (month precision). */
export const seedProvincialAccess: Record<string, readonly SeedProvincialRow[]> = {
  "tirzepatide NRDL_NEGOTIATED 2025": [
    { province: "110000", state: "PLATFORM_LISTED", listed: "2026-01" },
    { province: "310000", state: "DUAL_CHANNEL", listed: "2026-01", since: "2026-02" },
    { province: "440000", state: "DUAL_CHANNEL", listed: "2026-01", since: "2026-03" },
    { province: "330000", state: "PLATFORM_LISTED", listed: "2026-02" },
    { province: "320000", state: "PLATFORM_LISTED", listed: "2026-02" },
    { province: "370000", state: "RESTRICTED", listed: "2026-02", since: "2026-04" },
    { province: "510000", state: "PLATFORM_LISTED", listed: "2026-03" },
    { province: "420000", state: "PLATFORM_LISTED", listed: "2026-03" },
  ],
  "peg-loxenatide NRDL_NEGOTIATED 2022": [
    { province: "320000", state: "DUAL_CHANNEL", listed: "2023-03", since: "2023-05" },
    { province: "310000", state: "PLATFORM_LISTED", listed: "2023-04" },
    { province: "440000", state: "PLATFORM_LISTED", listed: "2023-04" },
    { province: "650000", state: "WITHDRAWN", listed: "2023-06", since: "2024-06" },
  ],
};
