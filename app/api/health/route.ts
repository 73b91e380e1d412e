export const dynamic = "force-dynamic";

/** Liveness: the process answers. Touches nothing else, so a database outage never restarts healthy servers. */
export function GET() {
  return Response.json({ ok: true });
}
