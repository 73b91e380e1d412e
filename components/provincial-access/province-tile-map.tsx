"use client";

// The tile map of one listing's provinces: a CSS grid, one button per province in reading order (so Tab
// walks it north to south, west to east), coloured and labelled by state. A tile opens a dialog with the
// province's state and, for analysts, the form that records its next state (server action through the
// audited write step; the version travels in a hidden field, 0 when the province has no record yet).
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import type { ProvincialAccessState } from "@/generated/prisma/enums";
import { changeProvincialAccessAction } from "@/lib/provincial-access/actions";
import { ActionForm, type Option } from "@/components/workflow/action-form";
import { STATE_TILE_CLASS } from "@/components/provincial-access/state-style";

/** One tile, prepared on the server in the interface's language. */
export type TileCell = {
  code: string;
  name: string;
  col: number;
  row: number;
  state: ProvincialAccessState;
  stateLabel: string;
  version: number;
  /** The current state's date at its precision, in the interface's language; null when unknown. */
  since: string | null;
  nextOptions: Option[];
};

type Props = { listingId: number; label: string; cells: TileCell[]; canEdit: boolean; today: string };

export function ProvinceTileMap({ listingId, label, cells, canEdit, today }: Props) {
  const t = useTranslations("provincialAccess");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [selectedCode, setSelectedCode] = useState<string | null>(null);
  const selected = cells.find((cell) => cell.code === selectedCode) ?? null;
  const columns = Math.max(...cells.map((cell) => cell.col));

  const open = (code: string) => {
    setSelectedCode(code);
    dialogRef.current?.showModal();
  };

  return (
    <>
      <ul
        aria-label={label}
        className="grid gap-1 overflow-x-auto"
        // Narrow tiles on a phone (the map scrolls sideways there; the table below is the other way in).
        style={{ gridTemplateColumns: `repeat(${columns}, minmax(3.75rem, 1fr))` }}
        data-testid={`province-map-${listingId}`}
      >
        {cells.map((cell) => {
          const state = t(`stateShort.${cell.state}`);
          const name = cell.since ? t("tileSince", { province: cell.name, state: cell.stateLabel, date: cell.since }) : t("tileLabel", { province: cell.name, state: cell.stateLabel });
          return (
            <li key={cell.code} style={{ gridColumn: cell.col, gridRow: cell.row }}>
              <button
                type="button"
                onClick={() => open(cell.code)}
                aria-haspopup="dialog"
                // The visible words are the button's name (a screen reader says what a sighted user reads);
                // the full sentence, with the date, is its description and tooltip.
                title={name}
                className={`flex h-12 w-full flex-col items-center justify-center rounded border px-1 text-center leading-tight focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-1 ${STATE_TILE_CLASS[cell.state]}`}
                data-testid={`province-tile-${listingId}-${cell.code}`}
                data-state={cell.state}
              >
                <span className="block w-full truncate text-[11px] font-medium sm:text-xs">{cell.name}</span>{" "}
                <span className="block w-full truncate text-[10px] sm:text-[11px]">{state}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <dialog
        ref={dialogRef}
        aria-labelledby={`province-dialog-title-${listingId}`}
        className="m-auto w-full max-w-md rounded-md border border-slate-300 p-4 shadow-lg backdrop:bg-slate-900/40"
        onClose={() => setSelectedCode(null)}
        data-testid={`province-dialog-${listingId}`}
      >
        {selected ? (
          <div className="space-y-3">
            <h4 id={`province-dialog-title-${listingId}`} className="font-semibold">
              {t("dialog.title", { province: selected.name })}
            </h4>
            <p className="text-sm text-slate-700">
              {selected.version === 0 ? t("dialog.noRecord") : t("dialog.current", { state: selected.since ? `${selected.stateLabel} (${selected.since})` : selected.stateLabel })}
            </p>
            {!canEdit ? (
              <p className="text-sm text-slate-600">{t("dialog.viewOnly")}</p>
            ) : selected.nextOptions.length === 0 ? (
              <p className="text-sm text-slate-600">{t("dialog.final")}</p>
            ) : (
              // Keyed by province only: the saved change bumps the version, and the form (with its success
              // message) must stay while the hidden expectedVersion follows the refreshed record.
              <ActionForm
                key={selected.code}
                action={changeProvincialAccessAction}
                today={today}
                submitLabel={t("dialog.submit")}
                testId={`province-form-${listingId}`}
                fields={[
                  { kind: "hidden", name: "listingId", value: String(listingId) },
                  { kind: "hidden", name: "province", value: selected.code },
                  { kind: "hidden", name: "expectedVersion", value: String(selected.version) },
                  { kind: "select", name: "to", label: t("dialog.newState"), options: selected.nextOptions, required: true },
                  { kind: "textarea", name: "notes", label: t("dialog.notes") },
                ]}
              />
            )}
            <form method="dialog" className="text-right">
              <button type="submit" className="rounded px-3 py-1 text-sm text-slate-700 hover:bg-slate-100" data-testid="province-dialog-close">
                {t("dialog.close")}
              </button>
            </form>
          </div>
        ) : null}
      </dialog>
    </>
  );
}
