// The daily digest: one user's watched changes recorded on one UTC day, as a page (/digest) and, for users who
// ask for it, an e-mail through SMTP (nodemailer). SMTP_URL unset means no e-mail at all.
import "server-only";
import nodemailer from "nodemailer";
import { createTranslator } from "next-intl";
import { prisma } from "@/lib/db";
import { fieldLabel, formatAuditValue } from "@/lib/changes/audit-format";
import type { AuditJson } from "@/lib/audit/record";
import { dataLangOf, isLocale, type Locale } from "@/lib/i18n/config";
import { primaryName, secondaryName } from "@/lib/i18n/names";
import type { Lang } from "@/lib/domain/vocabulary";
import en from "@/messages/en/watch.json";
import zh from "@/messages/zh-CN/watch.json";
import { describeFieldChanges, type ChangeBody } from "@/lib/watch/change-body";
import { findWatchedChanges, groupByCandidate, MAX_CHANGES_LIMIT } from "@/lib/watch/changes";
import { watchConfig } from "@/lib/watch/config";

export type Digest = { day: string; changes: ChangeBody[]; groups: ReturnType<typeof groupByCandidate> };

export async function buildDigest(userId: number, day: string, lang: Lang = "en"): Promise<Digest> {
  const date = new Date(`${day}T00:00:00.000Z`);
  const changes = await findWatchedChanges(userId, { kinds: [], from: date, to: date, limit: MAX_CHANGES_LIMIT }, lang);
  return { day, changes, groups: groupByCandidate(changes) };
}

const translators = {
  en: createTranslator({ locale: "en", messages: { watch: en }, namespace: "watch" }),
  "zh-CN": createTranslator({ locale: "zh-CN", messages: { watch: zh }, namespace: "watch" }),
} satisfies Record<Locale, unknown>;

/** The digest e-mail's subject, in the reader's language (their profile's). */
export function digestSubject(digest: Digest, locale: Locale = "en"): string {
  return translators[locale]("digest.mailSubject", { count: String(digest.changes.length), day: digest.day });
}

/** The field lines of a change: the feed's own in English, the audit trail's labels in another language. */
export function changeLines(change: ChangeBody, locale: Locale): string[] {
  if (locale === "en") return describeFieldChanges(change);
  const t = translators[locale];
  const lang = dataLangOf(locale);
  return change.fields.map((row) =>
    row.field
      ? `${row.entity} · ${fieldLabel(row.field, lang)}：${formatAuditValue(row.entityType, row.field, row.before as AuditJson, lang)} → ${formatAuditValue(row.entityType, row.field, row.after as AuditJson, lang)}`
      : `${row.entity}：${t(`actions.${row.action as "CREATE"}`)}`,
  );
}

export function digestText(digest: Digest, name: string, locale: Locale = "en"): string {
  const { publicUrl } = watchConfig();
  const t = translators[locale];
  const lines = [t("digest.mailHello", { name }), "", t("digest.mailIntro", { count: String(digest.changes.length), day: digest.day }), ""];
  for (const group of digest.groups) {
    const record = { nameEn: group.candidate.name, nameZh: group.candidate.nameZh };
    const other = secondaryName(record, locale);
    lines.push(`${primaryName(record, locale)}${other ? ` (${other})` : ""} — ${group.candidate.url}`);
    for (const change of group.changes) {
      for (const line of changeLines(change, locale)) lines.push(`  • ${line}`);
      const said = t("digest.mailLine", { reason: change.reason, actor: change.actor, time: change.at.slice(0, 16).replace("T", " ") });
      lines.push(`    ${said}${change.evidenceUrl ? ` ${change.evidenceUrl}` : ""}`);
    }
    lines.push("");
  }
  lines.push(t("digest.mailFooter", { changes: `${publicUrl}/changes`, digest: `${publicUrl}/digest?day=${digest.day}` }), t("digest.mailOff"));
  return lines.join("\n");
}

/** A stored profile language, or English. */
export function localeOrEnglish(value: string | null | undefined): Locale {
  return isLocale(value) ? value : "en";
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
    const users = await prisma.user.findMany({ where: { disabledAt: null, watchState: { digestEmail: true } }, select: { id: true, email: true, name: true, locale: true } });
    let sent = 0;
    for (const user of users) {
      const locale = localeOrEnglish(user.locale);
      const digest = await buildDigest(user.id, day, dataLangOf(locale));
      if (digest.changes.length === 0) continue;
      await transport.sendMail({ from: smtpFrom, to: user.email, subject: digestSubject(digest, locale), text: digestText(digest, user.name, locale) });
      sent += 1;
    }
    return { sent, skipped: null };
  } finally {
    transport.close();
  }
}
