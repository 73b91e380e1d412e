// Watching (any signed-in user, for themselves): GET lists, POST watches, DELETE unwatches.
import { withSignedIn } from "@/lib/auth";
import { readJsonBody } from "@/lib/http/json-body";
import { listWatches, unwatch, watch, watchTargetSchema } from "@/lib/watch/watches";

export const dynamic = "force-dynamic";

/** GET /api/watches → { data: WatchListItem[] } */
export const GET = withSignedIn(async (_request, { user }) => Response.json({ data: await listWatches(user.id) }));

/** POST /api/watches { candidateId } | { viewId } → 201 when new, 200 when already watched; 404 unknown target. */
export const POST = withSignedIn(async (request, { user }) => {
  const target = await readJsonBody(request, watchTargetSchema);
  const { created } = await watch(user.id, target);
  return Response.json({ watching: target, created }, { status: created ? 201 : 200 });
});

/** DELETE /api/watches { candidateId } | { viewId } → 200 { removed }. */
export const DELETE = withSignedIn(async (request, { user }) => {
  const target = await readJsonBody(request, watchTargetSchema);
  return Response.json(await unwatch(user.id, target));
});
