"use client";

// A button that opens its content in a modal native <dialog>: showModal() gives the focus trap, Escape, the
// inert page behind and the top layer without a library. The content stays mounted while closed, so a form
// keeps what was typed (and its answer) between openings, as the disclosures it replaces did.
import { useTranslations } from "next-intl";
import { useId, useRef, type ReactNode } from "react";

export const triggerClass =
  "inline-flex items-center whitespace-nowrap rounded border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-800 hover:border-blue-600 hover:text-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600";

export function Dialog({
  trigger,
  triggerLabel,
  title,
  children,
  testId,
}: {
  /** The button's visible text. */
  trigger: string;
  /** Its accessible name when the visible text alone is ambiguous (many "Edit"s): must contain `trigger`. */
  triggerLabel?: string;
  /** The dialog's heading and accessible name. */
  title: ReactNode;
  children: ReactNode;
  /** On the trigger; the dialog gets `${testId}-dialog`. */
  testId?: string;
}) {
  const t = useTranslations("recordActions");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button type="button" className={triggerClass} aria-label={triggerLabel} aria-haspopup="dialog" onClick={() => dialogRef.current?.showModal()} data-testid={testId}>
        {trigger}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        data-testid={testId ? `${testId}-dialog` : undefined}
        // A click on the backdrop lands on the <dialog> itself (its content box is the inner div).
        onClick={(event) => {
          if (event.target === event.currentTarget) event.currentTarget.close();
        }}
        className="m-auto w-[min(36rem,calc(100vw-1rem))] max-h-[calc(100dvh-2rem)] rounded-lg border border-slate-200 bg-white p-0 text-left text-slate-900 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="space-y-3 p-4">
          <div className="flex items-start justify-between gap-3">
            <h2 id={titleId} className="text-base font-semibold">
              {title}
            </h2>
            <button
              type="button"
              onClick={() => dialogRef.current?.close()}
              className="rounded px-2 text-lg leading-none text-slate-500 hover:text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
              aria-label={t("close")}
            >
              ×
            </button>
          </div>
          {children}
        </div>
      </dialog>
    </>
  );
}
