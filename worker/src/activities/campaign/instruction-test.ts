/**
 * The service department's instruction test (domain case 2, step 3): previews for sample recipients, a test send
 * to whitelisted test numbers through the gateway, and a simulated activation compared with the offer.
 */
import { campaigns, recipients } from '@switchboard/drizzle';
import { parseOffer, renderPreview } from '@switchboard/flows/messages/index';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { businessError, defineActivity } from '../../sdk/define-activity.ts';
import { compareWithOffer, dryRunActivation } from './demo-billing.ts';
import { SMS_CHANNEL, TEST_NUMBERS_AUDIENCE } from './shapes.ts';

export const renderPreviews = defineActivity({
  type: 'campaign.renderPreviews',
  title: '生成预览 Render previews',
  description: 'Renders the text for sample recipients of the audience.',
  category: 'campaign',
  input: z.object({ campaignId: z.string().min(1), text: z.string().min(1), sampleSize: z.number().int().min(1).max(50).default(5) }).strict(),
  output: z.object({ previews: z.array(z.object({ recipientId: z.string().min(1), phone: z.string().min(1), text: z.string().min(1) }).strict()) }).strict(),
  run: async ({ campaignId, text, sampleSize }, { deps }) => {
    const [campaign] = await deps.db.select({ audienceId: campaigns.audienceId }).from(campaigns).where(eq(campaigns.id, campaignId));
    if (!campaign) throw businessError('NotFound', `campaign ${campaignId} does not exist`);
    const sample = await deps.db
      .select()
      .from(recipients)
      .where(and(eq(recipients.audienceId, campaign.audienceId), eq(recipients.optedOut, false)))
      .orderBy(asc(recipients.id))
      .limit(sampleSize);
    return {
      previews: sample.map((r) => ({ recipientId: String(r.id), phone: r.phone, text: renderPreview(text, { ...bindingsOf(r.vars), name: r.name, phone: r.phone }) })),
    };
  },
});

export const testSend = defineActivity({
  type: 'campaign.testSend',
  title: '测试发送 Test send',
  description: `Sends the text to whitelisted test numbers only (the "${TEST_NUMBERS_AUDIENCE}" audience).`,
  category: 'campaign',
  input: z.object({ campaignId: z.string().min(1), text: z.string().min(1), numbers: z.array(z.string().min(1)).min(1).optional() }).strict(),
  output: z.object({ sent: z.number().int().min(0), failed: z.number().int().min(0), messageIds: z.array(z.string().min(1)) }).strict(),
  run: async ({ campaignId, text, numbers }, ctx) => {
    const { db, gateway } = ctx.deps;
    const whitelist = await db
      .select()
      .from(recipients)
      .where(and(eq(recipients.audienceId, TEST_NUMBERS_AUDIENCE), numbers ? inArray(recipients.phone, numbers) : undefined));
    const allowed = new Set(whitelist.map((r) => r.phone));
    // A number off the whitelist is never messaged: it counts as failed, and the service reviewer sees it.
    const refused = (numbers ?? []).filter((n) => !allowed.has(n));
    if (refused.length > 0) ctx.logger.warn(`test send: ${refused.join(', ')} not in the "${TEST_NUMBERS_AUDIENCE}" whitelist`);
    const messageIds: string[] = [];
    for (const r of whitelist) {
      const body = `【测试 TEST ${campaignId}】${renderPreview(text, { ...bindingsOf(r.vars), name: r.name, phone: r.phone })}`;
      const sent = await gateway.send({ idempotencyKey: `${ctx.idempotencyKey}:${r.phone}`, channel: SMS_CHANNEL, to: r.phone, text: body, runId: null, nodeId: null });
      messageIds.push(sent.messageId);
    }
    return { sent: messageIds.length, failed: refused.length, messageIds };
  },
});

export const simulateActivation = defineActivity({
  type: 'campaign.simulateActivation',
  title: '模拟开通 Simulate activation',
  description: 'Dry-runs the offer activation on a test account and compares what was provisioned with the offer.',
  category: 'campaign',
  input: z.object({ campaignId: z.string().min(1), offer: z.record(z.string(), z.unknown()) }).strict(),
  output: z.object({ ok: z.boolean(), details: z.string() }).strict(),
  run: async ({ offer: raw }, { deps }) => {
    const offer = parseOffer(raw);
    const provisioned = dryRunActivation(offer, deps.clock());
    if (!provisioned.ok) return { ok: false, details: provisioned.reason };
    const differences = compareWithOffer(offer, provisioned.account);
    return differences.length === 0
      ? { ok: true, details: provisioned.summary }
      : { ok: false, details: `${provisioned.summary}; 与优惠不符 differs from the offer: ${differences.join('; ')}` };
  },
});

function bindingsOf(vars: unknown): Record<string, unknown> {
  const parsed = z.record(z.string(), z.unknown()).safeParse(vars);
  return parsed.success ? parsed.data : {};
}
