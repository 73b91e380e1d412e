// How each provincial access state looks on a tile and in the legend. Colour is never the only cue: every
// tile also says its state in words and the border style differs (dashed for "not started").
import type { ProvincialAccessState } from "@/generated/prisma/enums";

export const STATE_TILE_CLASS: Record<ProvincialAccessState, string> = {
  NOT_STARTED: "border-dashed border-slate-300 bg-white text-slate-600",
  PLATFORM_LISTED: "border-emerald-500 bg-emerald-100 text-emerald-950",
  DUAL_CHANNEL: "border-emerald-800 bg-emerald-700 text-white",
  RESTRICTED: "border-amber-500 bg-amber-100 text-amber-950",
  WITHDRAWN: "border-rose-500 bg-rose-100 text-rose-950",
};

export const STATE_ORDER: readonly ProvincialAccessState[] = ["PLATFORM_LISTED", "DUAL_CHANNEL", "RESTRICTED", "WITHDRAWN", "NOT_STARTED"];
