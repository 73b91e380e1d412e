import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server-translations";

export default async function NotFound() {
  const t = await getTranslations("pages.notFound");
  return (
    <div className="rounded-md border border-slate-200 bg-white p-6">
      <h2 className="font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("text")}</p>
      <Link href="/" className="mt-3 inline-block text-sm text-blue-700 underline">
        {t("back")}
      </Link>
    </div>
  );
}
