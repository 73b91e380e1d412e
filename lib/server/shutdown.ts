// Graceful stop on SIGTERM. Next's own handler stops accepting connections and waits for in-flight requests;
// this adds what it cannot know: /api/ready turns 503 at once (so a balancer stops sending), running exports
// are aborted (their clients see a broken download, never a file that looks complete, and the drain is not
// held up by a slow download), and a request that never ends cannot keep the process alive forever.
const globalForShutdown = globalThis as unknown as { pathwayShutdown?: AbortController };

export const DRAIN_TIMEOUT_MS = Number(process.env.DRAIN_TIMEOUT_MS ?? 20_000);

function controller(): AbortController {
  globalForShutdown.pathwayShutdown ??= new AbortController();
  return globalForShutdown.pathwayShutdown;
}

/** Aborted when the server has been asked to stop. */
export function shutdownSignal(): AbortSignal {
  return controller().signal;
}

/** Turns readiness off and aborts what shutdownSignal() guards; the caller decides when the process exits. */
export function beginShutdown(reason = "the server is shutting down"): void {
  if (controller().signal.aborted) return;
  controller().abort(new Error(reason));
}

/** `body`, errored as soon as the server starts shutting down (the response is then cut, not completed). */
export function abortOnShutdown(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const signal = shutdownSignal();
  const reader = body.getReader();
  let stop = () => {};
  return new ReadableStream<Uint8Array>(
    {
      start(stream) {
        stop = () => {
          stream.error(signal.reason);
          void reader.cancel(signal.reason).catch(() => {});
        };
        if (signal.aborted) stop();
        else signal.addEventListener("abort", stop, { once: true });
      },
      async pull(stream) {
        const { done, value } = await reader.read();
        if (done) {
          signal.removeEventListener("abort", stop);
          stream.close();
        } else stream.enqueue(value);
      },
      cancel(reason) {
        signal.removeEventListener("abort", stop);
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
