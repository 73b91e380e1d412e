// Next's start-up hook. Request logging, request ids, graceful shutdown and the heap's growth (lib/server); and `next start`
// (so `npm start`) runs the watch job worker in-process, so webhooks, fan-out and digests need no extra
// process. WATCH_WORKER=off leaves it to `npm run worker`; any number of processes may run it against one
// database (pg-boss gives each job to one of them).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installRequestLog } = await import("./lib/server/request-log");
  installRequestLog();
  const { limitHeapGrowth } = await import("./lib/server/heap-growth");
  limitHeapGrowth();
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { inProcessWorkerEnabled } = await import("./lib/watch/config");
  const databaseUrl = process.env.DATABASE_URL;
  if (!inProcessWorkerEnabled() || !databaseUrl) return;
  const { startWatchWorker } = await import("./lib/watch/worker");
  try {
    const worker = await startWatchWorker({ databaseUrl });
    const stop = () => void worker.stop().catch(() => undefined);
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  } catch (error) {
    // The app still serves; changes keep queueing in the outbox until a worker runs.
    console.error("[watch worker] did not start:", error instanceof Error ? error.message : error);
  }
}

/** Errors Next caught while rendering a page or running an action: logged once, with the stack. */
export async function onRequestError(error: unknown, request: { path: string; method: string }) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./lib/server/log");
  const { currentRequestId } = await import("./lib/server/request-context");
  log().error({ err: error, requestId: currentRequestId(), method: request.method, route: request.path.split("?")[0] }, "unhandled error");
}
