// GET /api/changes?since=&kind=&from=&to=&limit= → the changes to what the caller watches, newest first.
import { withSignedIn } from "@/lib/auth";
import { countUnread, findWatchedChanges, parseChangesFilter } from "@/lib/watch/changes";

export const dynamic = "force-dynamic";

export const GET = withSignedIn(async (request, { user }) => {
  const filter = parseChangesFilter(new URL(request.url).searchParams);
  const [data, unread] = await Promise.all([findWatchedChanges(user.id, filter), countUnread(user.id)]);
  return Response.json({ data, unread });
});
