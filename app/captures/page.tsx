import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { CaptureForm } from "@/components/captures/capture-form";
import { langOfMixedText } from "@/components/ui/bilingual-name";
import { HeaderRow } from "@/components/ui/header-row";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { captureKind } from "@/lib/captures/kinds";
import { listCaptures } from "@/lib/captures/store";
import { captureWarningText } from "@/lib/captures/warnings";
import { withPageMessages } from "@/components/i18n/page-messages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Captures" };

async function CapturesPageContent() {
  const t = await getTranslations("captures");
  const locale = await getLocale();
  const zh = locale === "zh-CN";
  const user = await getCurrentUser();
  if (!canEdit(user)) {
    return (
      <section className="max-w-5xl space-y-4">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="rounded border border-slate-300 bg-white px-3 py-2 text-sm" data-testid="captures-sign-in">
          {t("signIn")}{" "}
          <Link href="/sign-in?next=/captures" className="text-blue-700 underline">
            {t("signInLink")}
          </Link>
        </p>
      </section>
    );
  }
  const { data } = await listCaptures(prisma);
  return (
    <section className="max-w-6xl space-y-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t.rich("intro", { code: (chunks) => <code>{chunks}</code> })}</p>
      <CaptureForm />
      <h2 className="font-medium">{t("list.heading")}</h2>
      {data.length === 0 ? (
        <p className="text-sm text-slate-600">{t("list.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="captures">
            <thead className="bg-slate-100 text-left text-slate-700">
              <HeaderRow variant="framed" columns={(["id", "kind", "capturedAt", "uploader", "rows", "proposals", "warnings"] as const).map((column) => t(`list.${column}`))} />
            </thead>
            <tbody>
              {data.map((capture) => {
                const kind = captureKind(capture.kind);
                return (
                  <tr key={capture.id} className="border-t border-slate-100 align-top" data-testid="capture-row">
                    <td className="px-3 py-2">
                      <Link href={`/captures/${capture.id}`} className="text-blue-700 underline">
                        #{capture.id}
                      </Link>
                    </td>
                    <td className="px-3 py-2">{kind ? (zh ? kind.label.zh : kind.label.en) : capture.kind}</td>
                    <td className="px-3 py-2 font-mono text-xs">{capture.capturedAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                    <td className="px-3 py-2" lang={langOfMixedText(capture.uploaderLabel)}>
                      {capture.uploaderLabel}
                    </td>
                    <td className="px-3 py-2 tabular-nums">{capture.rowCount}</td>
                    <td className="px-3 py-2">
                      {Object.entries(capture.proposals).map(([outcome, count]) => (
                        <span key={outcome} className="mr-2 inline-block whitespace-nowrap text-xs">
                          {t(`outcome.${outcome}`)}: <span className="tabular-nums">{count}</span>
                        </span>
                      ))}
                    </td>
                    <td className="px-3 py-2 text-xs text-amber-800">{capture.warnings.map((warning) => captureWarningText(warning, locale)).join(" ")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

// Its forms read messages the layout does not send to every page.
export default withPageMessages("captures", CapturesPageContent);
