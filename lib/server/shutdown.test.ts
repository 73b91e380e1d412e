import { describe, expect, it } from "vitest";
import { abortOnShutdown, beginShutdown, shutdownSignal } from "@/lib/server/shutdown";

/** A body that yields `count` chunks, one per pull, like an export reading batch after batch. */
function body(count: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === count) return controller.close();
      sent++;
      controller.enqueue(new TextEncoder().encode(`row ${sent}\n`));
    },
  });
}

describe("abortOnShutdown", () => {
  it("passes a body through untouched while the server runs", async () => {
    expect(await new Response(abortOnShutdown(body(3))).text()).toBe("row 1\nrow 2\nrow 3\n");
  });

  it("errors a download in progress when shutdown begins: the client never sees a clean end", async () => {
    let cancelled = false;
    const source = body(1_000);
    const guarded = abortOnShutdown(
      new ReadableStream<Uint8Array>({
        start: () => undefined,
        pull: async (controller) => {
          const reader = source.getReader();
          const { value } = await reader.read();
          reader.releaseLock();
          controller.enqueue(value!);
        },
        cancel: () => {
          cancelled = true;
        },
      }),
    );
    const reader = guarded.getReader();
    expect((await reader.read()).done).toBe(false);
    expect(shutdownSignal().aborted).toBe(false);
    beginShutdown();
    expect(shutdownSignal().aborted).toBe(true);
    await expect(reader.read()).rejects.toThrow(/shutting down/);
    expect(cancelled).toBe(true); // the export's own reader is released (its snapshot transaction ends)
  });

  it("refuses to start a download once shutdown has begun", async () => {
    await expect(new Response(abortOnShutdown(body(3))).text()).rejects.toThrow(/shutting down/);
  });
});
