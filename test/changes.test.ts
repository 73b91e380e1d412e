// The write step's change events on a real database: every committed change emits exactly one event
// describing it (ids of the audit rows it wrote, diffs, actor, channel, evidence); listeners run inside the
// change's transaction, so what they write commits with it and a listener that fails rolls it back; a
// refused change emits nothing; the capture channel's audit rows cite the capture.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { ChangeEvent } from "@/lib/changes/change-event";
import type { Actor } from "@/lib/changes/actor";
import { nextCacheMock, nextHeadersMock } from "./support/next-request.ts";
import { openAppDatabase, type AppDatabase } from "./support/app-database.ts";
import { createPipeline } from "./support/fixtures.ts";
import { createUser, type TestUser } from "./support/users.ts";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("next/cache", () => nextCacheMock);

let app: AppDatabase;
let analyst: TestUser;
let actor: Actor;
const meta = { reason: "CDE public list", evidenceUrl: "https://www.cde.org.cn/main/xxgk/listpage/example", noEvidence: false };
const removals: (() => void)[] = [];

beforeAll(async () => {
  app = await openAppDatabase("changes");
  analyst = await createUser(app.prisma, "ANALYST");
  actor = { id: analyst.id, label: analyst.email, channel: "api" };
  await app.prisma.$executeRawUnsafe(`CREATE TABLE change_probe (change_id text NOT NULL, candidate_id int)`);
});
afterEach(() => removals.splice(0).forEach((remove) => remove()));
afterAll(async () => app?.drop());

