// One attempt at one webhook delivery: POST the stored body with its signature, log the attempt (status code,
// latency, error), and say whether it succeeded. Retries, backoff and the dead letter are pg-boss's; this
// only marks the delivery dead when pg-boss reports the last attempt.
import "server-only";
import { prisma } from "@/lib/db";
import { watchConfig } from "@/lib/watch/config";
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signBody } from "@/lib/watch/webhooks/sign";

export type AttemptOutcome = { ok: boolean; statusCode: number | null; error: string | null; skipped?: boolean };

/** `attempt` is 1-based; `lastAttempt` means a failure now is final (dead letter). */
export async function attemptDelivery(deliveryId: string, { attempt, lastAttempt }: { attempt: number; lastAttempt: boolean }): Promise<AttemptOutcome> {
  const delivery = await prisma.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: { id: true, status: true, event: true, body: true, webhook: { select: { url: true, secret: true, active: true } } },
  });
  // Already delivered (a job re-run after a crash between the POST and pg-boss's bookkeeping) or endpoint gone.
  if (!delivery || delivery.status === "delivered") return { ok: true, statusCode: null, error: null, skipped: true };

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
  const latencyMs = Math.round(performance.now() - started);
  const ok = error === null;
  await prisma.$transaction([
    prisma.webhookAttempt.create({ data: { deliveryId, attempt, statusCode, latencyMs, error } }),
    prisma.webhookDelivery.update({
      where: { id: deliveryId },
      data: {
        attempts: attempt,
        lastStatusCode: statusCode,
        ...(ok ? { status: "delivered", deliveredAt: new Date() } : lastAttempt ? { status: "dead" } : {}),
      },
    }),
  ]);
  return { ok, statusCode, error };
}

function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}
