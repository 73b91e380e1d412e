"use client";

// A between-two-dates filter (either end may stay open). Applied on "Apply", so a half-typed date
// never reaches the URL.
import { useTranslations } from "next-intl";
import { useCompiled } from "@/lib/i18n/use-compiled-translations";
import { useId, useState } from "react";
import { Popover } from "@/components/ui/popover";

type Props = {
  param: string;
  label: string;
  from: string | null;
  to: string | null;
  onChange: (range: { from: string | null; to: string | null }) => void;
};

export function DataTableDateRangeFilter({ param, label, from, to, onChange }: Props) {
  const t = useCompiled(useTranslations("table"));
  const summary = from || to ? `${from ?? "…"} – ${to ?? "…"}` : null;
  return (
    <div data-testid={`filter-${param}`}>
      <Popover
        label={t("filterLabel", { label })}
        active={summary !== null}
        trigger={
          <>
            <span>{label}</span>
            {summary ? <span className="rounded bg-blue-100 px-1.5 text-xs text-blue-900">{summary}</span> : null}
          </>
        }
      >
        {(close) => (
          <DateRangeForm
            from={from}
            to={to}
            onApply={(range) => {
              onChange(range);
              close();
            }}
          />
        )}
      </Popover>
    </div>
  );
}

/** Mounted when the panel opens, so it starts from the current URL values. */
function DateRangeForm({ from, to, onApply }: { from: string | null; to: string | null; onApply: Props["onChange"] }) {
  const t = useTranslations("table");
  const fromId = useId();
  const toId = useId();
  const [draft, setDraft] = useState({ from: from ?? "", to: to ?? "" });
  const invalid = draft.from !== "" && draft.to !== "" && draft.from > draft.to;
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (!invalid) onApply({ from: draft.from || null, to: draft.to || null });
      }}
    >
      <div className="flex items-center gap-2">
        <label htmlFor={fromId} className="w-10 text-slate-600">
          {t("from")}
        </label>
        <input id={fromId} type="date" value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} className="rounded border border-slate-300 px-2 py-1" />
      </div>
      <div className="flex items-center gap-2">
        <label htmlFor={toId} className="w-10 text-slate-600">
          {t("to")}
        </label>
        <input id={toId} type="date" value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} className="rounded border border-slate-300 px-2 py-1" />
      </div>
      {invalid ? <p className="text-xs text-red-700">{t("endBeforeStart")}</p> : null}
      <div className="flex justify-end gap-2">
        <button type="button" onClick={() => onApply({ from: null, to: null })} className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100">
          {t("clear")}
        </button>
        <button type="submit" disabled={invalid} className="rounded bg-blue-700 px-2.5 py-1 text-white hover:bg-blue-800 disabled:opacity-50">
          {t("apply")}
        </button>
      </div>
    </form>
  );
}
