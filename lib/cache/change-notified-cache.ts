// An in-process cache of query results that PostgreSQL itself invalidates. Statement triggers on the
// catalogue tables (migration `dashboard_indexes_change_notify`) send NOTIFY on CATALOG_CHANGE_CHANNEL;
// NOTIFY is transactional, so it arrives after the writing transaction commits, whichever process or
// tool wrote (the app, the seed, an import, psql). One LISTEN connection per cache clears it.
//
// Correctness rules:
// - Nothing is served from the cache until the listener has proved it receives notifications sent by
//   another connection (a probe), so a server that cannot deliver them (e.g. the embedded PGlite, which
//   hands a notification to the connection that raised it) only loses speed, never freshness.
// - A result is stored only if no notification arrived while it was computed (generation check): its
//   snapshot may predate the change.
// - A lost connection clears the cache and stops serving from it until the listener is back.
import pg from "pg";

export const CATALOG_CHANGE_CHANNEL = "catalog_changed";

export type ChangeNotifiedCacheOptions = {
  databaseUrl: string;
  channel?: string;
  /** Entries kept, least recently used dropped first. */
  maxEntries?: number;
  /** A safety net only: entries expire even if no change is notified. */
  ttlMs?: number;
  /** How long the listener waits for its own probe before deciding notifications do not arrive. */
  probeTimeoutMs?: number;
  onError?: (error: unknown) => void;
};

type Entry<V> = { value: V; expiresAt: number };

/**
 * Every cache of this process that has not been closed, for forgetInProcess. On globalThis: Next bundles this
 * module separately for route handlers and for pages and server actions, and a cache made by one bundle must
 * be cleared by a write committed through the other.
 */
const globalForCaches = globalThis as unknown as { pathwayOpenCaches?: Set<ChangeNotifiedCache<unknown>> };
const openCaches = (globalForCaches.pathwayOpenCaches ??= new Set());

/**
 * Clears every cache of this process now, for a write this process has just committed: its own NOTIFY
 * arrives a moment later, and the analyst who wrote is redirected to a page that must already show it.
 * Other processes still learn of the write from the notification.
 */
export function forgetInProcess(): void {
  for (const cache of openCaches) cache.forget();
}

export class ChangeNotifiedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private currentGeneration = 0;
  private listening = false;
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelayMs = 1_000;
  private closed = false;
  private readonly options: Required<Omit<ChangeNotifiedCacheOptions, "onError">> & Pick<ChangeNotifiedCacheOptions, "onError">;

  constructor(options: ChangeNotifiedCacheOptions) {
    this.options = { channel: CATALOG_CHANGE_CHANNEL, maxEntries: 500, ttlMs: 10 * 60_000, probeTimeoutMs: 2_000, ...options };
    openCaches.add(this as ChangeNotifiedCache<unknown>);
  }

  /** Forgets every value, as a notification would (and so changes the generation). */
  forget(): void {
    this.invalidate();
  }

  /** Whether results are currently served from the cache (the listener is connected and proven). */
  get isActive(): boolean {
    return this.listening;
  }

  /** Counts the notifications (and lost connections) that cleared the cache: it changes whenever it is cleared. */
  get generation(): number {
    return this.currentGeneration;
  }

  /** The cached value for `key` if there is a fresh one, without computing anything. */
  peek(key: string): V | undefined {
    void this.start();
    if (!this.listening) return undefined;
    const entry = this.entries.get(key);
    return entry && entry.expiresAt > Date.now() ? entry.value : undefined;
  }

  /** The cached value for `key`, or `compute()`'s, stored when it is safe to. */
  async getOrCompute(key: string, compute: () => Promise<V>): Promise<V> {
    void this.start();
    if (this.listening) {
      const entry = this.entries.get(key);
      if (entry && entry.expiresAt > Date.now()) {
        // Re-insert to mark it most recently used.
        this.entries.delete(key);
        this.entries.set(key, entry);
        return entry.value;
      }
    }
    const generation = this.currentGeneration;
    const value = await compute();
    if (this.listening && generation === this.currentGeneration) this.store(key, value);
    return value;
  }

  /** Connects the listener (once; later calls wait for the same attempt). */
  start(): Promise<void> {
    if (this.closed || this.listening) return Promise.resolve();
    this.connecting ??= this.listen().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  async close(): Promise<void> {
    this.closed = true;
    openCaches.delete(this as ChangeNotifiedCache<unknown>);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.invalidate();
    this.listening = false;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private store(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: Date.now() + this.options.ttlMs });
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  private invalidate(): void {
    this.currentGeneration += 1;
    this.entries.clear();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.databaseUrl, keepAlive: true });
    const probe = `probe-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    let probed: () => void = () => undefined;
    const probeArrived = new Promise<void>((resolve) => {
      probed = resolve;
    });
    client.on("notification", (message) => {
      if (message.channel !== this.options.channel) return;
      if (message.payload === probe) probed();
      else this.invalidate();
    });
    client.on("error", (error) => this.lose(client, error));
    client.on("end", () => this.lose(client));
    try {
      await client.connect();
      if (this.closed) {
        await client.end();
        return;
      }
      this.client = client;
      await client.query(`LISTEN ${this.options.channel}`);
      await this.sendProbe(probe);
      const arrived = await Promise.race([
        probeArrived.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), this.options.probeTimeoutMs).unref()),
      ]);
      if (!arrived) {
        // The server does not deliver notifications (e.g. an embedded database): it will not start to.
        this.closed = true;
        this.client = null;
        await client.end().catch(() => undefined);
        this.options.onError?.(new Error(`no notification arrived on "${this.options.channel}": query results are not cached`));
        return;
      }
      this.invalidate();
      this.listening = true;
      this.retryDelayMs = 1_000;
    } catch (error) {
      this.lose(client, error);
    }
  }

  /**
   * Sends the probe from a connection of its own: writes come from other connections, so that is what must
   * be proven to arrive. The embedded PGlite serves every connection from one session and hands a
   * notification to the connection that raised it, so there the probe never arrives and nothing is cached.
   */
  private async sendProbe(probe: string): Promise<void> {
    const sender = new pg.Client({ connectionString: this.options.databaseUrl });
    sender.on("error", () => undefined);
    try {
      await sender.connect();
      await sender.query("SELECT pg_notify($1, $2)", [this.options.channel, probe]);
    } finally {
      await sender.end().catch(() => undefined);
    }
  }

  /** Forgets everything the lost connection vouched for and retries later (with backoff). */
  private lose(client: pg.Client, error?: unknown): void {
    // Events of a connection already replaced (or deliberately ended) change nothing.
    if (client !== this.client && this.client !== null) return;
    this.listening = false;
    this.invalidate();
    this.client = null;
    client.end().catch(() => undefined);
    if (error !== undefined) this.options.onError?.(error);
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.start();
    }, this.retryDelayMs);
    this.retryTimer.unref();
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, 60_000);
  }
}
