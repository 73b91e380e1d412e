// What changed in what a user watches: the changes (WatchedChange) to candidates they watch, or that fell in a
// view they watch when they happened, since they started watching — read with their audit rows, newest first.
// Also one saved view's changes (its Atom feed) and the unread count ("since I last looked").
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { describeEntities, groupRows } from "@/lib/audit/queries";
import type { Lang } from "@/lib/domain/vocabulary";
import { prisma } from "@/lib/db";
import { appError } from "@/lib/i18n/app-error";
import { quotedList } from "@/lib/i18n/error-messages";
import { toChangeBody, type ChangeBody } from "@/lib/watch/change-body";
import { watchConfig } from "@/lib/watch/config";
import { parseKinds, type ChangeKind } from "@/lib/watch/kinds";

export type ChangesFilter = {
  kinds: ChangeKind[];
  /** Inclusive UTC days of when the change was recorded. */
  from?: Date;
  to?: Date;
  /** Only changes recorded after this instant (the API's `since`). */
  since?: Date;
  limit: number;
};

export const DEFAULT_CHANGES_LIMIT = 200;
export const MAX_CHANGES_LIMIT = 1_000;

type Scope = { userId: number } | { viewId: number };

type IndexRow = { changeId: string; candidateId: number; at: Date };

function filterSql(filter: Omit<ChangesFilter, "limit">): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.kinds.length) conditions.push(Prisma.sql`wc.kinds && CAST(${filter.kinds} AS text[])`);
  if (filter.from) conditions.push(Prisma.sql`wc.at >= ${filter.from}`);
  if (filter.to) conditions.push(Prisma.sql`wc.at < ${new Date(filter.to.getTime() + 86_400_000)}`);
  if (filter.since) conditions.push(Prisma.sql`wc.at > ${filter.since}`);
  return Prisma.join(conditions, " AND ");
}

/** The changes a scope sees (its index rows), as one SQL relation `wc`. */
function scopeSql(scope: Scope): Prisma.Sql {
  if ("viewId" in scope) {
    return Prisma.sql`SELECT wc.* FROM "ViewChange" vc JOIN "WatchedChange" wc ON wc."changeId" = vc."changeId" WHERE vc."viewId" = ${scope.viewId}`;
  }
  return Prisma.sql`
    SELECT wc.* FROM "Watch" w JOIN "WatchedChange" wc ON wc."candidateId" = w."candidateId"
    WHERE w."userId" = ${scope.userId} AND wc.at >= w."createdAt"
    UNION
    SELECT wc.* FROM "Watch" w JOIN "ViewChange" vc ON vc."viewId" = w."viewId" JOIN "WatchedChange" wc ON wc."changeId" = vc."changeId"
    WHERE w."userId" = ${scope.userId} AND vc.at >= w."createdAt"`;
}

async function findIndexRows(scope: Scope, filter: ChangesFilter): Promise<IndexRow[]> {
  return prisma.$queryRaw<IndexRow[]>`
    SELECT wc."changeId", wc."candidateId", wc.at FROM (${scopeSql(scope)}) wc
    WHERE ${filterSql(filter)}
    ORDER BY wc.at DESC, wc."changeId" DESC
    LIMIT ${filter.limit}`;
}

/** The changes of a scope, newest first, each as a ChangeBody. */
/** `lang`: the language of the entity labels (a designation type, a list); the fields stay as stored. */
export async function findScopeChanges(scope: Scope, filter: ChangesFilter, lang: Lang = "en"): Promise<ChangeBody[]> {
  const index = await findIndexRows(scope, filter);
  if (index.length === 0) return [];
  const events = await prisma.auditEvent.findMany({ where: { changeId: { in: index.map((row) => row.changeId) } }, orderBy: { id: "asc" } });
  const groups = new Map(groupRows(events).map((group) => [group.changeId, group]));
  const descriptions = await describeEntities([...groups.values()], lang);
  const names = new Map(
    (await prisma.candidate.findMany({ where: { id: { in: [...new Set(index.map((row) => row.candidateId))] } }, select: { id: true, nameEn: true, nameZh: true } })).map(
      (candidate) => [candidate.id, candidate],
    ),
  );
  const { publicUrl } = watchConfig();
  return index.flatMap((row) => {
    const group = groups.get(row.changeId);
    if (!group) return [];
    const named = names.get(row.candidateId);
    return [toChangeBody(group, { id: row.candidateId, name: named?.nameEn ?? `#${row.candidateId}`, nameZh: named?.nameZh ?? null }, descriptions, publicUrl)];
  });
}

