import { useLocale, useTranslations } from "next-intl";
import type { DatePrecision } from "@/generated/prisma/enums";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { formatPartialDateIn } from "@/lib/i18n/format";

/** A date drawn at its precision in the interface's language: "Jun 2024" / "2024年6月", never a made-up day. */
export function PartialDate({ date, precision }: { date: Date | null; precision: DatePrecision | null }) {
  const locale = useLocale();
  const t = useTranslations("ui");
  if (!date) return <span className="text-slate-400">—</span>;
  const exact = precision ?? "DAY";
  return (
    <time dateTime={formatPartialDate(date, exact)} title={exact !== "DAY" ? t("precisionTitle", { precision: exact }) : undefined}>
      {formatPartialDateIn(locale, date, exact)}
    </time>
  );
}
