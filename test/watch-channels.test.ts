// A change made through any channel — a form (server action), the JSON API, the dashboard's bulk edit, a CSV
// import, an applied capture of an official list — reaches the watcher's /changes, their Atom feed and a webhook receiver, signed, exactly once; a
// refused (rolled-back) change reaches none of them. The outbox job is sent by the audit writer inside each
// change's own transaction, so every channel that records a change gets it.
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { WatchWorker } from "@/lib/watch/worker";
import { HEADERS, pasteOf, TITLES } from "./support/capture-sources.ts";
import { parseCsvResponse } from "./support/csv.ts";
import { openAppDatabase, type AppDatabase } from "./support/app-database.ts";
import { createPipeline, type Pipeline } from "./support/fixtures.ts";
import { cookieJar, nextCacheMock, nextHeadersMock } from "./support/next-request.ts";
import { createApiToken, createSessionToken, createUser, type TestUser } from "./support/users.ts";
import { startWebhookReceiver, type WebhookReceiver } from "./support/webhook-receiver.ts";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("next/cache", () => nextCacheMock);

process.env.WATCH_POLLING_INTERVAL_SECONDS = "0.5";
const SECRET = "channels-webhook-secret-123456";

let app: AppDatabase;
let receiver: WebhookReceiver;
let analyst: TestUser;
let watcher: TestUser;
let pipelines: Pipeline[];
let worker: WatchWorker;
let apiToken: string;
const meta = { reason: "", evidenceUrl: "https://www.cde.org.cn/main/xxgk/listpage/example", noEvidence: false };

beforeAll(async () => {
  app = await openAppDatabase("watch_channels");
  receiver = await startWebhookReceiver();
  analyst = await createUser(app.prisma, "ANALYST");
  watcher = await createUser(app.prisma, "VIEWER", "channel-watcher@test.local");
  apiToken = await createApiToken(app.prisma, analyst.id);
  cookieJar.signInWith(await createSessionToken(app.prisma, analyst.id));
  pipelines = [await createPipeline(app.prisma, "Formaglutide"), await createPipeline(app.prisma, "Apiglutide"), await createPipeline(app.prisma, "Bulkaglutide"), await createPipeline(app.prisma, "Importaglutide"), await createPipeline(app.prisma, "Captaglutide")];
  const { watch } = await import("@/lib/watch/watches");
  for (const pipeline of pipelines) await watch(watcher.id, { candidateId: pipeline.candidateId });
  const { createWebhook } = await import("@/lib/watch/webhooks/admin");
  await createWebhook({ url: receiver.url("/hook"), secret: SECRET }, { userId: analyst.id });
  const { startWatchWorker } = await import("@/lib/watch/worker");
  worker = await startWatchWorker({ databaseUrl: app.database.databaseUrl, scheduleDigest: false });
});
afterAll(async () => {
  await worker?.stop();
  await receiver?.close();
  await app?.drop();
});

