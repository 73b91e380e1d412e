// The write path against a real database: each mutation commits the record, its history and its audit rows
// together; a refused change writes nothing; a stale edit is refused with what changed; the JSON endpoints
// answer 4xx with a human message, never 500.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/changes/actor";
import { nextCacheMock, nextHeadersMock } from "./support/next-request.ts";
import { openAppDatabase, type AppDatabase } from "./support/app-database.ts";
import { createPipeline } from "./support/fixtures.ts";
import { createApiToken, createUser, type TestUser } from "./support/users.ts";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("next/cache", () => nextCacheMock);

let app: AppDatabase;
let analyst: TestUser;
let actor: Actor;
const meta = { reason: "CDE public list", evidenceUrl: "https://www.cde.org.cn/main/xxgk/listpage/example", noEvidence: false };

beforeAll(async () => {
  app = await openAppDatabase("mutations");
  analyst = await createUser(app.prisma, "ANALYST");
  actor = { id: analyst.id, label: analyst.email, channel: "api" };
});
afterAll(async () => app?.drop());

const mutations = async () => ({
  ...(await import("@/lib/applications/mutations")),
  ...(await import("@/lib/designations/mutations")),
  ...(await import("@/lib/reimbursements/mutations")),
  ...(await import("@/lib/programs/mutations")),
  ...(await import("@/lib/candidates/mutations")),
  ...(await import("@/lib/designations/bulk")),
});
const dayOf = (key: string) => ({ date: new Date(`${key}T00:00:00Z`), precision: "DAY" as const });
const partial = async (text: string) => {
  const { parsePartialDate } = await import("@/lib/domain/partial-date");
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

describe("advanceApplicationStatus", () => {
  it("writes the status, a history row and field-level audit rows in one change", async () => {
    const { advanceApplicationStatus } = await mutations();
    const pipeline = await createPipeline(app.prisma);
    const result = await advanceApplicationStatus({
      actor,
      expectedVersion: 1,
      input: { ...meta, applicationId: pipeline.applicationId, to: "SUPPLEMENT_REQUESTED", effectiveDate: await partial("2025-02"), note: "发补" },
    });
    expect(result).toMatchObject({ version: 2, candidateId: pipeline.candidateId });
    const application = await app.prisma.application.findUniqueOrThrow({ where: { id: pipeline.applicationId } });
    expect(application).toMatchObject({ status: "SUPPLEMENT_REQUESTED", statusPrecision: "MONTH", version: 2 });
    const history = await app.prisma.applicationStatusChange.findMany({ where: { applicationId: pipeline.applicationId } });
    expect(history).toMatchObject([{ fromStatus: "UNDER_REVIEW", toStatus: "SUPPLEMENT_REQUESTED", note: "发补", sourceUrl: meta.evidenceUrl }]);

    const audit = await app.prisma.auditEvent.findMany({ where: { changeId: result.changeId }, orderBy: { id: "asc" } });
    expect(audit.map((row) => [row.entityType, row.action, row.field, row.before, row.after])).toEqual([
      ["Application", "TRANSITION", "status", "UNDER_REVIEW", "SUPPLEMENT_REQUESTED"],
      ["Application", "UPDATE", "statusDate", "2025-01-10", "2025-02"],
      ["ApplicationStatusChange", "CREATE", null, null, expect.objectContaining({ toStatus: "SUPPLEMENT_REQUESTED", changeDate: "2025-02" })],
    ]);
    for (const row of audit) {
      expect(row).toMatchObject({ actorId: analyst.id, actorLabel: analyst.email, channel: "api", reason: meta.reason, evidenceUrl: meta.evidenceUrl, effectivePrecision: "MONTH" });
    }
    expect(audit[0]!.entityVersion).toBe(2);
  });

  it("records the implied programme stage and moves the candidate's lead stage", async () => {
    const { advanceApplicationStatus } = await mutations();
    const pipeline = await createPipeline(app.prisma);
    const result = await advanceApplicationStatus({
      actor,
      expectedVersion: 1,
      input: { ...meta, applicationId: pipeline.applicationId, to: "IMPLIED_APPROVAL", effectiveDate: await partial("2025-03-11") },
    });
    expect(result.summary).toMatch(/Programme stage: IND cleared/);
    expect(await app.prisma.program.findUniqueOrThrow({ where: { id: pipeline.programId } })).toMatchObject({ currentStage: "IND_CLEARED" });
    expect(await app.prisma.candidate.findUniqueOrThrow({ where: { id: pipeline.candidateId } })).toMatchObject({ leadStage: "IND_CLEARED" });
    const application = await app.prisma.application.findUniqueOrThrow({ where: { id: pipeline.applicationId } });
    expect(application).toMatchObject({ decision: "IMPLIED_APPROVAL", decisionPrecision: "DAY" });
  });

  it("refuses a step the table does not allow, naming the rule, and writes nothing", async () => {
    const { advanceApplicationStatus } = await mutations();
    const pipeline = await createPipeline(app.prisma);
    const before = await app.prisma.auditEvent.count();
    const attempt = advanceApplicationStatus({
      actor,
      expectedVersion: 1,
      input: { ...meta, applicationId: pipeline.applicationId, to: "ACCEPTED", effectiveDate: await partial("2025-02-01") },
    });
    await expect(attempt).rejects.toMatchObject({ code: "UNPROCESSABLE", message: expect.stringMatching(/rule TRANSITION_NOT_ALLOWED/) });
    expect(await app.prisma.auditEvent.count()).toBe(before);
    expect(await app.prisma.application.findUniqueOrThrow({ where: { id: pipeline.applicationId } })).toMatchObject({ status: "UNDER_REVIEW", version: 1 });
    expect(await app.prisma.applicationStatusChange.count({ where: { applicationId: pipeline.applicationId } })).toBe(0);
  });

  it("refuses a stale edit with what changed since it was loaded", async () => {
    const { advanceApplicationStatus } = await mutations();
    const pipeline = await createPipeline(app.prisma);
    const input = { ...meta, applicationId: pipeline.applicationId, to: "SUPPLEMENT_REQUESTED" as const, effectiveDate: await partial("2025-02-01") };
    await advanceApplicationStatus({ actor, expectedVersion: 1, input });
    const stale = await advanceApplicationStatus({ actor, expectedVersion: 1, input: { ...input, to: "NOT_APPROVED" } }).catch((error: AppError) => error);
    expect(stale).toMatchObject({ code: "CONFLICT", status: 409 });
    expect((stale as AppError).message).toContain("you loaded version 1; it is now version 2");
    expect((stale as AppError).message).toContain("Status: Under review → Supplementary information requested");
    expect((stale as AppError).details).toMatchObject({
      expectedVersion: 1,
      currentVersion: 2,
      changes: expect.arrayContaining([expect.objectContaining({ field: "status", before: "UNDER_REVIEW", after: "SUPPLEMENT_REQUESTED", by: analyst.email })]),
    });
  });
});

describe("changeDesignationState", () => {
  it("publicises with the derived 5-working-day end, then grants, each audited", async () => {
    const { changeDesignationState } = await mutations();
    const pipeline = await createPipeline(app.prisma);
    const publicised = await changeDesignationState({
      actor,
      expectedVersion: 1,
      input: { ...meta, designationId: pipeline.designationId, to: "PUBLICIZED", effectiveDate: await partial("2024-03-04") },
    });
    const designation = await app.prisma.designation.findUniqueOrThrow({ where: { id: pipeline.designationId } });
    expect(designation.publicityEndDate?.toISOString().slice(0, 10)).toBe("2024-03-11");
    expect(designation.sourceUrl).toBe(meta.evidenceUrl);
    const refused = changeDesignationState({
      actor,
      expectedVersion: 2,
      input: { ...meta, designationId: pipeline.designationId, to: "GRANTED", effectiveDate: await partial("2024-03-08") },
    });
    await expect(refused).rejects.toMatchObject({ code: "UNPROCESSABLE", message: expect.stringContaining("GRANTED_BEFORE_PUBLICITY_END") });
    const granted = await changeDesignationState({
      actor,
      expectedVersion: 2,
      input: { ...meta, designationId: pipeline.designationId, to: "GRANTED", effectiveDate: await partial("2024-03-12") },
    });
    expect(granted.version).toBe(3);
    const fields = await app.prisma.auditEvent.findMany({ where: { changeId: publicised.changeId }, select: { field: true, action: true } });
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: "state", action: "TRANSITION" },
        { field: "publicityStartDate", action: "UPDATE" },
        { field: "publicityEndDate", action: "UPDATE" },
      ]),
    );
  });
});

