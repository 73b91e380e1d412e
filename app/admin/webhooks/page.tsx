// /admin/webhooks: the registered endpoints (administrators), each with its recent deliveries and a form to add one.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { langOfText } from "@/components/ui/bilingual-name";
import { ActionButton } from "@/components/watch/action-button";
import { WebhookForm } from "@/components/watch/webhook-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { listSavedViews } from "@/lib/views/queries";
import { sendTestEventAction, setWebhookActiveAction } from "@/lib/watch/actions";
import { listWebhooks } from "@/lib/watch/webhooks/admin";
import { withPageMessages } from "@/components/i18n/page-messages";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("watch.webhooks"))("title") };
}

async function WebhooksPageContent() {
  const me = await getCurrentUser();
  if (!me) redirect("/sign-in?next=/admin/webhooks");
  const [t, kindLabel, locale] = await Promise.all([getTranslations("watch.webhooks"), getTranslations("watch.kinds"), getLocale()]);
  if (!hasRole(me, "ADMIN")) return <p className="text-sm text-slate-700">{t("onlyAdmins")}</p>;
  const [webhooks, views] = await Promise.all([listWebhooks(), listSavedViews()]);
  return (
    <section className="space-y-6">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-slate-600">
        {t.rich("intro", { code: (chunks) => <code>{chunks}</code> })}
      </p>
      {webhooks.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <table className="w-full text-sm" data-testid="webhook-list">
          <thead className="text-left text-slate-500">
            <tr>
              <th className="py-1">{t("colEndpoint")}</th>
              <th>{t("colView")}</th>
              <th>{t("colKinds")}</th>
              <th>{t("colState")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {webhooks.map((webhook) => (
              <tr key={webhook.id} className="border-t border-slate-100 align-top">
                <td className="py-1.5">
                  <Link href={`/admin/webhooks/${webhook.id}`} className="break-all text-blue-800 hover:underline">
                    {webhook.url}
                  </Link>
                </td>
                <td>{webhook.viewName ? <span lang={langOfText(webhook.viewName)}>{webhook.viewName}</span> : t("everyCandidate")}</td>
                <td>{webhook.kinds.length ? (locale === "en" ? webhook.kinds : webhook.kinds.map((kind) => kindLabel(kind as "stage"))).join(locale === "en" ? ", " : "、") : t("everyKind")}</td>
                <td>{webhook.active ? t("active") : t("paused")}</td>
                <td className="space-x-2 text-right">
                  <ActionButton action={sendTestEventAction} fields={{ webhookId: webhook.id }} label={t("sendTest")} testId="send-test-event" />
                  <ActionButton
                    action={setWebhookActiveAction}
                    fields={{ webhookId: webhook.id, version: webhook.version, active: webhook.active ? "false" : "true" }}
                    label={webhook.active ? t("pause") : t("resume")}
                  />
                  <Link href={`/admin/webhooks/${webhook.id}`} className="text-blue-700 hover:underline">
                    {t("log")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section className="space-y-2">
        <h2 className="font-semibold">{t("register")}</h2>
        <WebhookForm views={views.map((view) => ({ id: view.id, name: view.name }))} />
      </section>
    </section>
  );
}

// Its forms read messages the layout does not send to every page.
export default withPageMessages("webhooks", WebhooksPageContent);
