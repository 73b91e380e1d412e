// One webhook endpoint (administrators): GET, PATCH { version, url?, secret?, viewId?, kinds?, active? }, DELETE.
import { withRole } from "@/lib/auth";
import { idFromParams, readJsonBody } from "@/lib/http/json-body";
import { deleteWebhook, getWebhook, updateWebhook, updateWebhookSchema } from "@/lib/watch/webhooks/admin";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = withRole<Params>("ADMIN", async (_request, { params }) => Response.json(await getWebhook(idFromParams(params.id))));

export const PATCH = withRole<Params>("ADMIN", async (request, { params }) => {
  const id = idFromParams(params.id);
  return Response.json(await updateWebhook(id, await readJsonBody(request, updateWebhookSchema)));
});

export const DELETE = withRole<Params>("ADMIN", async (_request, { params }) => {
  await deleteWebhook(idFromParams(params.id));
  return new Response(null, { status: 204 });
});