describe("changeDesignationState and the review path", () => {
  it("stores the NDA's review path from the designations riding on it: priority while assessed, standard once rejected", async () => {
    const { changeDesignationState } = await mutations();
    const { refreshReviewDeadlines } = await import("@/lib/review-clock/refresh-review-deadlines");
    const { dayFromKey } = await import("@/lib/domain/calendar-day");
    const pipeline = await createPipeline(app.prisma);
    const nda = await app.prisma.application.create({
      data: {
        programId: pipeline.programId,
        acceptanceNumber: `CXHS25${String(pipeline.programId).padStart(5, "0")}`,
        type: "NDA",
        acceptanceDate: dayFromKey("2025-03-03"),
        acceptancePrecision: "DAY",
        reviewTrack: "STANDARD_200",
        status: "UNDER_REVIEW",
        statusDate: dayFromKey("2025-03-10"),
        statusPrecision: "DAY",
      },
    });
    const designation = await app.prisma.designation.create({
      data: { programId: pipeline.programId, applicationId: nda.id, type: "PRIORITY_REVIEW", state: "UNDER_ASSESSMENT", requestedDate: dayFromKey("2025-03-05"), requestedPrecision: "DAY" },
    });
    await app.prisma.$transaction((tx) => refreshReviewDeadlines(tx, pipeline.candidateId));
    const pathOf = async () => (await app.prisma.application.findUniqueOrThrow({ where: { id: nda.id }, select: { reviewPath: true } })).reviewPath;
    expect(await pathOf()).toBe("PRIORITY");
    await changeDesignationState({
      actor,
      expectedVersion: designation.version,
      input: { ...meta, designationId: designation.id, to: "REJECTED", effectiveDate: await partial("2025-04-01") },
    });
    expect(await pathOf()).toBe("STANDARD");
  });
});

