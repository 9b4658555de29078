/**
 * The batch source and each of a campaign send (decision 5): `audiencePage` reads one keyset page of the audience,
 * `sendPage` hands one page to the gateway with a key per (run, node, recipient), so a retried page or a restarted
 * worker never messages anyone twice. Opt-outs are checked again at send time (a reply may arrive mid-send).
 */
import { campaigns, recipients, type TDb } from '@switchboard/drizzle';
import { renderPreview } from '@switchboard/flows/messages/index';
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { businessError, defineActivity } from '../../sdk/define-activity.ts';
import { SMS_CHANNEL, ZAudienceItem } from './shapes.ts';


export const audiencePage = defineActivity({
  type: 'campaign.audiencePage',
  title: '受众分页 Audience page',
  description: "Batch source: one page of the audience. The batch runtime adds `cursor` and `limit` to the input. With `campaignId`, the page carries the campaign's throughput as `ratePerSecond`, and the batch sends no faster than it or the node's own rate, whichever is lower.",
  category: 'campaign',
  input: z.object({ audienceId: z.string().min(1), campaignId: z.string().min(1).optional(), cursor: z.string().nullable().optional(), limit: z.number().int().min(1).max(10_000).optional() }).strict(),
  output: z.object({ items: z.array(ZAudienceItem), nextCursor: z.string().nullable(), ratePerSecond: z.number().int().positive().optional() }).strict(),
  run: async ({ audienceId, campaignId, cursor, limit = 500 }, { deps }) => {
    if (cursor && !/^\d+$/.test(cursor)) throw businessError('InvalidInput', `campaign.audiencePage: cursor "${cursor}" is not a recipient id`);
    // Read on every page, not once: the approved throughput is what the operator agreed to (the content hash binds it).
    const throughput = campaignId ? await throughputOf(deps.db, campaignId) : undefined;
    const rows = await deps.db
      .select({ id: recipients.id, phone: recipients.phone, name: recipients.name })
      .from(recipients)
      .where(and(eq(recipients.audienceId, audienceId), eq(recipients.optedOut, false), cursor ? gt(recipients.id, Number(cursor)) : undefined))
      .orderBy(asc(recipients.id))
      .limit(limit);
    const last = rows.at(-1);
    return {
      items: rows.map((r) => ({ recipientId: String(r.id), phone: r.phone, name: r.name })),
      nextCursor: rows.length === limit && last ? String(last.id) : null,
      ...(throughput === undefined ? {} : { ratePerSecond: throughput }),
    };
  },
});

async function throughputOf(db: TDb, campaignId: string): Promise<number> {
  const [row] = await db.select({ throughputPerSec: campaigns.throughputPerSec }).from(campaigns).where(eq(campaigns.id, campaignId));
  if (!row) throw businessError('NotFound', `campaign ${campaignId} does not exist`);
  if (row.throughputPerSec < 1) throw businessError('BadCampaign', `campaign ${campaignId}: throughputPerSec must be at least 1, is ${row.throughputPerSec}`);
  return row.throughputPerSec;
}

/** A number the SMS gateway can take; anything else fails for that recipient without a send. */
const PHONE = /^\+?[0-9]{5,15}$/;

/** Gateways without a bulk form get this many sends at once: enough to keep the pool busy, few enough to stay polite. */
const PARALLEL_SENDS = 16;
/** Rows per bulk insert: one round trip each, far under Postgres' 65,535 bind parameters (6 per row). */
const BULK_SENDS = 500;

export const sendPage = defineActivity({
  type: 'campaign.sendPage',
  title: '分批发送 Send page',
  description: 'Batch each: sends the text to one page of recipients with an idempotency key per (run, node, recipient). The batch runtime adds `items` and `idempotencyPrefix`.',
  category: 'campaign',
  input: z.object({ campaignId: z.string().min(1), text: z.string().min(1), items: z.array(ZAudienceItem).default([]), idempotencyPrefix: z.string().min(1).optional(), approvedHash: z.string().min(1).optional() }).strict(),
  output: z.object({ sent: z.number().int().min(0), failed: z.number().int().min(0), skipped: z.number().int().min(0) }).strict(),
  run: async ({ campaignId, text, items, idempotencyPrefix, approvedHash }, ctx) => {
    const { db, gateway } = ctx.deps;
    const [campaign] = await db.select({ contentHash: campaigns.contentHash }).from(campaigns).where(eq(campaigns.id, campaignId));
    if (!campaign) throw businessError('NotFound', `campaign ${campaignId} does not exist`);
    // Approvals bind to the content hash: an edit after approval voids them, and nothing more is sent.
    if (approvedHash && campaign.contentHash !== approvedHash) throw businessError('ApprovalVoided', `campaign ${campaignId} was edited after approval (content hash changed); the send stops`);
    const prefix = idempotencyPrefix ?? ctx.idempotencyKey;
    const ids = items.map((i) => Number(i.recipientId));
    const optedOut = ids.length === 0 ? [] : await db.select({ id: recipients.id }).from(recipients).where(and(inArray(recipients.id, ids), eq(recipients.optedOut, true)));
    const excluded = new Set(optedOut.map((r) => String(r.id)));
    const [runId, nodeId] = splitPrefix(prefix);
    const totals = { sent: 0, failed: 0, skipped: excluded.size };
    const todo = items.filter((i) => !excluded.has(i.recipientId) && PHONE.test(i.phone));
    totals.failed = items.length - excluded.size - todo.length;
    const messages = todo.map((item) => ({ idempotencyKey: `${prefix}:${item.recipientId}`, channel: SMS_CHANNEL, to: item.phone, text: renderPreview(text, { name: item.name ?? '', phone: item.phone }), runId, nodeId }));
    // A gateway error throws: the page is retried and the keys make the earlier sends of this page no-ops.
    // A duplicate was sent by an earlier attempt of this page: it counts as sent, once.
    const { sendMany } = gateway;
    if (sendMany) {
      for (let at = 0; at < messages.length; at += BULK_SENDS) {
        await sendMany(messages.slice(at, at + BULK_SENDS));
        ctx.heartbeat({ done: at + BULK_SENDS });
      }
    } else {
      for (let at = 0; at < messages.length; at += PARALLEL_SENDS) {
        await Promise.all(messages.slice(at, at + PARALLEL_SENDS).map((m) => gateway.send(m)));
        ctx.heartbeat({ done: at + PARALLEL_SENDS });
      }
    }
    totals.sent = messages.length;
    return totals;
  },
});

/** `<runId>:<nodeId>:…` → the run and node the outbox rows are attributed to (progress is counted by them). */
function splitPrefix(prefix: string): [string | null, string | null] {
  const [runId, nodeId] = prefix.split(':');
  return [runId || null, nodeId || null];
}
