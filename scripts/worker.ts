// `npm run worker`: the watch job worker on its own (fan-out, webhook deliveries, daily digest), for
// deployments that run `next start` with WATCH_WORKER=off or want more delivery capacity. Stops on SIGTERM/SIGINT.
import { register } from "node:module";

register("./bench/server-only-hook.mjs", import.meta.url);

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("DATABASE_URL is not set: point it at the app's PostgreSQL database.");
  process.exit(1);
}
const { redactDatabaseUrl } = await import("../lib/env.ts");
const { startWatchWorker } = await import("../lib/watch/worker.ts");
(await import("../lib/server/heap-growth.ts")).limitHeapGrowth();
const worker = await startWatchWorker({ databaseUrl });
console.log(`Watch worker running on ${redactDatabaseUrl(databaseUrl)} (pid ${process.pid})`);
const stop = async () => {
  await worker.stop();
  process.exit(0);
};
process.once("SIGTERM", () => void stop());
process.once("SIGINT", () => void stop());
