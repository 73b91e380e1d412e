// /admin/webhooks: the registered endpoints (administrators), each with its recent deliveries and a form to add one.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionButton } from "@/components/watch/action-button";
import { WebhookForm } from "@/components/watch/webhook-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { listSavedViews } from "@/lib/views/queries";
import { sendTestEventAction, setWebhookActiveAction } from "@/lib/watch/actions";
import { listWebhooks } from "@/lib/watch/webhooks/admin";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const me = await getCurrentUser();
  if (!me) redirect("/sign-in?next=/admin/webhooks");
  if (!hasRole(me, "ADMIN")) return <p className="text-sm text-slate-700">Only administrators manage webhooks.</p>;
  const [webhooks, views] = await Promise.all([listWebhooks(), listSavedViews()]);
  return (
    <section className="space-y-6">
      <h1 className="text-xl font-semibold">Webhooks</h1>
      <p className="max-w-3xl text-sm text-slate-600">
        Each committed change that matches an endpoint is POSTed to it as JSON, signed with its secret (<code>X-Pathway-Signature: sha256=…</code>)
        and with a delivery id (<code>X-Pathway-Delivery</code>) to de-duplicate on. A failed delivery is retried with exponential backoff and
        dead-lettered after the last attempt; the log of each endpoint shows every attempt.
      </p>
      {webhooks.length === 0 ? (
        <p className="text-sm text-slate-600">No webhooks yet.</p>
      ) : (
        <table className="w-full text-sm" data-testid="webhook-list">
          <thead className="text-left text-slate-500">
            <tr>
              <th className="py-1">Endpoint</th>
              <th>Saved view</th>
              <th>Kinds</th>
              <th>State</th>
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
                <td>{webhook.viewName ?? "every candidate"}</td>
                <td>{webhook.kinds.length ? webhook.kinds.join(", ") : "every kind"}</td>
                <td>{webhook.active ? "active" : "paused"}</td>
                <td className="space-x-2 text-right">
                  <ActionButton action={sendTestEventAction} fields={{ webhookId: webhook.id }} label="Send test event" testId="send-test-event" />
                  <ActionButton
                    action={setWebhookActiveAction}
                    fields={{ webhookId: webhook.id, version: webhook.version, active: webhook.active ? "false" : "true" }}
                    label={webhook.active ? "Pause" : "Resume"}
                  />
                  <Link href={`/admin/webhooks/${webhook.id}`} className="text-blue-700 hover:underline">
                    Delivery log
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section className="space-y-2">
        <h2 className="font-semibold">Register an endpoint</h2>
        <WebhookForm views={views.map((view) => ({ id: view.id, name: view.name }))} />
      </section>
    </section>
  );
}
