"use client";

// A button that opens a panel below it; closes on Escape, on a click outside, and returns focus to the
// button. Enough for filter menus without a component library.
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

type Props = {
  /** The button's content. */
  trigger: ReactNode;
  /** Accessible name of the panel (role="dialog"). */
  label: string;
  children: ReactNode | ((close: () => void) => ReactNode);
  align?: "start" | "end";
  triggerClassName?: string;
  panelClassName?: string;
  /** For tests and styling: marks the trigger as "active" (e.g. a filter with a value). */
  active?: boolean;
};

export function Popover({ trigger, label, children, align = "start", triggerClassName, panelClassName, active }: Props) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  // The trigger is kept in state (a callback ref), not a ref: `close` is handed to `children` during render.
  const [button, setButton] = useState<HTMLButtonElement | null>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false);
        button?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open, button]);

  const close = () => {
    setOpen(false);
    button?.focus();
  };

  return (
    <div ref={rootRef} className="relative inline-block">
      <button
        ref={setButton}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-haspopup="dialog"
        data-active={active ? "true" : undefined}
        onClick={() => setOpen((value) => !value)}
        className={
          triggerClassName ??
          `inline-flex items-center gap-1 rounded border px-2.5 py-1 text-sm ${
            active ? "border-blue-400 bg-blue-50 text-blue-900" : "border-dashed border-slate-300 bg-white text-slate-800"
          } hover:bg-slate-100`
        }
      >
        {trigger}
      </button>
      {open ? (
        <div
          id={panelId}
          role="dialog"
          aria-label={label}
          className={`absolute z-30 mt-1 min-w-56 rounded-md border border-slate-200 bg-white p-2 text-sm shadow-lg ${
            align === "end" ? "right-0" : "left-0"
          } ${panelClassName ?? ""}`}
        >
          {typeof children === "function" ? children(close) : children}
        </div>
      ) : null}
    </div>
  );
}