const partial = async (text: string) => {
  const { parsePartialDate } = await import("@/lib/domain/partial-date");
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

/** Collects the events of the changes made while it listens. */
async function listen(onChange?: (tx: Parameters<import("@/lib/changes/listeners").ChangeListener["onChange"]>[0], event: ChangeEvent) => Promise<void>) {
  const { addChangeListener } = await import("@/lib/changes/listeners");
  const events: ChangeEvent[] = [];
  removals.push(
    addChangeListener({
      name: "test",
      onChange: async (tx, event) => {
        events.push(event);
        await onChange?.(tx, event);
      },
    }),
  );
  return events;
}

describe("the change event", () => {
  it("describes one committed change: subject, candidate, actor, channel, evidence, effective date and its audit rows", async () => {
    const { advanceApplicationStatus } = await import("@/lib/applications/mutations");
    const pipeline = await createPipeline(app.prisma);
    const events = await listen();
    const result = await advanceApplicationStatus({
      actor,
      expectedVersion: 1,
      input: { ...meta, applicationId: pipeline.applicationId, to: "SUPPLEMENT_REQUESTED", effectiveDate: await partial("2025-02") },
    });
    expect(events).toHaveLength(1);
    const [event] = events as [ChangeEvent];
    const rows = await app.prisma.auditEvent.findMany({ where: { changeId: result.changeId }, orderBy: { id: "asc" } });
    expect(event).toMatchObject({
      changeId: result.changeId,
      candidateId: pipeline.candidateId,
      subject: { entityType: "Application", entityId: String(pipeline.applicationId), version: 2, action: "TRANSITION" },
      channel: "api",
      actor: { id: analyst.id, label: analyst.email },
      reason: meta.reason,
      evidence: { url: meta.evidenceUrl, record: null },
      effective: { date: new Date("2025-02-01T00:00:00Z"), precision: "MONTH" },
      summary: result.summary,
    });
    expect(event.recordedAt).toEqual(rows[0]!.at);
    expect(event.rows.map((row) => row.auditRowId)).toEqual(rows.map((row) => row.id.toString()));
    expect(event.rows.map((row) => [row.entityType, row.action, row.field, row.before, row.after, row.version])).toEqual(
      rows.map((row) => [row.entityType, row.action, row.field, row.before, row.after, row.entityVersion]),
    );
    expect(event.rows[0]).toMatchObject({ field: "status", before: "UNDER_REVIEW", after: "SUPPLEMENT_REQUESTED" });
  });

  it("is emitted once per change by every mutation, and never for a refused one", async () => {
    const m = {
      ...(await import("@/lib/candidates/mutations")),
      ...(await import("@/lib/programs/mutations")),
      ...(await import("@/lib/applications/mutations")),
      ...(await import("@/lib/designations/mutations")),
      ...(await import("@/lib/reimbursements/mutations")),
    };
    const pipeline = await createPipeline(app.prisma, "Eventaglutide");
    const events = await listen();
    const effectiveDate = await partial("2025-05-01");
    const results = [
      await m.updateCandidate({ actor, expectedVersion: 1, input: { ...meta, effectiveDate, candidateId: pipeline.candidateId, researchOnlyPresent: false, notes: "event test" } }),
      await m.updateProgram({ actor, expectedVersion: 1, input: { ...meta, effectiveDate, programId: pipeline.programId, notes: "event test" } }),
      await m.updateApplication({ actor, expectedVersion: 1, input: { ...meta, effectiveDate, applicationId: pipeline.applicationId, notes: "event test" } }),
      await m.addStageEvent({ actor, input: { ...meta, effectiveDate, programId: pipeline.programId, stage: "PHASE_1" } }),
      await m.changeDesignationState({ actor, expectedVersion: 1, input: { ...meta, effectiveDate: await partial("2024-03-04"), designationId: pipeline.designationId, to: "PUBLICIZED" } }),
      await m.changeReimbursementState({ actor, expectedVersion: 1, input: { ...meta, listingId: pipeline.listingId, to: "NEGOTIATION_SUCCEEDED", effectiveDate: await partial("2025-11-04") } }),
      await m.createDesignation({ actor, input: { ...meta, effectiveDate, programId: pipeline.programId, type: "PRIORITY_REVIEW" } }),
    ];
    await expect(
      m.updateProgram({ actor, expectedVersion: 2, input: { ...meta, effectiveDate, programId: pipeline.programId, notes: "event test" } }),
    ).rejects.toMatchObject({ message: expect.stringContaining("NO_CHANGES") });
    await expect(
      m.updateCandidate({ actor, expectedVersion: 1, input: { ...meta, effectiveDate, candidateId: pipeline.candidateId, researchOnlyPresent: false, notes: "stale" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(events.map((event) => event.changeId)).toEqual(results.map((result) => result.changeId));
    expect(events.map((event) => `${event.subject.entityType}:${event.subject.action}`)).toEqual([
      "Candidate:UPDATE",
      "Program:UPDATE",
      "Application:UPDATE",
      "StageEvent:CREATE",
      "Designation:TRANSITION",
      "ReimbursementListing:TRANSITION",
      "Designation:CREATE",
    ]);
    expect(new Set(events.map((event) => event.candidateId))).toEqual(new Set([pipeline.candidateId]));
    expect(events[0]!.rows).toEqual([expect.objectContaining({ field: "notes", before: null, after: "event test", version: 2 })]);
  });

  it("runs listeners inside the change's transaction: their writes commit with it, their failure rolls it back", async () => {
    const { updateProgram } = await import("@/lib/programs/mutations");
    const pipeline = await createPipeline(app.prisma, "Outboxaglutide");
    const effectiveDate = await partial("2025-05-01");
    await listen(async (tx, event) => {
      await tx.$executeRaw`INSERT INTO change_probe (change_id, candidate_id) VALUES (${event.changeId}, ${event.candidateId})`;
    });
    const committed = await updateProgram({ actor, expectedVersion: 1, input: { ...meta, effectiveDate, programId: pipeline.programId, notes: "with its job" } });
    expect(await app.prisma.$queryRaw`SELECT change_id, candidate_id FROM change_probe WHERE change_id = ${committed.changeId}`).toEqual([
      { change_id: committed.changeId, candidate_id: pipeline.candidateId },
    ]);

    const auditBefore = await app.prisma.auditEvent.count();
    const probesBefore = await app.prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM change_probe`;
    await listen(async () => {
      throw new Error("the outbox is unavailable");
    });
    await expect(updateProgram({ actor, expectedVersion: 2, input: { ...meta, effectiveDate, programId: pipeline.programId, notes: "lost" } })).rejects.toThrow(
      "the outbox is unavailable",
    );
    expect(await app.prisma.auditEvent.count()).toBe(auditBefore);
    expect(await app.prisma.$queryRaw`SELECT count(*) FROM change_probe`).toEqual(probesBefore);
    expect(await app.prisma.program.findUniqueOrThrow({ where: { id: pipeline.programId } })).toMatchObject({ version: 2, notes: "with its job" });
  });

  it("cites a capture as the evidence of the capture channel's changes, on every audit row and in the event", async () => {
    const { changeDesignationState } = await import("@/lib/designations/mutations");
    const pipeline = await createPipeline(app.prisma, "Captureglutide");
    const events = await listen();
    const result = await changeDesignationState({
      actor: { ...actor, channel: "capture" },
      evidenceRecord: { kind: "capture", id: 42 },
      expectedVersion: 1,
      input: { ...meta, effectiveDate: await partial("2024-03-04"), designationId: pipeline.designationId, to: "PUBLICIZED" },
    });
    const rows = await app.prisma.auditEvent.findMany({ where: { changeId: result.changeId } });
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row).toMatchObject({ channel: "capture", evidenceKind: "capture", evidenceRef: "42", evidenceUrl: meta.evidenceUrl });
    expect(events[0]).toMatchObject({ channel: "capture", evidence: { url: meta.evidenceUrl, record: { kind: "capture", id: 42 } } });
    const cited = await app.prisma.auditEvent.count({ where: { evidenceKind: "capture", evidenceRef: "42" } });
    expect(cited).toBe(rows.length);
  });

  it("in a batch transaction, writes every change's audit rows and emits its event before the commit, in order; a change undone by its savepoint leaves neither", async () => {
    const { advanceApplicationStatus, updateApplication, APPLICATION_TABLE } = await import("@/lib/applications/mutations");
    const { inOneTransaction, inSavepoint } = await import("@/lib/changes/transaction");
    const { primeLoads } = await import("@/lib/changes/write-step");
    const first = await createPipeline(app.prisma, "Batchaglutide");
    const second = await createPipeline(app.prisma, "Batchaglutide two");
    const events = await listen();
    const effectiveDate = await partial("2025-03");
    const seenInside: number[] = [];
    const results = await inOneTransaction(async (tx) => {
      await primeLoads(tx, APPLICATION_TABLE, [first.applicationId, second.applicationId]);
      const one = await advanceApplicationStatus({ actor, expectedVersion: 1, input: { ...meta, applicationId: first.applicationId, to: "SUPPLEMENT_REQUESTED", effectiveDate } });
      // A second change of the same record reads it again: the primed copy served the first change only.
      const two = await updateApplication({ actor, expectedVersion: 2, input: { ...meta, effectiveDate, applicationId: first.applicationId, notes: "batched" } });
      await expect(
        inSavepoint(tx, async () => {
          await advanceApplicationStatus({ actor, expectedVersion: 1, input: { ...meta, applicationId: second.applicationId, to: "SUPPLEMENT_REQUESTED", effectiveDate } });
          throw new Error("undone");
        }),
      ).rejects.toThrow("undone");
      seenInside.push(events.length);
      return [one, two];
    });
    expect(seenInside).toEqual([0]);
    expect(events.map((event) => event.changeId)).toEqual(results.map((result) => result.changeId));
    const rows = await app.prisma.auditEvent.findMany({ where: { entityType: "Application", entityId: { in: [String(first.applicationId), String(second.applicationId)] } }, orderBy: { id: "asc" } });
    expect(rows.map((row) => [row.entityId, row.field, row.after])).toEqual([
      [String(first.applicationId), "status", "SUPPLEMENT_REQUESTED"],
      [String(first.applicationId), "statusDate", "2025-03"],
      [String(first.applicationId), "notes", "batched"],
    ]);
    expect(events.flatMap((event) => event.rows.map((row) => row.auditRowId))).toEqual(
      expect.arrayContaining(rows.map((row) => row.id.toString())),
    );
    const untouched = await app.prisma.application.findUniqueOrThrow({ where: { id: second.applicationId } });
    expect(untouched).toMatchObject({ status: "UNDER_REVIEW", version: 1 });
  });

  it("is emitted once per row that a bulk edit commits", async () => {
    const { bulkChangeDesignationState } = await import("@/lib/designations/bulk");
    const first = await createPipeline(app.prisma, "Bulkeventide");
    const second = await createPipeline(app.prisma, "Bulkeventide two");
    const events = await listen();
    const result = await bulkChangeDesignationState({
      actor: { ...actor, channel: "bulk" },
      input: { ...meta, effectiveDate: await partial("2024-03-04"), candidateIds: [first.candidateId, 999999, second.candidateId], type: "BREAKTHROUGH_THERAPY", to: "PUBLICIZED" },
    });
    expect(result).toMatchObject({ succeeded: 2, failed: 1 });
    expect(events.map((event) => [event.candidateId, event.channel])).toEqual([
      [first.candidateId, "bulk"],
      [second.candidateId, "bulk"],
    ]);
  });
});