describe("changeReimbursementState", () => {
  it("refuses listing a negotiation-route drug without negotiation, then records the negotiation", async () => {
    const { changeReimbursementState } = await mutations();
    const pipeline = await createPipeline(app.prisma);
    const base = { ...meta, listingId: pipeline.listingId };
    await expect(
      changeReimbursementState({ actor, expectedVersion: 1, input: { ...base, to: "LISTED", effectiveDate: await partial("2025-01-01"), agreementEndDate: await partial("2026-12-31") } }),
    ).rejects.toMatchObject({ message: expect.stringContaining("NEGOTIATION_ROUTE_SKIPS_NEGOTIATION") });
    const result = await changeReimbursementState({ actor, expectedVersion: 1, input: { ...base, to: "NEGOTIATION_SUCCEEDED", effectiveDate: await partial("2025-11-04") } });
    expect(result.version).toBe(2);
    const listing = await app.prisma.reimbursementListing.findUniqueOrThrow({ where: { id: pipeline.listingId } });
    expect(listing).toMatchObject({ state: "NEGOTIATION_SUCCEEDED", negotiationPrecision: "DAY" });
  });
});

describe("the candidate's last regulatory change", () => {
  const lastChangeOf = async (candidateId: number) =>
    (await app.prisma.candidate.findUniqueOrThrow({ where: { id: candidateId }, select: { lastRegulatoryChange: true } })).lastRegulatoryChange?.toISOString().slice(0, 10) ?? null;

  it("follows each dated step: an application status, a designation state, a reimbursement state, a bulk change", async () => {
    const { advanceApplicationStatus, changeDesignationState, changeReimbursementState, bulkChangeDesignationState } = await mutations();
    const pipeline = await createPipeline(app.prisma, "Lastchangide");
    const steps: [string, () => Promise<unknown>][] = [
      ["2025-02-03", () => advanceApplicationStatus({ actor, expectedVersion: 1, input: { ...meta, applicationId: pipeline.applicationId, to: "SUPPLEMENT_REQUESTED", effectiveDate: dayOf("2025-02-03") } })],
      ["2025-03-04", () => changeDesignationState({ actor, expectedVersion: 1, input: { ...meta, designationId: pipeline.designationId, to: "PUBLICIZED", effectiveDate: dayOf("2025-03-04") } })],
      ["2025-11-04", () => changeReimbursementState({ actor, expectedVersion: 1, input: { ...meta, listingId: pipeline.listingId, to: "NEGOTIATION_SUCCEEDED", effectiveDate: dayOf("2025-11-04") } })],
      [
        "2025-12-01",
        () =>
          bulkChangeDesignationState({
            actor: { ...actor, channel: "bulk" },
            input: { ...meta, candidateIds: [pipeline.candidateId], type: "BREAKTHROUGH_THERAPY", to: "GRANTED", effectiveDate: dayOf("2025-12-01") } as never,
          }),
      ],
    ];
    for (const [day, step] of steps) {
      const result = await step();
      if (result && typeof result === "object" && "failed" in result) expect(result).toMatchObject({ failed: 0 });
      expect(await lastChangeOf(pipeline.candidateId)).toBe(day);
    }
  });
});

