// One JSON log line per HTTP request (id, method, route, status, duration, user), for every request the
// `next start` server answers: pages, API, assets. Next offers no hook that sees both the request and its
// final status, so this wraps the Node server's "request" event, which also gives every request its
// AsyncLocalStorage context (request id, user) before any Next code runs.
import http from "node:http";
import { log } from "@/lib/server/log";
import { requestContextStorage, requestIdFrom, type RequestContext } from "@/lib/server/request-context";
import { beginShutdown, DRAIN_TIMEOUT_MS } from "@/lib/server/shutdown";

const globalForInstall = globalThis as unknown as { pathwayRequestLog?: boolean };

export function installRequestLog(): void {
  if (globalForInstall.pathwayRequestLog) return;
  globalForInstall.pathwayRequestLog = true;
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event !== "request") return emit.call(this, event, ...args);
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
    const context: RequestContext = { requestId: requestIdFrom(request.headers["x-request-id"]) };
    request.headers["x-request-id"] = context.requestId;
    response.setHeader("X-Request-Id", context.requestId);
    const started = process.hrtime.bigint();
    response.once("close", () => {
      const route = (request.url ?? "/").split("?")[0]!;
      const entry = {
        requestId: context.requestId,
        method: request.method,
        route,
        status: response.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        userId: context.userId,
        // The response was cut before its end (client gone, or an export aborted by shutdown).
        ...(response.writableFinished ? {} : { aborted: true }),
      };
      if (route.startsWith("/_next/")) log().debug(entry, "request");
      else log().info(entry, "request");
    });
    return requestContextStorage().run(context, () => emit.call(this, event, ...args));
  } as typeof http.Server.prototype.emit;

  process.once("SIGTERM", () => {
    log().info({ drainTimeoutMs: DRAIN_TIMEOUT_MS }, "SIGTERM: draining in-flight requests, aborting exports");
    beginShutdown();
    // Next's own SIGTERM handler closes the server once the requests in flight end; this bounds the wait.
    setTimeout(() => process.exit(143), DRAIN_TIMEOUT_MS).unref();
  });
}
