// One saved view: read (open), update and delete (analyst, optimistic concurrency on `version`).
import { withRole } from "@/lib/auth";
import { appError } from "@/lib/i18n/app-error";
import { errorResponse } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/json-body";
import { channelOf } from "@/lib/views/channel";
import { deleteSavedView } from "@/lib/views/delete-saved-view";
import { getSavedView } from "@/lib/views/queries";
import { savedViewIdSchema, updateSavedViewSchema } from "@/lib/views/schemas";
import { updateSavedView } from "@/lib/views/update-saved-view";

export const dynamic = "force-dynamic";

type Params = { id: string };

function parseId(raw: string): number {
  const parsed = savedViewIdSchema.safeParse(raw);
  if (!parsed.success) throw appError("BAD_REQUEST", "savedViewIdInvalid", { problem: parsed.error.issues[0]?.message ?? "invalid" });
  return parsed.data;
}

/** GET /api/views/:id → SavedView, 404 when there is none. */
export async function GET(request: Request, context: { params: Promise<Params> }) {
  try {
    const view = await getSavedView(parseId((await context.params).id));
    if (!view) throw appError("NOT_FOUND", "savedViewNoSuch");
    return Response.json(view);
  } catch (error) {
    return errorResponse(error, request);
  }
}

/** PATCH /api/views/:id { version, name?, query? } → SavedView; 409 { details: { current, changesSince } } when stale. */
export const PATCH = withRole<Params>("ANALYST", async (request, { user, params }) => {
  const id = parseId(params.id);
  const input = await readJsonBody(request, updateSavedViewSchema);
  return Response.json(await updateSavedView(id, input, { user, channel: channelOf(request) }));
});

/** DELETE /api/views/:id[?version=N] → 204; with a version, 409 when the view changed since. */
export const DELETE = withRole<Params>("ANALYST", async (request, { user, params }) => {
  const id = parseId(params.id);
  const rawVersion = new URL(request.url).searchParams.get("version");
  let version: number | undefined;
  if (rawVersion !== null) {
    version = Number(rawVersion);
    if (!/^\d{1,9}$/.test(rawVersion) || version < 1) throw appError("BAD_REQUEST", "versionInvalid");
  }
  await deleteSavedView(id, version, { user, channel: channelOf(request) });
  return new Response(null, { status: 204 });
});
