import type { Metadata } from "next";
import { langOfMixedText } from "@/components/ui/bilingual-name";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { ProposalsReview } from "@/components/captures/proposals-review";
import { SourceLink } from "@/components/ui/source-link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findCapture } from "@/lib/captures/store";
import { proposalForReview } from "@/lib/captures/proposal-messages";
import { captureWarningText } from "@/lib/captures/warnings";
import { withPageMessages } from "@/components/i18n/page-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await getTranslations("captures"))("pageTitle", { id: (await params).id }) };
}

async function CapturePageContent({ params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations("captures");
  const locale = await getLocale();
  const zh = locale === "zh-CN";
  const user = await getCurrentUser();
  const { id: idText } = await params;
  if (!canEdit(user)) {
    return (
      <p className="rounded border border-slate-300 bg-white px-3 py-2 text-sm" data-testid="captures-sign-in">
        {t("signIn")}{" "}
        <Link href={`/sign-in?next=/captures/${encodeURIComponent(idText)}`} className="text-blue-700 underline">
          {t("signInLink")}
        </Link>
      </p>
    );
  }
  const id = Number(idText);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  const capture = await findCapture(prisma, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <section className="space-y-4">
      <div className="space-y-1">
        <p className="text-sm">
          <Link href="/captures" className="text-blue-700 underline">
            {t("title")}
          </Link>
        </p>
        <h1 className="text-xl font-semibold">{t("review.heading", { id: capture.id, kind: zh ? capture.kindLabel.zh : `${capture.kindLabel.en} (${capture.kindLabel.zh})` })}</h1>
        <p className="text-sm text-slate-700">
          {t.rich("review.capturedBy", {
            at: capture.capturedAt.toISOString().slice(0, 16).replace("T", " ") + " UTC",
            who: () => <span lang={langOfMixedText(capture.uploaderLabel)}>{capture.uploaderLabel}</span>,
            format: [capture.fileName ?? t(`review.formats.${capture.format as "paste" | "html" | "xlsx" | "csv"}`), capture.encoding].filter(Boolean).join(", "),
            rows: capture.rowCount,
          })}
        </p>
        <p className="text-sm text-slate-700">
          {t("review.source")}: {capture.sourceUrl ? <SourceLink url={capture.sourceUrl} /> : t("review.noSource")} · {t("review.sha")}{" "}
          <code className="text-xs">{capture.sha256.slice(0, 16)}…</code>
        </p>
        {capture.warnings.length > 0 ? (
          <ul className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="capture-warnings">
            {capture.warnings.map((warning) => {
              const text = captureWarningText(warning, locale);
              // A capture stored before warnings had codes keeps its English sentence.
              return (
                <li key={text} lang={typeof warning === "string" ? "en" : undefined}>
                  {text}
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
      <ProposalsReview captureId={capture.id} proposals={capture.proposals.map((proposal) => proposalForReview(proposal, locale))} />
    </section>
  );
}

// Its forms read messages the layout does not send to every page.
export default withPageMessages("captures", CapturePageContent);
