// GET /feeds/<token>.atom: the feed a secret token follows. Unknown, malformed or revoked tokens are a 404.
import { renderFeed } from "@/lib/watch/feeds";

export const dynamic = "force-dynamic";

const notFound = () => new Response("There is no such feed.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, context: { params: Promise<{ file: string }> }) {
  const { file } = await context.params;
  if (!file.endsWith(".atom")) return notFound();
  try {
    const atom = await renderFeed(decodeURIComponent(file.slice(0, -".atom".length)));
    if (!atom) return notFound();
    return new Response(atom, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "private, no-cache" } });
  } catch (error) {
    console.error(error);
    return new Response("The feed could not be read.\n", { status: 500, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
