// Watching and webhook settings from the environment, read in one place with their defaults.

function intFromEnv(name: string, fallback: number, { min = 0 }: { min?: number } = {}): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer of at least ${min} (got "${raw}")`);
  return value;
}

export type WatchConfig = {
  /** Attempts per webhook delivery before it is dead-lettered (the first try counts). */
  webhookMaxAttempts: number;
  /** Base of the exponential backoff between attempts, in seconds (pg-boss: delay * 2^n, jittered). */
  webhookRetryDelaySeconds: number;
  /** How long a receiver may take to answer before the attempt counts as failed. */
  webhookTimeoutMs: number;
  /** How often an idle worker polls for jobs. */
  pollingIntervalSeconds: number;
  /** Base of the links in feeds, webhook bodies and e-mails. */
  publicUrl: string;
  /** SMTP server of the digest e-mails; unset means no e-mail. */
  smtpUrl: string | null;
  smtpFrom: string;
  /** Hour (UTC) at which the daily digest of the previous day is sent. */
  digestHourUtc: number;
};

export function watchConfig(): WatchConfig {
  return {
    webhookMaxAttempts: intFromEnv("WEBHOOK_MAX_ATTEMPTS", 8, { min: 1 }),
    webhookRetryDelaySeconds: intFromEnv("WEBHOOK_RETRY_DELAY_SECONDS", 5, { min: 1 }),
    webhookTimeoutMs: intFromEnv("WEBHOOK_TIMEOUT_MS", 10_000, { min: 100 }),
    pollingIntervalSeconds: Number(process.env.WATCH_POLLING_INTERVAL_SECONDS ?? "1") || 1,
    publicUrl: (process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`).replace(/\/+$/, ""),
    smtpUrl: process.env.SMTP_URL ? process.env.SMTP_URL : null,
    smtpFrom: process.env.SMTP_FROM ?? "Pathway Tracker <pathway-tracker@localhost>",
    digestHourUtc: intFromEnv("DIGEST_HOUR_UTC", 7, { min: 0 }),
  };
}

/** `WATCH_WORKER=off` keeps the job worker out of `next start` (run `npm run worker` instead). */
export function inProcessWorkerEnabled(): boolean {
  return process.env.WATCH_WORKER !== "off";
}
