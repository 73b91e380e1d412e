// Next's start-up hook: `next start` (and so `npm start`) runs the watch job worker in-process, so webhooks,
// fan-out and digests need no extra process. WATCH_WORKER=off leaves it to `npm run worker` instead; any number
// of processes may run it against one database (pg-boss gives each job to one of them).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
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
