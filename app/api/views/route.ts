// Saved dashboard views. Reading is open (like the dashboard); saving needs an analyst (withRole).
import { withRole } from "@/lib/auth";
import { errorResponse } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/json-body";
import { channelOf } from "@/lib/views/channel";
import { createSavedView } from "@/lib/views/create-saved-view";
import { listSavedViews } from "@/lib/views/queries";
import { createSavedViewSchema } from "@/lib/views/schemas";

export const dynamic = "force-dynamic";

/** GET /api/views → { data: SavedView[] } */
export async function GET(request: Request) {
  try {
    return Response.json({ data: await listSavedViews() });
  } catch (error) {
    return errorResponse(error, request);
  }
}

/** POST /api/views { name, query } → 201 SavedView; 400 names the invalid field or URL parameter; 409 on a taken name. */
export const POST = withRole("ANALYST", async (request, { user }) => {
  const input = await readJsonBody(request, createSavedViewSchema);
  const view = await createSavedView(input, { user, channel: channelOf(request) });
  return Response.json(view, { status: 201, headers: { Location: `/api/views/${view.id}` } });
});
