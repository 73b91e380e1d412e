// History and the activity log read the audit trail as change groups: filters by user, record type and
// date range, pagination, and a candidate's history covering all of its records.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/changes/actor";
import { openAppDatabase, type AppDatabase } from "./support/app-database.ts";
import { createPipeline, type Pipeline } from "./support/fixtures.ts";
import { createUser } from "./support/users.ts";

let app: AppDatabase;
let alice: Actor;
let bob: Actor;
let pipeline: Pipeline;
const effectiveDate = { date: new Date("2024-03-04T00:00:00Z"), precision: "DAY" as const };
const meta = { reason: "activity test", noEvidence: true, evidenceUrl: null, effectiveDate };

beforeAll(async () => {
  app = await openAppDatabase("audit_queries");
  const a = await createUser(app.prisma, "ANALYST", "alice@test.local");
  const b = await createUser(app.prisma, "ANALYST", "bob@test.local");
  alice = { id: a.id, label: a.email, channel: "ui" };
  bob = { id: b.id, label: b.email, channel: "api" };
  pipeline = await createPipeline(app.prisma);
  const { changeDesignationState } = await import("@/lib/designations/mutations");
  const { advanceApplicationStatus } = await import("@/lib/applications/mutations");
  await changeDesignationState({ actor: alice, expectedVersion: 1, input: { ...meta, designationId: pipeline.designationId, to: "PUBLICIZED" } });
  await advanceApplicationStatus({ actor: bob, expectedVersion: 1, input: { ...meta, effectiveDate: { date: new Date("2025-02-01T00:00:00Z"), precision: "DAY" }, applicationId: pipeline.applicationId, to: "SUPPLEMENT_REQUESTED" } });
  await app.prisma.auditEvent.create({
    data: { changeId: "seed-change", actorLabel: "seed", entityType: "Candidate", entityId: String(pipeline.candidateId), action: "CREATE", reason: "seed", channel: "seed", at: new Date("2020-01-01T00:00:00Z") },
  });
});
afterAll(async () => app?.drop());

describe("findActivity", () => {
  it.each([
    ["everyone", {}, 3],
    ["one user", () => ({ actor: alice.id }), 1],
    ["no user (seed, import)", { actor: "none" as const }, 1],
    ["a record type", { entityType: "Application" }, 1],
    ["a record type only its change group touches", { entityType: "ApplicationStatusChange" }, 1],
    ["a date range", { from: new Date("2019-12-31T00:00:00Z"), to: new Date("2020-01-01T00:00:00Z") }, 1],
    ["a range with nothing", { from: new Date("2021-01-01T00:00:00Z"), to: new Date("2021-12-31T00:00:00Z") }, 0],
  ])("filters by %s", async (_case, filter, total) => {
    const { findActivity } = await import("@/lib/audit/queries");
    const resolved = typeof filter === "function" ? filter() : filter;
    const page = await findActivity({ ...resolved, page: 1, perPage: 10 });
    expect(page.total).toBe(total);
    expect(page.data).toHaveLength(total);
  });

  it("pages newest first and keeps every row of a change together", async () => {
    const { findActivity } = await import("@/lib/audit/queries");
    const first = await findActivity({ page: 1, perPage: 2 });
    const second = await findActivity({ page: 2, perPage: 2 });
    expect(first.data.map((group) => group.actorLabel)).toEqual(["bob@test.local", "alice@test.local"]);
    expect(second.data.map((group) => group.actorLabel)).toEqual(["seed"]);
    const statusChange = first.data[0]!;
    expect(statusChange.rows.map((row) => row.entityType)).toEqual(["Application", "Application", "ApplicationStatusChange"]);
  });
});

describe("findCandidateHistory and describeEntities", () => {
  it("covers the candidate's records and describes each with its programme", async () => {
    const { describeEntities, describedEntity, findCandidateHistory } = await import("@/lib/audit/queries");
    const { groups } = await findCandidateHistory(pipeline.candidateId);
    expect(groups.map((group) => group.reason)).toEqual(["activity test", "activity test", "seed"]);
    const descriptions = await describeEntities(groups);
    const designationRow = groups.flatMap((group) => group.rows).find((row) => row.entityType === "Designation")!;
    expect(describedEntity(descriptions, designationRow)).toEqual({ label: "Breakthrough therapy", context: "Type 2 diabetes", candidateId: pipeline.candidateId, candidateName: "Testaglutide" });
  });
});
