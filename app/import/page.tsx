import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server-translations";
import Link from "next/link";
import { ImportForm } from "@/components/reports/import-form";
import { ProvincialPasteImport } from "@/components/provincial-access/paste-import";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";
import { withPageMessages } from "@/components/i18n/page-messages";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages.titles"))("import") };
}

async function ImportPageContent() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("pages.import")]);
  return (
    <section className="max-w-5xl space-y-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-700">
        {t.rich("intro", {
          link: (chunks) => (
            <Link href="/reports" className="text-blue-700 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      {canEdit(user) ? (
        <>
          <ImportForm />
          <ProvincialPasteImport />
        </>
      ) : (
        <p className="rounded border border-slate-300 bg-white px-3 py-2 text-sm" data-testid="import-sign-in">
          {t.rich("signIn", {
            link: (chunks) => (
              <Link href="/sign-in?next=/import" className="text-blue-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
    </section>
  );
}

// Its forms read messages the layout does not send to every page.
export default withPageMessages("import", ImportPageContent);
