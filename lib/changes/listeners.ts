// Who hears of a committed change. Each listener runs INSIDE the change's transaction, after its audit rows
// are written and before it commits: what a listener writes through `tx` (an outbox job, a feed row)
// commits with the change or not at all, and a listener that throws rolls the whole change back (the
// caller gets its error). Listeners run one after another in the order they were added.
//
// A listener that must hear every change in every process (the webhook outbox) goes in
// STANDING_LISTENERS, which every write imports, so no route can write before it is in place.
// addChangeListener is for listeners that come and go (tests, a process's own in-memory consumers).
import "server-only";
import type { ChangeEvent } from "@/lib/changes/change-event";
import type { Tx } from "@/lib/changes/transaction";
import { watchOutboxListener } from "@/lib/watch/outbox";

export type ChangeListener = {
  /** Names the listener in errors; adding a listener under a name already taken replaces the old one. */
  name: string;
  onChange: (tx: Tx, event: ChangeEvent) => Promise<void>;
};

/** Listeners every process runs: add one line here per standing consumer. */
const STANDING_LISTENERS: readonly ChangeListener[] = [watchOutboxListener];

const added = new Map<string, ChangeListener>();

/** Adds a listener; answers the function that removes it. */
export function addChangeListener(listener: ChangeListener): () => void {
  added.set(listener.name, listener);
  return () => {
    if (added.get(listener.name) === listener) added.delete(listener.name);
  };
}

export function changeListeners(): ChangeListener[] {
  return [...STANDING_LISTENERS, ...added.values()];
}

/** Hands the change to every listener in turn, inside its transaction. */
export async function notifyChangeListeners(tx: Tx, event: ChangeEvent): Promise<void> {
  for (const listener of changeListeners()) await listener.onChange(tx, event);
}
