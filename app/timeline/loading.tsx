import { getTranslations } from "@/lib/i18n/server-translations";

// Shaped like the timeline (toolbar, axis, lanes) so the page does not jump when the data arrives.
export default async function TimelineLoading() {
  const t = await getTranslations("timeline");
  return (
    <section className="space-y-3" aria-busy="true" aria-label={t("loadingPage")}>
      <div className="h-7 w-56 animate-pulse rounded bg-slate-200" />
      <div className="h-8 w-full max-w-xl animate-pulse rounded bg-slate-200" />
      <div className="h-[68vh] min-h-[420px] rounded-md border border-slate-200 bg-white p-2">
        <div className="mb-2 h-6 animate-pulse rounded bg-slate-100" />
        {Array.from({ length: 9 }, (_, index) => (
          <div key={index} className="mb-2 flex gap-2">
            <div className="h-10 w-64 animate-pulse rounded bg-slate-100" />
            <div className="h-10 flex-1 animate-pulse rounded bg-slate-50" />
          </div>
        ))}
      </div>
    </section>
  );
}
