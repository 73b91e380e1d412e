// Webhook endpoints (administrators only): register, list, change, remove, send a test event, read the log.
import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { appError } from "@/lib/i18n/app-error";
import { CHANGE_KINDS } from "@/lib/watch/kinds";
import { enqueueDeliveries, PGBOSS_SCHEMA, QUEUES } from "@/lib/watch/queue";
import { checkEndpointUrl } from "@/lib/watch/webhooks/endpoint-url";

const urlField = z.string().max(2_000).transform((raw, context) => {
  const checked = checkEndpointUrl(raw);
  if (!checked.ok) {
    context.addIssue({ code: "custom", message: checked.error.replace(/^url: /, "") });
    return z.NEVER;
  }
  return checked.url;
});
const secretField = z.string().min(16, "at least 16 characters").max(200);
const kindsField = z.array(z.enum(CHANGE_KINDS)).max(CHANGE_KINDS.length);
const viewField = z.number().int().positive().nullable();

export const createWebhookSchema = z.strictObject({ url: urlField, secret: secretField, viewId: viewField.optional(), kinds: kindsField.optional() });
export const updateWebhookSchema = z.strictObject({
  version: z.number().int().positive(),
  url: urlField.optional(),
  secret: secretField.optional(),
  viewId: viewField.optional(),
  kinds: kindsField.optional(),
  active: z.boolean().optional(),
});

export type WebhookView = { id: number; url: string; viewId: number | null; viewName: string | null; kinds: string[]; active: boolean; version: number; createdAt: Date; updatedAt: Date };

const select = { id: true, url: true, viewId: true, kinds: true, active: true, version: true, createdAt: true, updatedAt: true, view: { select: { name: true } } } as const;

function toView({ view, ...row }: { view: { name: string } | null } & Omit<WebhookView, "viewName">): WebhookView {
  return { ...row, viewName: view?.name ?? null };
}

async function assertView(viewId: number | null | undefined): Promise<void> {
  if (viewId == null) return;
  if (!(await prisma.savedView.findUnique({ where: { id: viewId }, select: { id: true } }))) throw appError("BAD_REQUEST", "webhookViewMissing", { id: String(viewId) });
}

export async function createWebhook(input: z.infer<typeof createWebhookSchema>, { userId }: { userId: number }): Promise<WebhookView> {
  await assertView(input.viewId);
  const row = await prisma.webhook.create({
    data: { url: input.url, secret: input.secret, viewId: input.viewId ?? null, kinds: [...new Set(input.kinds ?? [])], createdById: userId },
    select,
  });
  return toView(row);
}

export async function listWebhooks(): Promise<WebhookView[]> {
  return (await prisma.webhook.findMany({ orderBy: { id: "asc" }, select })).map(toView);
}

export async function getWebhook(id: number): Promise<WebhookView> {
  const row = await prisma.webhook.findUnique({ where: { id }, select });
  if (!row) throw appError("NOT_FOUND", "webhookMissing", { id: String(id) });
  return toView(row);
}

/** Changes an endpoint at the version it was loaded at (409 if someone changed it since). */
export async function updateWebhook(id: number, { version, ...input }: z.infer<typeof updateWebhookSchema>): Promise<WebhookView> {
  await assertView(input.viewId);
  const data = { ...input, ...(input.kinds ? { kinds: [...new Set(input.kinds)] } : {}), version: { increment: 1 } };
  const { count } = await prisma.webhook.updateMany({ where: { id, version }, data });
  if (count === 0) {
    const current = await getWebhook(id);
    throw appError("CONFLICT", "webhookConflict", { id: String(id), version: String(version), current: String(current.version) }, { current });
  }
  return getWebhook(id);
}

export async function deleteWebhook(id: number): Promise<void> {
  const { count } = await prisma.webhook.deleteMany({ where: { id } });
  if (count === 0) throw appError("NOT_FOUND", "webhookMissing", { id: String(id) });
}

/** Queues a `test` event for the endpoint (same signing, retries and log as a real one). */
export async function sendTestEvent(webhookId: number): Promise<{ deliveryId: string }> {
  const webhook = await getWebhook(webhookId);
  const id = randomUUID();
  const body = JSON.stringify({ id, event: "test", createdAt: new Date().toISOString(), webhook: { id: webhook.id, url: webhook.url } });
  await prisma.$transaction(async (tx) => {
    await tx.webhookDelivery.create({ data: { id, webhookId, event: "test", body } });
    await enqueueDeliveries(tx, [id]);
  });
  return { deliveryId: id };
}

export type DeliveryLogRow = {
  id: string;
  event: string;
  changeId: string | null;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  createdAt: Date;
  deliveredAt: Date | null;
  /** When pg-boss will try again (null when delivered, dead, or being tried now). */
  nextRetryAt: Date | null;
  attemptLog: { attempt: number; statusCode: number | null; latencyMs: number; error: string | null; at: Date }[];
};

export async function listDeliveries(webhookId: number, { limit = 100 }: { limit?: number } = {}): Promise<DeliveryLogRow[]> {
  await getWebhook(webhookId);
  const rows = await prisma.webhookDelivery.findMany({
    where: { webhookId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true, event: true, changeId: true, status: true, attempts: true, lastStatusCode: true, createdAt: true, deliveredAt: true,
      attemptLog: { orderBy: { attempt: "asc" }, select: { attempt: true, statusCode: true, latencyMs: true, error: true, at: true } },
    },
  });
  const pendingIds = rows.filter((row) => row.status === "pending").map((row) => row.id);
  const retries = pendingIds.length
    ? await prisma.$queryRawUnsafe<{ id: string; startAfter: Date }[]>(
        `SELECT id::text AS id, start_after AS "startAfter" FROM ${PGBOSS_SCHEMA}.job WHERE name = $1 AND id = ANY($2::uuid[]) AND state = 'retry'`,
        QUEUES.delivery,
        pendingIds,
      )
    : [];
  const nextRetry = new Map(retries.map((row) => [row.id, row.startAfter]));
  return rows.map((row) => ({ ...row, nextRetryAt: nextRetry.get(row.id) ?? null }));
}
