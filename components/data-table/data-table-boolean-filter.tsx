"use client";

// A yes / no / either filter with the server's counts.
import { useTranslations } from "next-intl";
import { useCompiled } from "@/lib/i18n/use-compiled-translations";
import { useId } from "react";
import { Popover } from "@/components/ui/popover";

type Props = {
  param: string;
  label: string;
  trueLabel: string;
  falseLabel: string;
  value: boolean | null;
  counts?: { true?: number; false?: number };
  onChange: (value: boolean | null) => void;
};

export function DataTableBooleanFilter({ param, label, trueLabel, falseLabel, value, counts, onChange }: Props) {
  const t = useCompiled(useTranslations("table"));
  const name = useId();
  const choices: { key: string; value: boolean | null; label: string; count?: number }[] = [
    { key: "any", value: null, label: t("either") },
    { key: "true", value: true, label: trueLabel, count: counts?.true },
    { key: "false", value: false, label: falseLabel, count: counts?.false },
  ];
  return (
    <div data-testid={`filter-${param}`}>
      <Popover
        label={t("filterLabel", { label })}
        active={value !== null}
        trigger={
          <>
            <span>{label}</span>
            {value !== null ? <span className="rounded bg-blue-100 px-1.5 text-xs text-blue-900">{value ? trueLabel : falseLabel}</span> : null}
          </>
        }
      >
        <fieldset>
          <legend className="sr-only">{label}</legend>
          {choices.map((choice) => (
            <label key={choice.key} className="flex cursor-pointer items-center gap-2 rounded px-1.5 py-1 hover:bg-slate-100">
              <input type="radio" name={name} checked={value === choice.value} onChange={() => onChange(choice.value)} />
              <span className="flex-1">{choice.label}</span>
              {choice.count !== undefined ? (
                <span className="tabular-nums text-xs text-slate-500" data-testid="facet-count">
                  {choice.count.toLocaleString("en")}
                </span>
              ) : null}
            </label>
          ))}
        </fieldset>
      </Popover>
    </div>
  );
}
