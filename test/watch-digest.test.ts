// The daily digest e-mail through a real SMTP exchange: a local smtp-server started here receives one message
// per user who asked for it and had changes that day; with SMTP_URL unset nothing is sent.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAppDatabase, type AppDatabase } from "./support/app-database.ts";
import { createPipeline, type Pipeline } from "./support/fixtures.ts";
import { createUser, type TestUser } from "./support/users.ts";

let app: AppDatabase;
let smtp: SMTPServer;
let port: number;
const mails: { to: string[]; body: string }[] = [];

/** The message as the reader sees it: quoted-printable soft breaks joined and =XX bytes decoded as UTF-8. */
function decodeQuotedPrintable(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, "");
  return Buffer.from(joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");
}
let wants: TestUser;
let declines: TestUser;
let pipeline: Pipeline;

beforeAll(async () => {
  app = await openAppDatabase("watch_digest");
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), body: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  port = (smtp.server.address() as AddressInfo).port;
  wants = await createUser(app.prisma, "VIEWER", "wants-digest@test.local");
  declines = await createUser(app.prisma, "VIEWER", "no-digest@test.local");
  pipeline = await createPipeline(app.prisma, "Digestaglutide");
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  await app?.drop();
});

describe("daily digest", () => {
  it("e-mails the day's watched changes to users who asked, and nothing without SMTP_URL", async () => {
    const { watch } = await import("@/lib/watch/watches");
    const { setDigestEmail, sendDailyDigests, buildDigest } = await import("@/lib/watch/digest");
    const { fanOutChanges } = await import("@/lib/watch/fanout");
    const { recordAudit } = await import("@/lib/audit/record");
    for (const user of [wants, declines]) await watch(user.id, { candidateId: pipeline.candidateId });
    await setDigestEmail(wants.id, true);
    const { changeId } = await app.prisma.$transaction((tx) =>
      recordAudit(tx, {
        actor: { label: "analyst@test.local" },
        channel: "api",
        reason: "NHSA list published",
        evidenceUrl: "https://www.nhsa.gov.cn/example",
        changes: [{ entityType: "ReimbursementListing", entityId: pipeline.listingId, action: "TRANSITION", field: "state", before: "EXPERT_REVIEW_PASSED", after: "LISTED" }],
      }),
    );
    await fanOutChanges([{ changeId, candidateId: pipeline.candidateId }]);
    const day = new Date().toISOString().slice(0, 10);
    expect((await buildDigest(declines.id, day)).changes).toHaveLength(1);

    delete process.env.SMTP_URL;
    expect(await sendDailyDigests({ day })).toEqual({ sent: 0, skipped: "no-smtp" });
    expect(mails).toHaveLength(0);

    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    expect(await sendDailyDigests({ day })).toEqual({ sent: 1, skipped: null });
    expect(mails.map((mail) => mail.to)).toEqual([["wants-digest@test.local"]]);
    const text = decodeQuotedPrintable(mails[0]?.body ?? "");
    expect(text).toContain("Digestaglutide");
    expect(text).toContain("EXPERT_REVIEW_PASSED → LISTED");
    expect(text).toContain("NHSA list published");
    expect(await sendDailyDigests({ day: "2020-01-01" })).toEqual({ sent: 0, skipped: null });
  });
});
