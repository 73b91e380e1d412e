// What the server knows about the request being handled, wherever in its call tree the code runs: its id
// (echoed in X-Request-Id and every API error body) and, once authenticated, its user. Kept on globalThis
// because Next bundles instrumentation and routes separately, and both must see the same storage.
import { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = { requestId: string; userId?: number };

const globalForContext = globalThis as unknown as { pathwayRequestContext?: AsyncLocalStorage<RequestContext> };

export function requestContextStorage(): AsyncLocalStorage<RequestContext> {
  globalForContext.pathwayRequestContext ??= new AsyncLocalStorage<RequestContext>();
  return globalForContext.pathwayRequestContext;
}

export function currentRequestId(): string | undefined {
  return requestContextStorage().getStore()?.requestId;
}

/** Recorded for the request log once the caller is known. */
export function noteRequestUser(userId: number): void {
  const store = requestContextStorage().getStore();
  if (store) store.userId = userId;
}

/** A caller's own id is kept when it looks like one (a proxy's, for tracing across hops); else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[A-Za-z0-9._:-]{8,100}$/.test(given) ? given : crypto.randomUUID();
}
