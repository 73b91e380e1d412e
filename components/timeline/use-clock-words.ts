// The review clock's words (`timeline.clock`): all of the timeline catalogue that a page with clocks but no
// timeline (the dashboard) sends to the browser. Compiled once (useCompiled): one clock per dashboard row.
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { useCompiled } from "@/lib/i18n/use-compiled-translations";
import type { ClockWords } from "@/lib/timeline/describe";

export function useClockWords(): ClockWords {
  const t = useCompiled(useTranslations("timeline.clock"));
  const locale = useLocale();
  return useMemo(() => ({ t: (key, values) => t(key as never, values as never), locale, part: "clock" }), [t, locale]);
}
