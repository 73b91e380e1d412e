// The fan-out job: a batch of committed changes (the outbox's jobs) becomes news. For each change it records
// which candidate it concerns and its kinds (WatchedChange), which watched views the candidate is in now
// (ViewChange), and one delivery per matching webhook, whose job is sent in the same transaction as the
// delivery row. Re-running a batch (after a crash before pg-boss marked it done) adds nothing twice.
import "server-only";
import { randomUUID } from "node:crypto";
import { describeEntities, groupRows, type ChangeGroup } from "@/lib/audit/queries";
import { prisma } from "@/lib/db";
import { candidateOfChange, toChangeBody, type ChangeBody } from "@/lib/watch/change-body";
import { watchConfig } from "@/lib/watch/config";
import type { ChangeKind } from "@/lib/watch/kinds";
import { enqueueDeliveries, type ChangeJob } from "@/lib/watch/queue";
import { candidatesInView, findSubscribedViews } from "@/lib/watch/view-match";

export type FanOutResult = { changes: number; viewMatches: number; deliveries: number };

type ResolvedChange = { group: ChangeGroup; candidateId: number; kinds: ChangeKind[]; body: ChangeBody };

export async function fanOutChanges(jobs: readonly ChangeJob[]): Promise<FanOutResult> {
  const changeIds = [...new Set(jobs.map((job) => job.changeId))];
  if (changeIds.length === 0) return { changes: 0, viewMatches: 0, deliveries: 0 };
  const events = await prisma.auditEvent.findMany({ where: { changeId: { in: changeIds } }, orderBy: { id: "asc" } });
  const groups = groupRows(events);
  const descriptions = await describeEntities(groups);
  const candidateOfJob = new Map(jobs.map((job) => [job.changeId, job.candidateId]));
  const publicUrl = watchConfig().publicUrl;

  const changes: ResolvedChange[] = [];
  for (const group of groups) {
    const candidate = candidateOfChange(group, descriptions, candidateOfJob.get(group.changeId));
    if (!candidate) continue; // accounts, views: nobody watches those
    const body = toChangeBody(group, candidate, descriptions, publicUrl);
    changes.push({ group, candidateId: candidate.id, kinds: body.kinds, body });
  }
  if (changes.length === 0) return { changes: 0, viewMatches: 0, deliveries: 0 };

  const candidateIds = [...new Set(changes.map((change) => change.candidateId))];
  const views = await findSubscribedViews();
  const inView = new Map<number, Set<number>>();
  for (const view of views) inView.set(view.id, new Set(await candidatesInView(view, candidateIds)));
  const viewChanges = changes.flatMap((change) =>
    views.filter((view) => inView.get(view.id)?.has(change.candidateId)).map((view) => ({ viewId: view.id, changeId: change.group.changeId, at: change.group.at })),
  );

  const webhooks = await prisma.webhook.findMany({ where: { active: true }, select: { id: true, viewId: true, kinds: true } });
  const wanted = webhooks.flatMap((webhook) =>
    changes
      .filter((change) => webhook.kinds.length === 0 || change.kinds.some((kind) => webhook.kinds.includes(kind)))
      .filter((change) => webhook.viewId === null || inView.get(webhook.viewId)?.has(change.candidateId))
      .map((change) => ({ webhook, change })),
  );

  const deliveries = await prisma.$transaction(
    async (tx) => {
      // Set-wise inserts (unnest) rather than createMany, whose plan Prisma compiles anew for every call.
      await tx.$executeRaw`
        INSERT INTO "WatchedChange" ("changeId", "candidateId", at, kinds)
        SELECT id, candidate, at, string_to_array(kinds, ',')
        FROM unnest(${changes.map((change) => change.group.changeId)}::text[], ${changes.map((change) => change.candidateId)}::int[],
                    ${changes.map((change) => change.group.at)}::timestamptz[], ${changes.map((change) => change.kinds.join(","))}::text[]) AS u(id, candidate, at, kinds)
        ON CONFLICT DO NOTHING`;
      if (viewChanges.length) {
        await tx.$executeRaw`
          INSERT INTO "ViewChange" ("viewId", "changeId", at)
          SELECT * FROM unnest(${viewChanges.map((row) => row.viewId)}::int[], ${viewChanges.map((row) => row.changeId)}::text[], ${viewChanges.map((row) => row.at)}::timestamptz[])
          ON CONFLICT DO NOTHING`;
      }
      if (wanted.length === 0) return 0;
      const rows = wanted.map(({ webhook, change }) => {
        const id = randomUUID();
        return { id, webhookId: webhook.id, changeId: change.group.changeId, body: JSON.stringify({ id, event: "change", change: change.body }) };
      });
      const inserted = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO "WebhookDelivery" (id, "webhookId", "changeId", event, body)
        SELECT id, webhook, change, 'change', body
        FROM unnest(${rows.map((row) => row.id)}::uuid[], ${rows.map((row) => row.webhookId)}::int[], ${rows.map((row) => row.changeId)}::text[], ${rows.map((row) => row.body)}::text[])
             AS u(id, webhook, change, body)
        ON CONFLICT DO NOTHING
        RETURNING id::text`;
      if (inserted.length === 0) return 0;
      await enqueueDeliveries(tx, inserted.map(({ id }) => id));
      return inserted.length;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  return { changes: changes.length, viewMatches: viewChanges.length, deliveries };
}

