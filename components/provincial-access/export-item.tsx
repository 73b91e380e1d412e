// The provincial access export on /reports, for the same view as the other exports (its query string).
// The file follows the interface's language, as the other exports do without `lang=`.
import { getTranslations } from "@/lib/i18n/server-translations";

export async function ProvincialAccessExportItem({ query }: { query: string }) {
  const t = await getTranslations("provincialAccess.export");
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3">
      <a
        href={`/api/export/provincial-access.csv${query ? `?${query}` : ""}`}
        download
        className="rounded border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-800 hover:bg-slate-100"
        data-testid="export-provincial-access"
      >
        {t("button")}
      </a>
      <p className="mt-1 text-sm text-slate-600">{t("description")}</p>
    </li>
  );
}
