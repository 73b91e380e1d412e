import type { DatePrecision } from "@/generated/prisma/enums";
import { formatPartialDate } from "@/lib/domain/partial-date";

/** A date drawn at its precision: a month-level fact reads "2024-06", never a made-up day. */
export function PartialDate({ date, precision }: { date: Date | null; precision: DatePrecision | null }) {
  if (!date) return <span className="text-slate-400">—</span>;
  const text = formatPartialDate(date, precision ?? "DAY");
  return (
    <time dateTime={text} title={precision && precision !== "DAY" ? `${precision.toLowerCase()} precision` : undefined}>
      {text}
    </time>
  );
}