describe("creating and editing records", () => {
  it("creates a candidate, a programme, an application and a stage event, each with a CREATE audit row", async () => {
    const { createCandidate, createProgram, createApplication, addStageEvent } = await mutations();
    const effectiveDate = await partial("2025-05-01");
    const candidate = await createCandidate({
      actor,
      input: { ...meta, effectiveDate, nameEn: "Newpeptide", nameZh: "新肽", codeNames: ["NP-1"], modality: "SYNTHETIC_PEPTIDE", mechanismClass: "GLP1_RA", researchOnly: false },
    });
    const program = await createProgram({
      actor,
      input: { ...meta, effectiveDate, candidateId: candidate.id, indicationEn: "Obesity", drugCategory: "CHEMICAL", origin: "DOMESTIC", registrationClass: "CHEM_1" },
    });
    const application = await createApplication({
      actor,
      input: { ...meta, effectiveDate, programId: program.id, acceptanceNumber: "cxhl2599901", type: "IND", status: "SUBMITTED" },
    });
    const event = await addStageEvent({ actor, input: { ...meta, effectiveDate: await partial("2025-05-20"), programId: program.id, stage: "PHASE_1" } });
    expect(event.summary).toMatch(/Programme stage: Phase 1/);
    const stored = await app.prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } });
    expect(stored).toMatchObject({ slug: "newpeptide", leadStage: "PHASE_1" });
    expect(stored.searchText).toContain("cxhl2599901");
    const creates = await app.prisma.auditEvent.findMany({
      where: { changeId: { in: [candidate.changeId, program.changeId, application.changeId, event.changeId] } },
      select: { entityType: true, action: true },
    });
    expect(creates.map((row) => `${row.entityType}:${row.action}`).sort()).toEqual(["Application:CREATE", "Candidate:CREATE", "Program:CREATE", "StageEvent:CREATE"]);
    await expect(
      createApplication({ actor, input: { ...meta, effectiveDate, programId: program.id, acceptanceNumber: "CXHL2599901", type: "IND" } }),
    ).rejects.toMatchObject({ message: expect.stringContaining("ACCEPTANCE_NUMBER_TAKEN") });
  });

  it("edits fields with field-level audit and refuses an edit that changes nothing", async () => {
    const { updateCandidate, updateProgram } = await mutations();
    const pipeline = await createPipeline(app.prisma);
    const effectiveDate = await partial("2025-05-01");
    const result = await updateCandidate({
      actor,
      expectedVersion: 1,
      input: { ...meta, effectiveDate, candidateId: pipeline.candidateId, nameZh: "测试鲁肽", codeNames: ["TG-7"], researchOnlyPresent: false },
    });
    const rows = await app.prisma.auditEvent.findMany({ where: { changeId: result.changeId }, orderBy: { field: "asc" } });
    expect(rows.map((row) => [row.field, row.before, row.after])).toEqual([
      ["codeNames", [], ["TG-7"]],
      ["nameZh", null, "测试鲁肽"],
    ]);
    await expect(
      updateCandidate({ actor, expectedVersion: 2, input: { ...meta, effectiveDate, candidateId: pipeline.candidateId, nameZh: "测试鲁肽", researchOnlyPresent: false } }),
    ).rejects.toMatchObject({ message: expect.stringContaining("NO_CHANGES") });
    await expect(
      updateProgram({ actor, expectedVersion: 1, input: { ...meta, effectiveDate, programId: pipeline.programId, registrationClass: "BIO_1" } }),
    ).rejects.toMatchObject({ message: expect.stringContaining("REGISTRATION_CLASS_CATEGORY_MISMATCH") });
  });
});

