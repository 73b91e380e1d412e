// Optimistic concurrency on real PostgreSQL: many writers with the same expected version race for one
// record. Exactly one commits per version, the others get CONFLICT, no committed change is lost, and the
// audit trail holds exactly the committed changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/changes/actor";
import { openAppDatabase, type AppDatabase } from "./support/app-database.ts";
import { createPipeline } from "./support/fixtures.ts";
import { createUser } from "./support/users.ts";

const WRITERS = 24;
const ROUNDS = 4;

let app: AppDatabase;
let actor: Actor;

beforeAll(async () => {
  app = await openAppDatabase("concurrency");
  const analyst = await createUser(app.prisma, "ANALYST");
  actor = { id: analyst.id, label: analyst.email, channel: "api" };
});
afterAll(async () => app?.drop());

const meta = { reason: "race", noEvidence: true, effectiveDate: { date: new Date("2025-03-01T00:00:00Z"), precision: "DAY" as const } };

describe(`${WRITERS} parallel writers on one record`, () => {
  it(`commit exactly once per version over ${ROUNDS} rounds of field edits, with no lost update`, async () => {
    const { updateApplication } = await import("@/lib/applications/mutations");
    const { applicationId } = await createPipeline(app.prisma);
    const winners: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const notes = Array.from({ length: WRITERS }, (_, writer) => `round ${round} writer ${writer}`);
      const outcomes = await Promise.allSettled(
        notes.map((note) => updateApplication({ actor, expectedVersion: round, input: { ...meta, applicationId, notes: note } })),
      );
      const committed = outcomes.flatMap((outcome, writer) => (outcome.status === "fulfilled" ? [notes[writer]!] : []));
      const refused = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [(outcome.reason as AppError).code] : []));
      expect(committed).toHaveLength(1);
      expect(refused).toEqual(Array(WRITERS - 1).fill("CONFLICT"));
      winners.push(committed[0]!);
    }

    const application = await app.prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(application.version).toBe(ROUNDS + 1);
    expect(application.notes).toBe(winners.at(-1));

    const audit = await app.prisma.auditEvent.findMany({
      where: { entityType: "Application", entityId: String(applicationId) },
      orderBy: { entityVersion: "asc" },
    });
    expect(new Set(audit.map((row) => row.changeId)).size).toBe(ROUNDS);
    expect(audit.map((row) => row.entityVersion)).toEqual(Array.from({ length: ROUNDS }, (_, i) => i + 2));
    // Each committed write started from the previous winner's value: nothing was overwritten unseen.
    expect(audit.map((row) => row.after)).toEqual(winners);
    expect(audit.map((row) => row.before)).toEqual([null, ...winners.slice(0, -1)]);
  });

  it("commit exactly one status change, with one history row and one audited change", async () => {
    const { advanceApplicationStatus } = await import("@/lib/applications/mutations");
    const { applicationId } = await createPipeline(app.prisma);
    const outcomes = await Promise.allSettled(
      Array.from({ length: WRITERS }, () =>
        advanceApplicationStatus({ actor, expectedVersion: 1, input: { ...meta, applicationId, to: "SUPPLEMENT_REQUESTED" } }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.status === "rejected").map((outcome) => (outcome.reason as AppError).code)).toEqual(
      Array(WRITERS - 1).fill("CONFLICT"),
    );
    expect(await app.prisma.applicationStatusChange.count({ where: { applicationId } })).toBe(1);
    const changeIds = await app.prisma.auditEvent.findMany({
      where: { entityType: "Application", entityId: String(applicationId) },
      distinct: ["changeId"],
      select: { changeId: true },
    });
    expect(changeIds).toHaveLength(1);
    expect(await app.prisma.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({ version: 2, status: "SUPPLEMENT_REQUESTED" });
  });
});
