// /admin/webhooks/<id>: one endpoint's delivery log (status code, latency, attempt, next retry) and its test button.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { ActionButton } from "@/components/watch/action-button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { deleteWebhookAction, sendTestEventAction } from "@/lib/watch/actions";
import { getWebhook, listDeliveries } from "@/lib/watch/webhooks/admin";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("watch.webhooks"))("deliveriesTitle") };
}


export default async function WebhookDeliveriesPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await getCurrentUser();
  if (!me) redirect("/sign-in");
  const [t, locale] = await Promise.all([getTranslations("watch.webhooks"), getLocale()]);
  const time = (date: Date | null) => (date ? t("utc", { time: date.toISOString().slice(0, 19).replace("T", " ") }) : "—");
  if (!hasRole(me, "ADMIN")) return <p className="text-sm text-slate-700">{t("onlyAdmins")}</p>;
  const { id: raw } = await params;
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const id = Number(raw);
  let webhook;
  try {
    webhook = await getWebhook(id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const deliveries = await listDeliveries(id);
  return (
    <section className="space-y-4">
      <nav className="text-sm">
        <Link href="/admin/webhooks" className="text-blue-700 hover:underline">
          {t("back")}
        </Link>
      </nav>
      <h1 className="break-all text-xl font-semibold">{webhook.url}</h1>
      <div className="flex flex-wrap gap-3">
        <ActionButton action={sendTestEventAction} fields={{ webhookId: id }} label={t("sendTest")} tone="primary" testId="send-test-event" />
        <ActionButton action={deleteWebhookAction} fields={{ webhookId: id }} label={t("remove")} tone="danger" />
      </div>
      <p className="text-sm text-slate-600">
        {t("newestFirst")} {deliveries.length === 100 ? t("last100") : null}
      </p>
      <table className="w-full text-sm" data-testid="delivery-log">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="py-1">{t("colDelivery")}</th>
            <th>{t("colEvent")}</th>
            <th>{t("colStatus")}</th>
            <th>{t("colAttempts")}</th>
            <th>{t("colNextRetry")}</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((delivery) => (
            <tr key={delivery.id} className="border-t border-slate-100 align-top" data-testid="delivery-row">
              <td className="py-1.5">
                <code className="text-xs">{delivery.id}</code>
                <div className="text-xs text-slate-500">{time(delivery.createdAt)}</div>
              </td>
              <td>
                <code className="text-xs">{delivery.event}</code>
              </td>
              <td>
                <span className={delivery.status === "delivered" ? "text-green-800" : delivery.status === "dead" ? "font-semibold text-red-800" : "text-amber-800"}>
                  {locale === "en" && delivery.status !== "dead" ? delivery.status : t("status", { status: delivery.status })}
                </span>
              </td>
              <td>
                <ol className="space-y-0.5">
                  {delivery.attemptLog.map((attempt) => (
                    <li key={attempt.attempt}>
                      #{attempt.attempt}: {attempt.statusCode ?? "—"} · {attempt.latencyMs} ms{attempt.error ? <span lang="en">{` · ${attempt.error}`}</span> : ""}
                      <span className="text-xs text-slate-500"> ({time(attempt.at)})</span>
                    </li>
                  ))}
                </ol>
              </td>
              <td>{time(delivery.nextRetryAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
