// Webhook endpoints (administrators): GET lists, POST registers { url, secret, viewId?, kinds? }.
import { withRole } from "@/lib/auth";
import { readJsonBody } from "@/lib/http/json-body";
import { createWebhook, createWebhookSchema, listWebhooks } from "@/lib/watch/webhooks/admin";

export const dynamic = "force-dynamic";

export const GET = withRole("ADMIN", async () => Response.json({ data: await listWebhooks() }));

export const POST = withRole("ADMIN", async (request, { user }) => {
  const input = await readJsonBody(request, createWebhookSchema);
  const webhook = await createWebhook(input, { userId: user.id });
  return Response.json(webhook, { status: 201, headers: { Location: `/api/webhooks/${webhook.id}` } });
});