export function findWatchedChanges(userId: number, filter: ChangesFilter, lang: Lang = "en"): Promise<ChangeBody[]> {
  return findScopeChanges({ userId }, filter, lang);
}

export function findViewChanges(viewId: number, filter: ChangesFilter, lang: Lang = "en"): Promise<ChangeBody[]> {
  return findScopeChanges({ viewId }, filter, lang);
}

/** When the user last marked their changes read (null: never). */
export async function findReadAt(userId: number): Promise<Date | null> {
  const state = await prisma.watchState.findUnique({ where: { userId }, select: { readAt: true } });
  return state?.readAt ?? null;
}

/** Changes to what the user watches recorded since they last marked them read, counted up to `cap`. */
export async function countUnread(userId: number, { cap = 100 }: { cap?: number } = {}): Promise<number> {
  const readAt = await findReadAt(userId);
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM (
      SELECT 1 FROM (${scopeSql({ userId })}) wc WHERE ${filterSql({ kinds: [], since: readAt ?? undefined })} LIMIT ${cap}
    ) capped`;
  return rows[0]?.count ?? 0;
}

export async function markAllRead(userId: number, at = new Date()): Promise<void> {
  await prisma.watchState.upsert({ where: { userId }, create: { userId, readAt: at }, update: { readAt: at } });
}

/** Changes grouped by candidate: candidates ordered by their newest change, each candidate's changes newest first. */
export function groupByCandidate(changes: readonly ChangeBody[]): { candidate: ChangeBody["candidate"]; changes: ChangeBody[] }[] {
  const groups = new Map<number, { candidate: ChangeBody["candidate"]; changes: ChangeBody[] }>();
  for (const change of changes) {
    const group = groups.get(change.candidate.id) ?? { candidate: change.candidate, changes: [] };
    group.changes.push(change);
    groups.set(change.candidate.id, group);
  }
  return [...groups.values()];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(name: string, raw: string | null): Date | undefined {
  if (!raw) return undefined;
  const date = new Date(`${raw}T00:00:00.000Z`);
  if (!DAY.test(raw) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== raw) {
    throw appError("BAD_REQUEST", "changesDayInvalid", { name, raw });
  }
  return date;
}

/** The filter of /changes, /api/changes and the digest from URL parameters; a bad one is a 400 naming it. */
export function parseChangesFilter(params: URLSearchParams): ChangesFilter {
  const { kinds, unknown } = parseKinds(params.get("kind"));
  if (unknown.length) throw appError("BAD_REQUEST", "changesKindUnknown", { names: quotedList(unknown) });
  const from = parseDay("from", params.get("from"));
  const to = parseDay("to", params.get("to"));
  if (from && to && from > to) throw appError("BAD_REQUEST", "changesFromAfterTo");
  let since: Date | undefined;
  const rawSince = params.get("since");
  if (rawSince) {
    since = new Date(rawSince);
    if (Number.isNaN(since.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(rawSince)) throw appError("BAD_REQUEST", "changesSinceInvalid", { raw: rawSince });
  }
  const rawLimit = params.get("limit");
  const limit = rawLimit === null ? DEFAULT_CHANGES_LIMIT : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CHANGES_LIMIT) throw appError("BAD_REQUEST", "changesLimitInvalid", { max: String(MAX_CHANGES_LIMIT) });
  return { kinds, from, to, since, limit };
}
