// DELETE /api/feeds/:id → 204: revokes one of the caller's feeds (its URL answers 404 from then on).
import { withSignedIn } from "@/lib/auth";
import { idFromParams } from "@/lib/http/json-body";
import { revokeFeedToken } from "@/lib/watch/feeds";

export const dynamic = "force-dynamic";

export const DELETE = withSignedIn<{ id: string }>(async (_request, { user, params }) => {
  await revokeFeedToken(user.id, idFromParams(params.id));
  return new Response(null, { status: 204 });
});
