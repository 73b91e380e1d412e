"use client";
// The admin form for one year's notice: one line per break ("FESTIVAL: days off | make-up days"), sent as
// JSON to POST /api/calendar/years, which validates it and answers field by field.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";

export type HolidayYearFormValues = {
  year: number;
  noticeTitle: string;
  documentNumber: string;
  issuedOn: string;
  periods: { festival: string; daysOff: readonly string[]; makeupWorkdays: readonly string[] }[];
  /** Set when the year is on file: the form corrects it at this version. */
  version: number | null;
};

/** "2027-02-05..2027-02-08, 2027-02-10" → every day listed, ranges expanded. */
function expandDays(text: string): string[] {
  const days: string[] = [];
  for (const part of text.split(/[,\s]+/).filter(Boolean)) {
    const [from, to] = part.split("..");
    if (!to) {
      days.push(part);
      continue;
    }
    const start = Date.parse(`${from}T00:00:00Z`);
    const end = Date.parse(`${to}T00:00:00Z`);
    if (Number.isNaN(start) || Number.isNaN(end) || end < start || end - start > 40 * 86_400_000) {
      days.push(part);
      continue;
    }
    for (let at = start; at <= end; at += 86_400_000) days.push(new Date(at).toISOString().slice(0, 10));
  }
  return days;
}

function periodLines(periods: HolidayYearFormValues["periods"]): string {
  return periods.map((period) => `${period.festival}: ${period.daysOff.join(", ")} | ${period.makeupWorkdays.join(", ")}`).join("\n");
}

function parseLines(text: string) {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [festival = "", rest = ""] = line.split(/:(.*)/s);
      const [off = "", makeup = ""] = rest.split("|");
      return { festival: festival.trim(), daysOff: expandDays(off), makeupWorkdays: expandDays(makeup) };
    });
}

export function HolidayYearForm({ initial }: { initial: HolidayYearFormValues }) {
  const router = useRouter();
  const t = useTranslations("calendar");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? "").trim();
    const evidenceUrl = value("evidenceUrl");
    const body = {
      year: Number(value("year")),
      noticeTitle: value("noticeTitle"),
      documentNumber: value("documentNumber"),
      issuedOn: value("issuedOn"),
      periods: parseLines(value("periods")),
      reason: value("reason"),
      ...(evidenceUrl ? { evidenceUrl } : { noEvidence: true }),
      ...(initial.version !== null && Number(value("year")) === initial.year ? { expectedVersion: initial.version } : {}),
    };
    setPending(true);
    try {
      const response = await fetch("/api/calendar/years", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      const answer = await response.json();
      if (response.ok) {
        setMessage({ ok: true, text: t("saved", { year: String(answer.year.year), changed: answer.recomputed.applications }) });
        router.refresh();
      } else {
        setMessage({ ok: false, text: answer.error ?? t("httpError", { status: response.status }) });
      }
    } finally {
      setPending(false);
    }
  }

  const field = "mt-1 block w-full rounded border border-slate-300 px-2 py-1 text-sm";
  return (
    <form id="year-form" onSubmit={onSubmit} className="max-w-3xl space-y-3 rounded border border-slate-200 bg-white p-4" data-testid="holiday-year-form">
      <h2 className="text-lg font-semibold">{t("formHeading")}</h2>
      <p className="text-sm text-slate-600">{t("formHelp")}</p>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <label className="text-sm">
          {t("fieldYear")}
          <input name="year" type="number" defaultValue={initial.year} className={field} required />
        </label>
        <label className="col-span-2 text-sm">
          {t("fieldTitle")}
          <input name="noticeTitle" defaultValue={initial.noticeTitle} className={field} required />
        </label>
        <label className="text-sm">
          {t("fieldIssued")}
          <input name="issuedOn" type="date" defaultValue={initial.issuedOn} className={field} required />
        </label>
        <label className="col-span-2 text-sm">
          {t("fieldDocument")}
          <input name="documentNumber" defaultValue={initial.documentNumber} className={field} required />
        </label>
        <label className="col-span-2 text-sm">
          {t("fieldEvidence")}
          <input name="evidenceUrl" type="url" className={field} />
        </label>
      </div>
      <label className="block text-sm">
        {t("fieldDaysOff")} | {t("fieldMakeup")}
        <textarea name="periods" rows={9} defaultValue={periodLines(initial.periods)} className={`${field} font-mono text-xs`} spellCheck={false} />
      </label>
      <label className="block text-sm">
        {t("fieldReason")}
        <input name="reason" className={field} required />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50">
        {t("save")}
      </button>
      {message ? (
        <p role="status" data-testid="holiday-year-result" className={message.ok ? "text-sm text-emerald-800" : "text-sm text-rose-800"}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