describe("bulkChangeDesignationState", () => {
  it("applies the change row by row and reports successes and refusals", async () => {
    const { bulkChangeDesignationState, createDesignation } = await mutations();
    const ready = await createPipeline(app.prisma, "Readyglutide");
    const alreadyPublicised = await createPipeline(app.prisma, "Laterglutide");
    await app.prisma.designation.update({ where: { id: alreadyPublicised.designationId }, data: { state: "GRANTED" } });
    const without = await createPipeline(app.prisma, "Nodesignide");
    await app.prisma.designation.delete({ where: { id: without.designationId } });
    const effectiveDate = await partial("2024-03-04");
    const result = await bulkChangeDesignationState({
      actor: { ...actor, channel: "bulk" },
      input: { ...meta, effectiveDate, candidateIds: [ready.candidateId, alreadyPublicised.candidateId, without.candidateId, 999999], type: "BREAKTHROUGH_THERAPY", to: "PUBLICIZED" },
    });
    expect(result).toMatchObject({ succeeded: 1, failed: 3 });
    expect(result.rows.map((row) => [row.candidateId, row.ok])).toEqual([
      [ready.candidateId, true],
      [alreadyPublicised.candidateId, false],
      [without.candidateId, false],
      [999999, false],
    ]);
    const refusals = result.rows.filter((row) => !row.ok).map((row) => (row.ok ? "" : row.error));
    expect(refusals[0]).toMatch(/TERMINAL_STATE|TRANSITION_NOT_ALLOWED/);
    expect(refusals[1]).toMatch(/NO_DESIGNATION_OF_TYPE/);
    const audit = await app.prisma.auditEvent.findMany({ where: { entityType: "Designation", entityId: String(ready.designationId), channel: "bulk" } });
    expect(audit.length).toBeGreaterThan(0);
    expect(createDesignation).toBeTypeOf("function");
  });

  it("reports an unexpected failure on one row and still applies the others", async () => {
    const { bulkChangeDesignationState } = await mutations();
    const first = await createPipeline(app.prisma, "Firstbulkide");
    const broken = await createPipeline(app.prisma, "Brokenbulkide");
    const last = await createPipeline(app.prisma, "Lastbulkide");
    // A real database refusal the app has no rule for: a trigger that fails writes to one designation.
    await app.prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_designation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.id = ${broken.designationId} THEN RAISE EXCEPTION 'disk on fire'; END IF; RETURN NEW; END $$`);
    await app.prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_designation BEFORE UPDATE ON "Designation" FOR EACH ROW EXECUTE FUNCTION refuse_designation()`);
    try {
      const result = await bulkChangeDesignationState({
        actor: { ...actor, channel: "bulk" },
        input: { ...meta, effectiveDate: await partial("2024-03-04"), candidateIds: [first.candidateId, broken.candidateId, last.candidateId], type: "BREAKTHROUGH_THERAPY", to: "PUBLICIZED" },
      });
      expect(result).toMatchObject({ succeeded: 2, failed: 1 });
      expect(result.rows.map((row) => [row.candidateId, row.ok ? "ok" : row.code])).toEqual([
        [first.candidateId, "ok"],
        [broken.candidateId, "INTERNAL"],
        [last.candidateId, "ok"],
      ]);
      const unchanged = await app.prisma.designation.findUniqueOrThrow({ where: { id: broken.designationId } });
      expect(unchanged.state).not.toBe("PUBLICIZED");
      expect(await app.prisma.auditEvent.count({ where: { entityType: "Designation", entityId: String(broken.designationId), channel: "bulk" } })).toBe(0);
    } finally {
      await app.prisma.$executeRawUnsafe(`DROP TRIGGER refuse_designation ON "Designation"`);
      await app.prisma.$executeRawUnsafe(`DROP FUNCTION refuse_designation()`);
    }
  });
});

