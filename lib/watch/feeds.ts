// Atom feeds of changes. A feed reader cannot send headers, so the URL carries a secret: /feeds/<token>.atom.
// Like API tokens (lib/auth/api-tokens.ts) it is shown once and only its SHA-256 is stored; a revoked or
// unknown token is a 404. A token follows its owner's watch list (viewId null) or one saved view.
import "server-only";
import { Feed } from "feed";
import { generateSecret, hashSecret } from "@/lib/auth/secrets";
import { prisma } from "@/lib/db";
import { appError } from "@/lib/i18n/app-error";
import { createTranslator } from "next-intl";
import type { ChangeBody } from "@/lib/watch/change-body";
import { changeLines, localeOrEnglish } from "@/lib/watch/digest";
import { dataLangOf, type Locale } from "@/lib/i18n/config";
import en from "@/messages/en/watch.json";
import zh from "@/messages/zh-CN/watch.json";
import { findViewChanges, findWatchedChanges } from "@/lib/watch/changes";
import { watchConfig } from "@/lib/watch/config";

export const FEED_TOKEN_PREFIX = "ptf_";
export const FEED_ENTRIES = 50;

export type FeedTokenRow = { id: number; viewId: number | null; viewName: string | null; createdAt: Date; lastUsedAt: Date | null };

/** A new feed token for the user's watch list or a view; the plain token is returned once, never stored. */
export async function createFeedToken(userId: number, { viewId = null }: { viewId?: number | null } = {}): Promise<{ id: number; token: string; path: string }> {
  if (viewId !== null && !(await prisma.savedView.findUnique({ where: { id: viewId }, select: { id: true } }))) {
    throw appError("NOT_FOUND", "savedViewMissing", { id: String(viewId) });
  }
  const token = generateSecret(FEED_TOKEN_PREFIX);
  const row = await prisma.feedToken.create({ data: { userId, viewId, tokenHash: hashSecret(token) }, select: { id: true } });
  return { id: row.id, token, path: `/feeds/${token}.atom` };
}

export async function revokeFeedToken(userId: number, id: number): Promise<void> {
  const { count } = await prisma.feedToken.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw appError("NOT_FOUND", "feedMissing", { id: String(id) });
}

export async function listFeedTokens(userId: number): Promise<FeedTokenRow[]> {
  const rows = await prisma.feedToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, viewId: true, createdAt: true, lastUsedAt: true, view: { select: { name: true } } },
  });
  return rows.map((row) => ({ id: row.id, viewId: row.viewId, viewName: row.view?.name ?? null, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt }));
}

/** The Atom document for a token, or null (→ 404) for an unknown, malformed or revoked one. */
export async function renderFeed(token: string): Promise<string | null> {
  if (!token.startsWith(FEED_TOKEN_PREFIX) || token.length > 100) return null;
  const row = await prisma.feedToken.findUnique({
    where: { tokenHash: hashSecret(token) },
    select: { id: true, userId: true, viewId: true, revokedAt: true, createdAt: true, user: { select: { name: true, disabledAt: true, locale: true } }, view: { select: { name: true } } },
  });
  if (!row || row.revokedAt || row.user.disabledAt) return null;
  const filter = { kinds: [], limit: FEED_ENTRIES };
  // A feed reader sends no cookie: the feed speaks its owner's profile language.
  const locale = localeOrEnglish(row.user.locale);
  const t = createTranslator({ locale, messages: { watch: locale === "en" ? en : zh }, namespace: "watch.feed" });
  const lang = dataLangOf(locale);
  const changes = row.viewId === null ? await findWatchedChanges(row.userId, filter, lang) : await findViewChanges(row.viewId, filter, lang);
  await prisma.feedToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  const title = row.viewId === null ? t("titleWatch", { name: row.user.name }) : t("titleView", { name: row.view?.name ?? String(row.viewId) });
  return buildAtom({ feedId: `tag:pathway-tracker,2026:feed:${row.id}`, title, selfUrl: `${watchConfig().publicUrl}/feeds/${token}.atom`, changes, emptyUpdated: row.createdAt, locale });
}

/** Atom 1.0 for a list of changes (newest first). Entry ids are the change ids, so they never change. */
export function buildAtom({
  feedId,
  title,
  selfUrl,
  changes,
  emptyUpdated,
  locale = "en",
}: {
  feedId: string;
  title: string;
  selfUrl: string;
  changes: readonly ChangeBody[];
  emptyUpdated: Date;
  locale?: Locale;
}): string {
  const { publicUrl } = watchConfig();
  const feed = new Feed({
    id: feedId,
    title,
    link: `${publicUrl}/changes`,
    updated: changes[0] ? new Date(changes[0].at) : emptyUpdated,
    generator: "Pathway Tracker",
    feedLinks: { atom: selfUrl },
    copyright: "Pathway Tracker contributors",
  });
  for (const change of changes) {
    const lines = changeLines(change, locale);
    feed.addItem({
      id: `urn:uuid:${change.id}`,
      title: `${change.candidate.name}: ${lines[0] ?? change.reason}${lines.length > 1 ? ` (+${lines.length - 1})` : ""}`,
      link: change.candidate.url,
      date: new Date(change.at),
      author: [{ name: change.actor }],
      description: change.reason,
      content: entryHtml(change, lines, locale),
    });
  }
  return feed.atom1();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function entryHtml(change: ChangeBody, lines: string[], locale: Locale): string {
  const t = createTranslator({ locale, messages: { watch: locale === "en" ? en : zh }, namespace: "watch.feed" });
  const capture = change.evidenceRecord
    ? `<p>${t("evidence")} <a href="${escapeHtml(change.evidenceRecord.url)}">${escapeHtml(change.evidenceRecord.kind)} #${escapeHtml(change.evidenceRecord.id)}</a></p>`
    : "";
  const evidence = change.evidenceUrl
    ? `${capture}<p>${t("evidence")} <a href="${escapeHtml(change.evidenceUrl)}">${escapeHtml(change.evidenceUrl)}</a></p>`
    : capture || `<p>${t("noEvidence")}</p>`;
  const effective = change.effectiveDate ? t("effective", { date: change.effectiveDate }) : "";
  return [
    `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>`,
    `<p>${escapeHtml(t("reason", { reason: change.reason }))}</p>`,
    evidence,
    `<p>${escapeHtml(t("by", { actor: change.actor, channel: change.channel }) + effective)}${locale === "en" ? "." : "。"}</p>`,
  ].join("");
}
