// POST /api/webhooks/:id/test → 202 { deliveryId }: a signed `test` event through the usual delivery path.
import { withRole } from "@/lib/auth";
import { idFromParams } from "@/lib/http/json-body";
import { sendTestEvent } from "@/lib/watch/webhooks/admin";

export const dynamic = "force-dynamic";

export const POST = withRole<{ id: string }>("ADMIN", async (_request, { params }) => Response.json(await sendTestEvent(idFromParams(params.id)), { status: 202 }));
