// The timeline's words (lib/timeline/describe.ts) in the interface's language; for server and client
// components alike (no state, only the locale's messages). Sentences with values go through
// formatMessage (compiled once per process): the dashboard renders one review clock per row.
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { formatMessage } from "@/lib/i18n/compiled-messages";
import type { TimelineWords } from "@/lib/timeline/describe";

export function useTimelineWords(): TimelineWords {
  const t = useTranslations("timeline");
  const locale = useLocale();
  return useMemo(
    () => ({
      t: (key, values) => (values ? formatMessage(locale, t.raw(key as never) as string, values) : t(key as never)),
      locale,
    }),
    [t, locale],
  );
}
