// The daily digest: one user's watched changes recorded on one UTC day, as a page (/digest) and, for users who
// ask for it, an e-mail through SMTP (nodemailer). SMTP_URL unset means no e-mail at all.
import "server-only";
import nodemailer from "nodemailer";
import { prisma } from "@/lib/db";
import { describeFieldChanges, type ChangeBody } from "@/lib/watch/change-body";
import { findWatchedChanges, groupByCandidate, MAX_CHANGES_LIMIT } from "@/lib/watch/changes";
import { watchConfig } from "@/lib/watch/config";

export type Digest = { day: string; changes: ChangeBody[]; groups: ReturnType<typeof groupByCandidate> };

export async function buildDigest(userId: number, day: string): Promise<Digest> {
  const date = new Date(`${day}T00:00:00.000Z`);
  const changes = await findWatchedChanges(userId, { kinds: [], from: date, to: date, limit: MAX_CHANGES_LIMIT });
  return { day, changes, groups: groupByCandidate(changes) };
}

export function digestText(digest: Digest, name: string): string {
  const { publicUrl } = watchConfig();
  const lines = [`Hello ${name},`, "", `${digest.changes.length} change(s) to what you watch on ${digest.day} (UTC):`, ""];
  for (const group of digest.groups) {
    lines.push(`${group.candidate.name} — ${group.candidate.url}`);
    for (const change of group.changes) {
      for (const line of describeFieldChanges(change)) lines.push(`  • ${line}`);
      lines.push(`    ${change.reason} (${change.actor}, ${change.at.slice(0, 16).replace("T", " ")} UTC)${change.evidenceUrl ? ` ${change.evidenceUrl}` : ""}`);
    }
    lines.push("");
  }
  lines.push(`All changes: ${publicUrl}/changes · This digest: ${publicUrl}/digest?day=${digest.day}`, "Turn these e-mails off on the Watching page.");
  return lines.join("\n");
}

export async function setDigestEmail(userId: number, enabled: boolean): Promise<void> {
  await prisma.watchState.upsert({ where: { userId }, create: { userId, digestEmail: enabled, readAt: new Date(0) }, update: { digestEmail: enabled } });
}

export async function findDigestEmail(userId: number): Promise<boolean> {
  return (await prisma.watchState.findUnique({ where: { userId }, select: { digestEmail: true } }))?.digestEmail ?? false;
}

/** E-mails the day's digest to every user who asked for it and has changes that day; answers how many went. */
export async function sendDailyDigests({ day }: { day: string }): Promise<{ sent: number; skipped: "no-smtp" | null }> {
  const { smtpUrl, smtpFrom } = watchConfig();
  if (!smtpUrl) return { sent: 0, skipped: "no-smtp" };
  const transport = nodemailer.createTransport(smtpUrl);
  try {
    const users = await prisma.user.findMany({ where: { disabledAt: null, watchState: { digestEmail: true } }, select: { id: true, email: true, name: true } });
    let sent = 0;
    for (const user of users) {
      const digest = await buildDigest(user.id, day);
      if (digest.changes.length === 0) continue;
      await transport.sendMail({ from: smtpFrom, to: user.email, subject: `Pathway Tracker: ${digest.changes.length} change(s) on ${day}`, text: digestText(digest, user.name) });
      sent += 1;
    }
    return { sent, skipped: null };
  } finally {
    transport.close();
  }
}
