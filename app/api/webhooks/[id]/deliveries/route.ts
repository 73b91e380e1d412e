// GET /api/webhooks/:id/deliveries → the endpoint's delivery log, newest first, each with its attempts.
import { withRole } from "@/lib/auth";
import { idFromParams } from "@/lib/http/json-body";
import { listDeliveries } from "@/lib/watch/webhooks/admin";

export const dynamic = "force-dynamic";

export const GET = withRole<{ id: string }>("ADMIN", async (_request, { params }) => Response.json({ data: await listDeliveries(idFromParams(params.id)) }));
