import { RETRY_AFTER_SECONDS } from "@/lib/http/errors";
import { checkReadiness } from "@/lib/server/readiness";

export const dynamic = "force-dynamic";

/** Readiness for load balancers and container health checks: 200 { ok: true }, or 503 with the reason. */
export async function GET() {
  const readiness = await checkReadiness();
  if (readiness.ready) return Response.json({ ok: true });
  return Response.json({ ok: false, ...readiness }, { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } });
}
