import { notFound, redirect } from "next/navigation";
import { getSavedView } from "@/lib/views/queries";
import { savedViewIdSchema } from "@/lib/views/schemas";

export const dynamic = "force-dynamic";

/**
 * /views/:id opens a saved view: it redirects to the dashboard with the view's query, so the URL the
 * analyst then sees (and shares) is the plain dashboard URL. A link to /views/:id keeps following the view
 * when it is updated later.
 */
export default async function SavedViewPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = savedViewIdSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const view = await getSavedView(parsed.data);
  if (!view) notFound();
  redirect(view.query ? `/?${view.query}` : "/");
}
