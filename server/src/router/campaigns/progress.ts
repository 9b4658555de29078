/**
 * A campaign's send progress, counted by query (outbox rows of its run's `send` node) so it stays true across
 * worker restarts, plus the live state of the batch child (running / paused) when it answers its query.
 */
import { campaignReplies, outbox, recipients, type TDb } from '@switchboard/drizzle';
import { batchProgressQuery, batchWorkflowId } from '@switchboard/worker/workflows/batch/contract';
import type { Client } from '@temporalio/client';
import { and, count, eq } from 'drizzle-orm';
import { z } from 'zod';

/** The batch node of the library flow (flows/library/campaign-approval.flow.json). */
const SEND_NODE = 'send';

export const ZProgress = z.object({
  audienceSize: z.number().int(),
  sent: z.number().int(),
  remaining: z.number().int(),
  batch: z.object({ status: z.string(), items: z.number().int(), totals: z.record(z.string(), z.number()) }).nullable(),
});

export async function campaignProgress(db: TDb, temporal: Client, campaign: { audienceId: string; runId: string | null }): Promise<z.infer<typeof ZProgress>> {
  const [audience] = await db.select({ n: count() }).from(recipients).where(and(eq(recipients.audienceId, campaign.audienceId), eq(recipients.optedOut, false)));
  const audienceSize = audience?.n ?? 0;
  if (!campaign.runId) return { audienceSize, sent: 0, remaining: audienceSize, batch: null };
  const [sent] = await db.select({ n: count() }).from(outbox).where(and(eq(outbox.runId, campaign.runId), eq(outbox.nodeId, SEND_NODE)));
  const batch = await temporal.workflow
    .getHandle(batchWorkflowId(`${campaign.runId}:${SEND_NODE}:1`))
    .query(batchProgressQuery)
    .then((p) => ({ status: p.status, items: p.items, totals: p.totals }))
    // No child yet (still in review) or it ended long ago: the counts above are the truth.
    .catch(() => null);
  const done = sent?.n ?? 0;
  return { audienceSize, sent: done, remaining: Math.max(0, audienceSize - done), batch };
}

export async function replyCounts(db: TDb, campaignId: string) {
  const rows = await db.select({ kind: campaignReplies.kind, n: count() }).from(campaignReplies).where(eq(campaignReplies.campaignId, campaignId)).groupBy(campaignReplies.kind);
  const of = (kind: string) => rows.find((r) => r.kind === kind)?.n ?? 0;
  return { activations: of('activation'), optOuts: of('opt_out'), other: of('other'), replies: rows.reduce((s, r) => s + r.n, 0) };
}