async function apiStatusChange(applicationId: number, body: unknown): Promise<Response> {
  const { POST } = await import("@/app/api/applications/[id]/status/route");
  return POST(new Request(`http://localhost/api/applications/${applicationId}/status`, {
    method: "POST",
    headers: { authorization: `Bearer ${apiToken}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  }), { params: Promise.resolve({ id: String(applicationId) }) });
}

describe("every channel", () => {
  it("form, API, bulk and import changes reach /changes, the feed and the webhook once each; a refused change reaches none", async () => {
    const [form, api, bulk, imported] = pipelines as [Pipeline, Pipeline, Pipeline, Pipeline, Pipeline];

    // Form: the candidate page's designation form (server action).
    const { changeDesignationStateAction } = await import("@/lib/designations/actions");
    const formData = new FormData();
    for (const [key, value] of Object.entries({ designationId: form.designationId, expectedVersion: 1, to: "PUBLICIZED", effectiveDate: "2025-03-01", reason: "via form", evidenceUrl: meta.evidenceUrl })) formData.set(key, String(value));
    const formState = (await changeDesignationStateAction({ status: "idle" }, formData)) as { status: string; message?: string };
    expect(formState.status, formState.message).toBe("success");

    // JSON API, and a refused API change (an unknown transition: its transaction rolls back).
    expect((await apiStatusChange(api.applicationId, { ...meta, reason: "via api", to: "SUPPLEMENT_REQUESTED", effectiveDate: "2025-02-01", expectedVersion: 1 })).status).toBe(200);
    expect((await apiStatusChange(api.applicationId, { ...meta, reason: "refused", to: "UNDER_REVIEW", effectiveDate: "2024-01-01", expectedVersion: 2 })).status).toBeGreaterThanOrEqual(400);

    // Bulk edit.
    const { bulkChangeDesignationState } = await import("@/lib/designations/bulk");
    const { parsePartialDate } = await import("@/lib/domain/partial-date");
    const day = parsePartialDate("2025-03-02");
    if (!day.ok) throw new Error(day.error);
    const bulkResult = await bulkChangeDesignationState({
      actor: { id: analyst.id, label: analyst.email, channel: "bulk" },
      input: { candidateIds: [bulk.candidateId], type: "BREAKTHROUGH_THERAPY", to: "PUBLICIZED", reason: "via bulk", evidenceUrl: meta.evidenceUrl, noEvidence: false, effectiveDate: day.value } as Parameters<typeof bulkChangeDesignationState>[0]["input"],
    });
    expect(bulkResult.succeeded).toBe(1);

    // CSV import: the designations export of one candidate, its state edited, previewed and applied.
    const exportRoute = await import("@/app/api/export/designations.csv/route");
    const csv = await parseCsvResponse(await exportRoute.GET(new Request(`http://localhost/api/export/designations.csv?lang=en`)));
    const exportedRow = csv.rows.find((cells) => cells[csv.header.indexOf("Designation ID")] === String(imported.designationId));
    if (!exportedRow) throw new Error("the imported pipeline's designation is not in the export");
    const row = [...exportedRow];
    row[csv.header.indexOf("State")] = "Publicized";
    row[csv.header.indexOf("Publicity start")] = "2025-03-03";
    const bytes = new TextEncoder().encode("\uFEFF" + stringify([csv.header, row], { record_delimiter: "windows" }));
    const { previewImport, applyImport } = await import("@/lib/import/run-import");
    const preview = await previewImport(app.prisma, "designations", bytes);
    expect(preview.plan.counts, JSON.stringify(preview.plan.rows)).toMatchObject({ update: 1, error: 0 });
    await applyImport(app.prisma, "designations", bytes, { reason: "via import", actor: { id: analyst.id, label: analyst.email }, previewToken: preview.plan.token });

    const reasons = ["via form", "via api", "via bulk", "via import"];
    await vi.waitFor(() => expect(receiver.on("/hook").length).toBeGreaterThanOrEqual(4), { timeout: 30_000, interval: 100 });
    await vi.waitFor(
      async () => expect((await app.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE state <> 'completed'`))[0]?.n).toBe(0),
      { timeout: 30_000, interval: 100 },
    );
    const { verifySignature } = await import("@/lib/watch/webhooks/sign");
    const bodies = receiver.on("/hook").map((request) => {
      expect(verifySignature(SECRET, request.body, request.headers["x-pathway-signature"] as string)).toBe(true);
      return JSON.parse(request.body) as { change: { reason: string; channel: string; candidate: { id: number } } };
    });
    expect(bodies.map((body) => body.change.reason).sort()).toEqual([...reasons].sort());
    expect(Object.fromEntries(bodies.map((body) => [body.change.reason, body.change.channel]))).toEqual({ "via form": "ui", "via api": "api", "via bulk": "bulk", "via import": "import" });

    const { findWatchedChanges } = await import("@/lib/watch/changes");
    const changes = await findWatchedChanges(watcher.id, { kinds: [], limit: 50 });
    expect(changes.map((change) => change.reason).sort()).toEqual([...reasons].sort());
    expect(new Set(changes.map((change) => change.candidate.id))).toEqual(new Set(pipelines.slice(0, 4).map((pipeline) => pipeline.candidateId)));
    expect((await findWatchedChanges(watcher.id, { kinds: ["application"], limit: 50 })).map((change) => change.reason)).toEqual(["via api"]);

    const { createFeedToken, renderFeed } = await import("@/lib/watch/feeds");
    const atom = (await renderFeed((await createFeedToken(watcher.id)).token)) ?? "";
    for (const change of changes) expect(atom.split(`<id>urn:uuid:${change.id}</id>`)).toHaveLength(2);
    expect(atom).not.toContain("refused");
  });

  it("an applied capture's change reaches /changes, the feed and the webhook once, citing the capture", async () => {
    const captured = pipelines[4]!;
    const application = await app.prisma.application.findUniqueOrThrow({ where: { id: captured.applicationId } });
    const before = receiver.on("/hook").length;
    // CDE's review-task list says 发补 (supplement requested) for the application recorded as under review.
    const text = pasteOf({ title: TITLES["review-tasks"], header: HEADERS["review-tasks"], rows: [["1", application.acceptanceNumber, "示例肽注射液", "2025-01-02", "发补", "", "", "", "", "", "", ""]] });
    const { createCapture } = await import("@/lib/captures/store");
    const { applyCapture } = await import("@/lib/captures/apply");
    const capture = await createCapture(app.prisma, { source: { text }, capturedAt: new Date("2025-04-01T00:00:00Z"), uploader: { id: analyst.id, label: analyst.email } });
    expect(capture.proposals).toMatchObject({ STATUS_CHANGE: 1 });
    const applied = await applyCapture(capture.id, { accept: "all-valid" }, { id: analyst.id, label: analyst.email });
    expect(applied.applied).toHaveLength(1);

    await vi.waitFor(() => expect(receiver.on("/hook").length).toBeGreaterThanOrEqual(before + 1), { timeout: 30_000, interval: 100 });
    await vi.waitFor(
      async () => expect((await app.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE state <> 'completed'`))[0]?.n).toBe(0),
      { timeout: 30_000, interval: 100 },
    );
    const { verifySignature } = await import("@/lib/watch/webhooks/sign");
    const delivered = receiver.on("/hook").slice(before).map((request) => {
      expect(verifySignature(SECRET, request.body, request.headers["x-pathway-signature"] as string)).toBe(true);
      return JSON.parse(request.body) as { change: { channel: string; candidate: { id: number }; evidenceRecord: { kind: string; id: string; url: string } | null } };
    });
    expect(delivered.map((body) => [body.change.channel, body.change.candidate.id])).toEqual([["capture", captured.candidateId]]);
    expect(delivered[0]!.change.evidenceRecord).toMatchObject({ kind: "capture", id: String(capture.id), url: expect.stringMatching(new RegExp(`/captures/${capture.id}$`)) });

    const { findWatchedChanges } = await import("@/lib/watch/changes");
    const fromCapture = (await findWatchedChanges(watcher.id, { kinds: ["application"], limit: 50 })).filter((change) => change.candidate.id === captured.candidateId);
    expect(fromCapture).toHaveLength(1);
    const { createFeedToken, renderFeed } = await import("@/lib/watch/feeds");
    const atom = (await renderFeed((await createFeedToken(watcher.id)).token)) ?? "";
    expect(atom.split(`<id>urn:uuid:${fromCapture[0]!.id}</id>`)).toHaveLength(2);
    expect(atom).toContain(`/captures/${capture.id}`);
  });
});
