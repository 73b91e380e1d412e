"use client";

// A multi-select filter with the server's count beside each choice. Choices may nest (a designation
// state under its type); a search box appears when the list is long.
import { useLocale, useTranslations } from "next-intl";
import { useCompiled } from "@/lib/i18n/use-compiled-translations";
import { useId, useMemo, useState } from "react";
import type { DataTableFilterOption } from "@/components/data-table/data-table-features";
import { Popover } from "@/components/ui/popover";

export type FacetedOption = DataTableFilterOption & { count?: number };

type Props = {
  param: string;
  label: string;
  options: readonly FacetedOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
};

const SEARCH_FROM = 10;

export function DataTableFacetedFilter({ param, label, options, selected, onChange }: Props) {
  const [query, setQuery] = useState("");
  const t = useCompiled(useTranslations("table"));
  const summary =
    selected.length === 0
      ? null
      : selected.length <= 2
        ? selected.map((value) => options.find((option) => option.value === value)?.label ?? value).join(", ")
        : t("selectedCount", { count: selected.length });

  // The choices are an element the popover renders only while open: the dashboard draws a dozen filters,
  // some with hundreds of choices, on every request, and nobody sees their lists until they open one.
  return (
    <div data-testid={`filter-${param}`}>
      <Popover
        label={t("filterLabel", { label })}
        active={selected.length > 0}
        trigger={
          <>
            <span>{label}</span>
            {summary ? <span className="max-w-48 truncate rounded bg-blue-100 px-1.5 text-xs text-blue-900">{summary}</span> : null}
          </>
        }
        panelClassName="w-80"
      >
        <FacetedFilterChoices label={label} options={options} selected={selected} onChange={onChange} query={query} onQueryChange={setQuery} />
      </Popover>
    </div>
  );
}

type ChoicesProps = Omit<Props, "param"> & { query: string; onQueryChange: (query: string) => void };

function FacetedFilterChoices({ label, options, selected, onChange, query, onQueryChange }: ChoicesProps) {
  const t = useCompiled(useTranslations("table"));
  // One formatter for every count: next-intl's format.number keys its formatter cache by JSON-serialising its
  // arguments on every call, which for a facet of hundreds of choices was the dashboard's largest i18n cost.
  const locale = useLocale();
  const countFormat = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const searchId = useId();
  const selectedSet = new Set(selected);
  const labelOf = new Map(options.map((option) => [option.value, option.label]));
  const needle = query.trim().toLowerCase();
  const visible = needle
    ? options.filter((option) => !option.heading && `${option.label} ${option.parent ? labelOf.get(option.parent) ?? "" : ""}`.toLowerCase().includes(needle))
    : options;

  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...selected, value] : selected.filter((item) => item !== value);
    onChange(options.map((option) => option.value).filter((item) => next.includes(item)).concat(next.filter((item) => !labelOf.has(item))));
  };

  return (
    <>
      {options.length >= SEARCH_FROM ? (
        <div className="mb-2">
          <label htmlFor={searchId} className="sr-only">
            {t("findIn", { label: label.toLowerCase() })}
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(event) => onQueryChange(event.target.value)}
            placeholder={t("findPlaceholder", { label: label.toLowerCase() })}
            className="w-full rounded border border-slate-300 px-2 py-1"
          />
        </div>
      ) : null}
      <ul className="max-h-80 space-y-0.5 overflow-y-auto" aria-label={t("choices", { label })}>
        {visible.map((option) =>
          option.heading ? (
            <li key={option.value} className="px-1.5 pt-2 pb-0.5 text-xs font-medium uppercase tracking-wide text-slate-500">
              {option.label}
            </li>
          ) : (
          <li key={option.value} className={option.parent && !needle ? "pl-5" : undefined}>
            <label className="flex cursor-pointer items-center gap-2 rounded px-1.5 py-1 hover:bg-slate-100" title={option.title}>
              <input
                type="checkbox"
                checked={selectedSet.has(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <span className={`flex-1 ${option.count === 0 && !selectedSet.has(option.value) ? "text-slate-400" : ""}`}>
                {option.parent && needle ? `${labelOf.get(option.parent) ?? option.parent}: ` : null}
                {option.label}
                {option.hint ? <span className="ml-1 text-xs text-slate-500">{option.hint}</span> : null}
              </span>
              {option.count !== undefined ? (
                <span className="tabular-nums text-xs text-slate-500" data-testid="facet-count">
                  {countFormat.format(option.count)}
                </span>
              ) : null}
            </label>
          </li>
          ),
        )}
        {visible.length === 0 ? <li className="px-1.5 py-1 text-slate-500">{t("noMatch")}</li> : null}
      </ul>
      {selected.length > 0 ? (
        <button type="button" onClick={() => onChange([])} className="mt-2 w-full rounded px-2 py-1 text-center text-slate-700 hover:bg-slate-100">
          {t("clearFilter", { label: label.toLowerCase() })}
        </button>
      ) : null}
    </>
  );
}
