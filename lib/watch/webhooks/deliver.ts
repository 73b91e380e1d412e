// One attempt at each delivery of a batch: POST the stored body with its signature, log the attempt (status
// code, latency, error), and say whether it succeeded. Retries, backoff and the dead letter are pg-boss's; this
// only marks the delivery dead when pg-boss reports the last attempt.
import "server-only";
import { prisma } from "@/lib/db";
import { watchConfig } from "@/lib/watch/config";
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signBody } from "@/lib/watch/webhooks/sign";

export type AttemptOutcome = { ok: boolean; statusCode: number | null; error: string | null; skipped?: boolean };

export type DeliveryAttempt = {
  deliveryId: string;
  /** 1-based. */
  attempt: number;
  /** A failure now is final (dead letter). */
  lastAttempt: boolean;
};

/**
 * One attempt at each of a batch of deliveries (a worker's batch of jobs): the deliveries read in one
 * statement, POSTed side by side, and the attempts logged in one transaction of two statements, so a bulk
 * change's thousands of deliveries cost a few statements per batch rather than six per delivery. The outcomes
 * answer the attempts in order.
 */
export async function attemptDeliveries(attempts: readonly DeliveryAttempt[]): Promise<AttemptOutcome[]> {
  if (attempts.length === 0) return [];
  const deliveries = await prisma.webhookDelivery.findMany({
    where: { id: { in: attempts.map((attempt) => attempt.deliveryId) } },
    select: { id: true, status: true, event: true, body: true, webhook: { select: { url: true, secret: true } } },
  });
  const byId = new Map(deliveries.map((delivery) => [delivery.id, delivery]));
  const posted = await Promise.all(
    attempts.map(async (attempt) => {
      const delivery = byId.get(attempt.deliveryId);
      // Already delivered (a job re-run after a crash between the POST and pg-boss's bookkeeping) or endpoint gone.
      if (!delivery || delivery.status === "delivered") return null;
      return { attempt, ...(await post(delivery)) };
    }),
  );
  const logged = posted.filter((result) => result !== null);
  if (logged.length > 0) {
    const delivered = logged.map(({ error }) => error === null);
    await prisma.$transaction([
      prisma.webhookAttempt.createMany({
        data: logged.map(({ attempt, statusCode, latencyMs, error }) => ({ deliveryId: attempt.deliveryId, attempt: attempt.attempt, statusCode, latencyMs, error })),
      }),
      prisma.$executeRaw`
        UPDATE "WebhookDelivery" d
        SET attempts = u.attempt, "lastStatusCode" = u.status_code,
            status = CASE WHEN u.delivered THEN 'delivered' WHEN u.last THEN 'dead' ELSE d.status END,
            "deliveredAt" = CASE WHEN u.delivered THEN now() ELSE d."deliveredAt" END
        FROM unnest(${logged.map(({ attempt }) => attempt.deliveryId)}::uuid[], ${logged.map(({ attempt }) => attempt.attempt)}::int[],
                    ${logged.map(({ statusCode }) => statusCode)}::int[], ${delivered}::bool[], ${logged.map(({ attempt }) => attempt.lastAttempt)}::bool[])
             AS u(id, attempt, status_code, delivered, last)
        WHERE d.id = u.id`,
    ]);
  }
  return posted.map((result) => (result === null ? { ok: true, statusCode: null, error: null, skipped: true } : { ok: result.error === null, statusCode: result.statusCode, error: result.error }));
}

/** POSTs the stored body with its signature; never throws (a failure is the error to log). */
async function post(delivery: { id: string; event: string; body: string; webhook: { url: string; secret: string } }): Promise<{ statusCode: number | null; error: string | null; latencyMs: number }> {
  const { webhookTimeoutMs } = watchConfig();
  const started = performance.now();
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const response = await fetch(delivery.webhook.url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "pathway-tracker-webhooks",
        [SIGNATURE_HEADER]: signBody(delivery.webhook.secret, delivery.body),
        [DELIVERY_HEADER]: delivery.id,
        [EVENT_HEADER]: delivery.event,
      },
      body: delivery.body,
      redirect: "manual",
      signal: AbortSignal.timeout(webhookTimeoutMs),
    });
    statusCode = response.status;
    await response.body?.cancel().catch(() => undefined);
    if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
  } catch (caught) {
    error = caught instanceof Error && caught.name === "TimeoutError" ? `no answer within ${webhookTimeoutMs} ms` : describeFetchError(caught);
  }
  return { statusCode, error, latencyMs: Math.round(performance.now() - started) };
}

function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}
