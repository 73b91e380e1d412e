"use client";

// The lanes the page did not fill in (lib/timeline/load-timeline.ts, loadTimelineFirstScreen): fetched from
// /api/timeline once the first screen is drawn, and dropped when the page brings a new first screen (other
// filters, or a refresh after an edit), so lanes never mix two answers.
import { useCallback, useEffect, useState } from "react";
import type { TimelineData } from "@/lib/timeline/load-timeline";

export type RestOfTimeline =
  | { status: "complete" }
  | { status: "loading" }
  | { status: "loaded"; data: TimelineData }
  | { status: "failed"; reason: string; retry: () => void };

type Answer = { for: object; attempt: number } & ({ data: TimelineData } | { reason: string });

/** `href` null: the first screen was already complete. `firstScreen` identifies the answer it completes. */
export function useRestOfTimeline(firstScreen: object, href: string | null): RestOfTimeline {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (!href) return;
    const controller = new AbortController();
    const settle = (result: { data: TimelineData } | { reason: string }) => setAnswer({ for: firstScreen, attempt, ...result });
    fetch(href, { signal: controller.signal, headers: { accept: "application/json" } })
      .then(async (response) => {
        if (!response.ok) {
          const body = (await response.json().catch(() => null)) as { error?: string } | null;
          return settle({ reason: body?.error ?? `HTTP ${response.status}` });
        }
        settle({ data: (await response.json()) as TimelineData });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) settle({ reason: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [firstScreen, href, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  if (!href) return { status: "complete" };
  if (!answer || answer.for !== firstScreen || answer.attempt !== attempt) return { status: "loading" };
  return "data" in answer ? { status: "loaded", data: answer.data } : { status: "failed", reason: answer.reason, retry };
}
