"use client";

import { useLocale, useTranslations } from "next-intl";

// A failed read shows this boundary, never an empty table that looks like "no results".
export default function ErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.loadError");
  // Chinese brackets are full width and take no space before them.
  const gap = useLocale() === "zh-CN" ? "" : " ";
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
      <h2 className="font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm">
        {t("text")}
        {error.digest ? `${gap}${t("reference", { digest: error.digest })}` : null}
      </p>
      <button type="button" onClick={reset} className="mt-3 rounded bg-red-700 px-3 py-1 text-sm text-white hover:bg-red-800">
        {t("retry")}
      </button>
    </div>
  );
}
