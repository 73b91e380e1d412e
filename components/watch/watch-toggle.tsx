// The Watch / Unwatch button of a candidate or a saved view, for a signed-in user.
import { ActionButton } from "@/components/watch/action-button";
import { unwatchAction, watchAction } from "@/lib/watch/actions";

export function WatchToggle({ target, watching }: { target: { candidateId: number } | { viewId: number }; watching: boolean }) {
  return watching ? (
    <ActionButton action={unwatchAction} fields={target} label="★ Watching · Unwatch" testId="unwatch-button" />
  ) : (
    <ActionButton action={watchAction} fields={target} label="☆ Watch" tone="primary" testId="watch-button" />
  );
}
