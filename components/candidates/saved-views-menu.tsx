"use client";

// Saved views in the dashboard toolbar: open one, save the current view under a name, rename, point a
// view at the current filters, delete. Changes go through /api/views (validated, audited, analyst only,
// conflict-checked on `version`); the list comes from the server page and is refreshed after each change.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Popover } from "@/components/ui/popover";
import type { SavedView } from "@/lib/views/queries";
import { parseCandidateSearchParams, serializeCandidateSearch } from "@/lib/search-params";

type Props = { views: readonly SavedView[]; canSave: boolean };

/** The current dashboard query in the form views are stored in (defaults out, page dropped). */
function canonicalQuery(searchParams: URLSearchParams): string {
  return serializeCandidateSearch({ ...parseCandidateSearchParams(searchParams).search, page: 1 });
}

async function send(url: string, init: RequestInit): Promise<string | null> {
  const response = await fetch(url, { ...init, headers: { "content-type": "application/json" } });
  if (response.ok) return null;
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  return body?.error ?? `The server answered ${response.status}.`;
}

export function SavedViewsMenu({ views, canSave }: Props) {
  const t = useTranslations("views");
  const router = useRouter();
  const searchParams = useSearchParams();
  const current = canonicalQuery(new URLSearchParams(searchParams.toString()));
  const active = views.find((view) => view.query === current);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (request: () => Promise<string | null>, onDone?: () => void) => {
    setError(null);
    startTransition(async () => {
      const failure = await request();
      if (failure) setError(failure);
      else {
        onDone?.();
        router.refresh();
      }
    });
  };

  return (
    <div data-testid="saved-views">
      <Popover
        label={t("menu")}
        align="end"
        panelClassName="w-96"
        triggerClassName="rounded border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-100"
        trigger={<span data-testid="saved-views-trigger">{active ? t("active", { name: active.name }) : t("trigger")}</span>}
      >
        <div className="space-y-3">
          {views.length === 0 ? <p className="text-slate-500">{t("none")}</p> : null}
          <ul className="space-y-1" aria-label={t("menu")}>
            {views.map((view) => (
              <SavedViewItem key={view.id} view={view} isActive={view === active} canSave={canSave} current={current} pending={pending} run={run} />
            ))}
          </ul>
          {canSave ? (
            <SaveCurrentViewForm current={current} pending={pending} run={run} />
          ) : (
            <p className="text-xs text-slate-500">{t("signIn")}</p>
          )}
          {error ? (
            <p role="alert" className="rounded border border-red-200 bg-red-50 px-2 py-1 text-xs text-red-800" data-testid="saved-views-error">
              {error}
            </p>
          ) : null}
        </div>
      </Popover>
    </div>
  );
}

type Run = (request: () => Promise<string | null>, onDone?: () => void) => void;

function SaveCurrentViewForm({ current, pending, run }: { current: string; pending: boolean; run: Run }) {
  const t = useTranslations("views");
  const [name, setName] = useState("");
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    run(() => send("/api/views", { method: "POST", body: JSON.stringify({ name, query: current }) }), () => setName(""));
  };
  return (
    <form onSubmit={onSubmit} className="flex gap-2 border-t border-slate-100 pt-3">
      <label className="sr-only" htmlFor="save-view-name">
        {t("newName")}
      </label>
      <input
        id="save-view-name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        placeholder={t("namePlaceholder")}
        maxLength={80}
        required
        className="flex-1 rounded border border-slate-300 px-2 py-1"
      />
      <button type="submit" disabled={pending || name.trim() === ""} className="rounded bg-blue-700 px-2.5 py-1 text-white hover:bg-blue-800 disabled:opacity-50">
        {t("saveCurrent")}
      </button>
    </form>
  );
}

function SavedViewItem({
  view,
  isActive,
  canSave,
  current,
  pending,
  run,
}: {
  view: SavedView;
  isActive: boolean;
  canSave: boolean;
  current: string;
  pending: boolean;
  run: Run;
}) {
  const t = useTranslations("views");
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(view.name);
  const patch = (body: object, onDone?: () => void) =>
    run(() => send(`/api/views/${view.id}`, { method: "PATCH", body: JSON.stringify({ ...body, version: view.version }) }), onDone);

  if (renaming) {
    return (
      <li>
        <form
          className="flex gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            patch({ name }, () => setRenaming(false));
          }}
        >
          <label className="sr-only" htmlFor={`rename-view-${view.id}`}>
            {t("renameLabel", { name: view.name })}
          </label>
          <input id={`rename-view-${view.id}`} value={name} onChange={(event) => setName(event.target.value)} maxLength={80} required autoFocus className="flex-1 rounded border border-slate-300 px-2 py-1" />
          <button type="submit" disabled={pending} className="rounded bg-blue-700 px-2 py-1 text-white disabled:opacity-50">
            {t("rename")}
          </button>
          <button type="button" onClick={() => setRenaming(false)} className="rounded px-2 py-1 hover:bg-slate-100">
            {t("cancel")}
          </button>
        </form>
      </li>
    );
  }
  return (
    <li className="flex items-center gap-2 rounded px-1.5 py-1 hover:bg-slate-50" data-testid="saved-view">
      <Link href={`/views/${view.id}`} className={`flex-1 truncate text-blue-800 hover:underline ${isActive ? "font-semibold" : ""}`} title={view.query ? `?${view.query}` : t("allCandidates")}>
        {view.name}
      </Link>
      {isActive ? <span className="text-xs text-slate-500">{t("current")}</span> : null}
      {canSave ? (
        <span className="flex gap-1 text-xs">
          <button type="button" onClick={() => setRenaming(true)} className="rounded px-1 text-slate-600 hover:bg-slate-200" aria-label={t("renameAria", { name: view.name })}>
            {t("rename")}
          </button>
          {!isActive ? (
            <button type="button" disabled={pending} onClick={() => patch({ query: current })} className="rounded px-1 text-slate-600 hover:bg-slate-200" aria-label={t("replaceAria", { name: view.name })}>
              {t("update")}
            </button>
          ) : null}
          <button
            type="button"
            disabled={pending}
            onClick={() => {
              if (window.confirm(t("confirmDelete", { name: view.name }))) run(() => send(`/api/views/${view.id}?version=${view.version}`, { method: "DELETE" }));
            }}
            className="rounded px-1 text-red-700 hover:bg-red-50"
            aria-label={t("deleteAria", { name: view.name })}
          >
            {t("delete")}
          </button>
        </span>
      ) : null}
    </li>
  );
}
