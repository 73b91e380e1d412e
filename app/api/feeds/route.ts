// The caller's Atom feeds: GET lists them (never the token), POST { viewId? } makes one and shows its URL once.
import { z } from "zod";
import { withSignedIn } from "@/lib/auth";
import { readJsonBody } from "@/lib/http/json-body";
import { watchConfig } from "@/lib/watch/config";
import { createFeedToken, listFeedTokens } from "@/lib/watch/feeds";

export const dynamic = "force-dynamic";

const createFeedSchema = z.strictObject({ viewId: z.number().int().positive().max(2_147_483_647).nullable().optional() });

export const GET = withSignedIn(async (_request, { user }) => Response.json({ data: await listFeedTokens(user.id) }));

export const POST = withSignedIn(async (request, { user }) => {
  const { viewId } = await readJsonBody(request, createFeedSchema);
  const feed = await createFeedToken(user.id, { viewId: viewId ?? null });
  return Response.json({ id: feed.id, url: `${watchConfig().publicUrl}${feed.path}` }, { status: 201 });
});
