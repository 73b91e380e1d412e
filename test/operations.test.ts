// Running it like production: readiness, the 503 during a database outage, request ids in error bodies,
// and logs that never carry secrets.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAppDatabase, type AppDatabase } from "./support/app-database.ts";

let app: AppDatabase;
beforeAll(async () => {
  app = await openAppDatabase("ops");
});
afterAll(async () => app?.drop());

describe("/api/health and /api/ready", () => {
  it("is live without the database and ready when every migration is applied", async () => {
    const health = await import("@/app/api/health/route");
    const ready = await import("@/app/api/ready/route");
    expect(await health.GET().json()).toEqual({ ok: true });
    const response = await ready.GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("is not ready while a migration is pending", async () => {
    const ready = await import("@/app/api/ready/route");
    const [last] = await app.prisma.$queryRaw<{ name: string }[]>`SELECT migration_name AS name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
    await app.prisma.$executeRaw`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = ${last!.name}`;
    try {
      const response = await ready.GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ ok: false, reason: "migrations pending", pending: [last!.name] });
    } finally {
      await app.prisma.$executeRaw`UPDATE "_prisma_migrations" SET finished_at = now() WHERE migration_name = ${last!.name}`;
    }
  });
});

describe("a database outage", () => {
  it("answers 503 with Retry-After and the request id, not 500 INTERNAL", async () => {
    const { requestContextStorage } = await import("@/lib/server/request-context");
    const globalForPrisma = globalThis as unknown as { prisma?: unknown };
    const saved = { url: process.env.DATABASE_URL, prisma: globalForPrisma.prisma };
    // Port 9 (discard) has no PostgreSQL: every connection is refused, as during an outage.
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:9/none";
    delete globalForPrisma.prisma;
    try {
      const candidates = await import("@/app/api/candidates/route");
      const ready = await import("@/app/api/ready/route");
      const response = await requestContextStorage().run({ requestId: "req-outage-1" }, () => candidates.GET(new Request("http://localhost/api/candidates")));
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(await response.json()).toMatchObject({ code: "UNAVAILABLE", requestId: "req-outage-1" });
      const readiness = await ready.GET();
      expect(readiness.status).toBe(503);
      expect(await readiness.json()).toMatchObject({ reason: "database unreachable" });
    } finally {
      const broken = globalForPrisma.prisma as { $disconnect?: () => Promise<void> } | undefined;
      await broken?.$disconnect?.().catch(() => {});
      process.env.DATABASE_URL = saved.url;
      globalForPrisma.prisma = saved.prisma;
    }
  });
});

describe("errors and logs", () => {
  it("puts the request id in every error body and logs an unexpected error once, with its stack, answering without it", async () => {
    const { errorResponse } = await import("@/lib/http/errors");
    const { AppError } = await import("@/lib/errors");
    const { requestContextStorage } = await import("@/lib/server/request-context");
    const lines = await captureLog();
    const refused = await requestContextStorage().run({ requestId: "req-1" }, async () => errorResponse(new AppError("NOT_FOUND", "No such record.")).json());
    expect(refused).toMatchObject({ code: "NOT_FOUND", requestId: "req-1" });
    const failed = await requestContextStorage().run({ requestId: "req-2" }, () => errorResponse(new Error("kaboom")));
    expect(failed.status).toBe(500);
    const body = await failed.text();
    expect(body).not.toMatch(/kaboom|at .*\.ts/);
    expect(JSON.parse(body)).toEqual({ error: "Internal error", code: "INTERNAL", requestId: "req-2" });
    const logged = lines().filter((line) => line.requestId === "req-2");
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: "error", err: { message: "kaboom", stack: expect.stringContaining("Error: kaboom") } });
  });

  it("redacts passwords, tokens and cookies", async () => {
    const lines = await captureLog();
    const { log } = await import("@/lib/server/log");
    log().info({ password: "hunter2", body: { password: "p", token: "pt_secret" }, headers: { cookie: "pt_session=abc", authorization: "Bearer pt_x" } }, "probe");
    const text = JSON.stringify(lines());
    for (const secret of ["hunter2", "pt_secret", "pt_session=abc", "Bearer pt_x"]) expect(text).not.toContain(secret);
    expect(text).toContain("[redacted]");
  });
});

/** Points the app's logger at memory; returns a reader of the lines written since. */
async function captureLog(): Promise<() => Record<string, unknown>[]> {
  const { createLogger } = await import("@/lib/server/log");
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  (globalThis as unknown as { pathwayLog?: unknown }).pathwayLog = createLogger(sink);
  return () => chunks.join("").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}