describe("JSON endpoints", () => {
  const post = async (path: string, body: unknown, token: string, method = "POST") => {
    const routes: Record<string, () => Promise<{ POST?: unknown; PATCH?: unknown }>> = {
      status: () => import("@/app/api/applications/[id]/status/route"),
      designation: () => import("@/app/api/designations/[id]/state/route"),
    };
    const [kind, id] = path.split(":") as [string, string];
    const loaded = await routes[kind]!();
    const handler = (method === "POST" ? loaded.POST : loaded.PATCH) as (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
    const request = new Request(`http://localhost/api/x/${id}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    const response = await handler(request, { params: Promise.resolve({ id }) });
    return { status: response.status, body: (await response.json()) as { error?: string; code?: string; details?: unknown; version?: number } };
  };

  it.each([
    ["malformed JSON", 400, "{not json", /not valid JSON/],
    ["a missing reason", 400, { to: "SUPPLEMENT_REQUESTED", effectiveDate: "2025-02-01", expectedVersion: 1 }, /reason: Give a reason/],
    ["an unknown status", 400, { ...meta, to: "APPROVED", effectiveDate: "2025-02-01", expectedVersion: 1 }, /^to: /],
    ["no evidence and no 'no evidence'", 400, { ...meta, evidenceUrl: null, to: "SUPPLEMENT_REQUESTED", effectiveDate: "2025-02-01", expectedVersion: 1 }, /evidenceUrl: Give an evidence URL/],
    ["a refused transition", 422, { ...meta, to: "ACCEPTED", effectiveDate: "2025-02-01", expectedVersion: 1 }, /rule TRANSITION_NOT_ALLOWED/],
    ["a stale version", 409, { ...meta, to: "SUPPLEMENT_REQUESTED", effectiveDate: "2025-02-01", expectedVersion: 7 }, /you loaded version 7; it is now version 1/],
  ])("answers %s with %i", async (_case, status, body, message) => {
    const pipeline = await createPipeline(app.prisma);
    const token = await createApiToken(app.prisma, analyst.id);
    const response = await post(`status:${pipeline.applicationId}`, body, token);
    expect(response.status).toBe(status);
    expect(response.body.error).toMatch(message);
  });

  it("answers an unknown or malformed id with 404", async () => {
    const token = await createApiToken(app.prisma, analyst.id);
    const body = { ...meta, to: "SUPPLEMENT_REQUESTED", effectiveDate: "2025-02-01", expectedVersion: 1 };
    expect((await post("status:999999", body, token)).status).toBe(404);
    expect((await post("status:abc", body, token)).status).toBe(404);
  });

  it("changes a designation through the API with channel api", async () => {
    const pipeline = await createPipeline(app.prisma);
    const token = await createApiToken(app.prisma, analyst.id);
    const response = await post(`designation:${pipeline.designationId}`, { to: "PUBLICIZED", effectiveDate: "2024-03-04", expectedVersion: 1, reason: "CDE 公示", noEvidence: true }, token);
    expect(response.status).toBe(200);
    expect(response.body.version).toBe(2);
    const rows = await app.prisma.auditEvent.findMany({ where: { entityType: "Designation", entityId: String(pipeline.designationId) } });
    expect(new Set(rows.map((row) => row.channel))).toEqual(new Set(["api"]));
    expect(rows.every((row) => row.evidenceUrl === null)).toBe(true);
  });
});
