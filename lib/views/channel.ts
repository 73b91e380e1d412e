import type { AuditChannel } from "@/lib/audit/record";

/** A bearer token means an integration; a cookie session means the dashboard itself. */
export function channelOf(request: Request): AuditChannel {
  return request.headers.has("authorization") ? "api" : "ui";
}
