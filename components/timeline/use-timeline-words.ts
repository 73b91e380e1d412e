// The timeline's words (lib/timeline/describe.ts) in the interface's language; for server and client
// components alike (no state, only the locale's messages). Sentences with values are compiled once
// (useCompiled): the dashboard renders one review clock per row.
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { useCompiled } from "@/lib/i18n/use-compiled-translations";
import type { TimelineWords } from "@/lib/timeline/describe";

export function useTimelineWords(): TimelineWords {
  const t = useCompiled(useTranslations("timeline"));
  const locale = useLocale();
  return useMemo(() => ({ t: (key, values) => t(key as never, values as never), locale }), [t, locale]);
}
