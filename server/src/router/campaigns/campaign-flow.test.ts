/**
 * The campaign-approval flow end to end on real engines (HTTP API, Temporal dev server, database, the published
 * library flow): the incident's defect is caught and returned to the author, the fixed text passes, two business
 * reviews (the author refused), the service review sees the instruction test, the send completes, and replies
 * posted to the gateway callback are counted in the report.
 */
import { randomUUID } from 'node:crypto';
import { campaignReplies, campaigns, flowVersions, outbox, recipients } from '@switchboard/drizzle';
import { and, count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { signGatewayBody } from '../../http/gateway-signature.ts';
import { call } from '../../test/client.ts';
import { comingDeadline, eventually, fixedText, giftText, insertAudience, startCampaignKit, voiceOffer, type TCampaignKit } from './campaign-kit.ts';

// The app starts runs on TEMPORAL_TASK_QUEUE; a queue of our own keeps other suites' workers away from them.
const taskQueue = `campaign-flow-${randomUUID()}`;
process.env.TEMPORAL_TASK_QUEUE = taskQueue;
const gatewaySecret = `gw-${randomUUID()}`;
process.env.GATEWAY_CALLBACK_SECRET = gatewaySecret;

let kit: TCampaignKit;
const audienceId = `aud-e2e-${randomUUID().slice(0, 8)}`;
const phones = Array.from({ length: 12 }, (_, i) => String(13600000000 + i));

beforeAll(async () => {
  kit = await startCampaignKit(taskQueue, [
    { username: 'olga', roles: ['operator'], groups: ['marketing', 'business-a'] },
    { username: 'ravi', roles: ['reviewer'], groups: ['business-a'] },
    { username: 'bea', roles: ['reviewer'], groups: ['business-b'] },
    { username: 'rita', roles: ['reviewer'], groups: ['service-dept'] },
  ]);
  await insertAudience(kit.app, audienceId, phones);
  await insertAudience(kit.app, 'test-numbers', ['13800000000', '13900000000']);
  // Operator overrides of the published version: a reply window of seconds so the suite finishes.
  await kit.app.db.update(flowVersions).set({ paramOverrides: { replyWindow: '4s' } }).where(eq(flowVersions.flowKey, 'campaign-approval'));
}, 120_000);
afterAll(async () => kit?.stop());

const ZCreated = z.object({ id: z.string(), revision: z.number(), contentHash: z.string() });

describe('campaign approval, end to end', () => {
  it('from a defective draft to a counted send', async () => {
    const date = comingDeadline();
    const sendAt = new Date(Date.now() + 15_000).toISOString();
    const draft = (text: string) => ({ name: '语音保障包 retention', ownerEmail: 'olga@example.com', text, offer: voiceOffer(date.iso, sendAt), audienceId, sendAt, throughputPerSec: 150 });

    const created = await kit.as('olga', 'mutation', 'campaigns.create', draft(giftText(date.text)));
    expect(created.error).toBeNull();
    const campaign = ZCreated.parse(created.data);
    const submitted = await kit.as('olga', 'mutation', 'campaigns.submit', { campaignId: campaign.id });
    const { runId } = z.object({ runId: z.string() }).parse(submitted.data);

    // 1. Validation catches the freeze described as a gift and returns the draft to its author.
    const returned = await kit.openTask(`${runId}:return_to_author:1`);
    expect(returned.instructions).toContain('OFFER-005');

    // 2. The author fixes the text (new hash) and resubmits; validation runs again and passes.
    const edited = await kit.as('olga', 'mutation', 'campaigns.update', { campaignId: campaign.id, revision: campaign.revision, draft: draft(fixedText(date.text)) });
    expect(ZCreated.parse(edited.data).contentHash).not.toBe(campaign.contentHash);
    expect((await kit.as('olga', 'mutation', 'inbox.decide', { taskId: returned.id, outcome: 'resubmitted' })).error).toBeNull();

    // 3. Two business reviews in parallel; the author, though in business-a, may not approve her own campaign.
    const reviewA = await kit.openTask(`${runId}:review_a:1`);
    const reviewB = await kit.openTask(`${runId}:review_b:1`);
    const own = await kit.as('olga', 'mutation', 'inbox.decide', { taskId: reviewA.id, outcome: 'approve' });
    expect(own.status).toBeGreaterThanOrEqual(400);
    expect(own.error?.message ?? '').toMatch(/separation of duties|initiator|own/i);
    expect((await kit.as('ravi', 'mutation', 'inbox.decide', { taskId: reviewA.id, outcome: 'approve' })).error).toBeNull();
    expect((await kit.as('bea', 'mutation', 'inbox.decide', { taskId: reviewB.id, outcome: 'approve' })).error).toBeNull();

    // 4. The service review shows the instruction test: previews, the test send, the simulated activation.
    const service = await kit.openTask(`${runId}:service_review:1`);
    expect(service.instructions).toContain('测试发送：成功 2');
    expect(service.instructions).toContain('模拟开通：通过');
    expect(service.instructions).toContain('预览：【云帆电信】感谢您一如既往的支持');
    const [testRows] = await kit.app.db.select({ n: count() }).from(outbox).where(and(eq(outbox.channel, 'sms'), like(outbox.body, '【测试 TEST%')));
    expect(testRows?.n).toBe(2);
    expect((await kit.as('rita', 'mutation', 'inbox.decide', { taskId: service.id, outcome: 'approve' })).error).toBeNull();

    // 5. After the send time, every recipient gets exactly one message, no earlier.
    const sent = await eventually(async () => {
      const [row] = await kit.app.db.select({ n: count() }).from(outbox).where(eq(outbox.runId, runId));
      return row && row.n === phones.length ? row.n : undefined;
    }, 'the send');
    expect(sent).toBe(12);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(sendAt));

    // 6. Replies to the gateway callback: an opt-out and an activation, a redelivery counted once.
    const postSigned = (body: unknown, signature: (raw: string) => string | null) => {
      const raw = JSON.stringify(body);
      const sig = signature(raw);
      return fetch(`${kit.app.url}/gateway/replies`, { method: 'POST', headers: { 'content-type': 'application/json', ...(sig === null ? {} : { 'x-gateway-signature': sig }) }, body: raw });
    };
    const post = (body: unknown) => postSigned(body, (raw) => signGatewayBody(gatewaySecret, raw));
    // Unsigned, signed with another secret, or a signature of another body: 401 and nothing recorded.
    const forged = { messageId: `forged-${runId}`, from: phones[2], text: 'R' };
    expect((await postSigned(forged, () => null)).status).toBe(401);
    expect((await postSigned(forged, (raw) => signGatewayBody('not-the-gateway-secret', raw))).status).toBe(401);
    expect((await postSigned(forged, () => signGatewayBody(gatewaySecret, '{}'))).status).toBe(401);
    expect(await kit.app.db.select().from(campaignReplies).where(eq(campaignReplies.gatewayMessageId, forged.messageId))).toEqual([]);
    expect((await kit.app.db.select({ optedOut: recipients.optedOut }).from(recipients).where(eq(recipients.phone, phones[2]!)))[0]?.optedOut).toBe(false);
    expect((await post({ messageId: `m1-${runId}`, from: phones[0], text: ' r ' })).status).toBe(200);
    expect((await post({ messageId: `m2-${runId}`, from: phones[1], text: 'YY6' })).status).toBe(200);
    expect(await (await post({ messageId: `m2-${runId}`, from: phones[1], text: 'YY6' })).json()).toMatchObject({ kind: 'activation', duplicate: true });
    expect((await post({ messageId: 'bad', from: 'x', text: 'R' })).status).toBe(400);

    const result = await kit.app.temporal.workflow.getHandle(runId).result();
    expect(result).toMatchObject({ outcome: 'completed', result: { sent: { items: 12, totals: { sent: 12, failed: 0, skipped: 0 } }, replies: { activations: 1, optOuts: 1, replies: 2 } } });
    const report = await kit.as('olga', 'query', 'campaigns.report', { campaignId: campaign.id });
    expect(report.data).toMatchObject({ sent: 12, replies: { activations: 1, optOuts: 1, replies: 2 } });
    const [optedOut] = await kit.app.db.select().from(recipients).where(and(eq(recipients.audienceId, audienceId), eq(recipients.phone, phones[0] ?? '')));
    expect(optedOut?.optedOut).toBe(true);
    const [row] = await kit.app.db.select().from(campaigns).where(eq(campaigns.id, campaign.id));
    expect(row?.runId).toBe(runId);
    const ZStatus = z.object({ campaign: z.object({ status: z.string() }) });
    await eventually(async () => ZStatus.parse((await kit.as('olga', 'query', 'campaigns.get', { campaignId: campaign.id })).data).campaign.status === 'sent' || undefined, 'status sent', 10_000);
    const listed = await kit.as('olga', 'query', 'campaigns.list', { mine: true });
    expect(z.array(z.object({ id: z.string(), status: z.string() })).parse(listed.data).find((c) => c.id === campaign.id)?.status).toBe('sent');
  }, 180_000);

  it('refuses bad drafts naming the field, wrong roles, strangers and stale edits', async () => {
    const date = comingDeadline();
    const sendAt = new Date(Date.now() + 86_400_000).toISOString();
    const good = { name: 'guards', ownerEmail: 'olga@example.com', text: fixedText(date.text), offer: voiceOffer(date.iso, sendAt), audienceId, sendAt, throughputPerSec: 100 };
    const { offer_id: _dropped, ...noId } = voiceOffer(date.iso, sendAt);
    const bad = await kit.as('olga', 'mutation', 'campaigns.create', { ...good, offer: noId });
    expect(bad.status).toBe(400);
    expect(bad.error?.message).toMatch(/offer\.offer_id/);
    expect((await kit.as('ravi', 'mutation', 'campaigns.create', good)).status).toBe(403);
    expect((await call(kit.app.url, 'query', 'campaigns.list', {})).status).toBe(401);
    const created = ZCreated.parse((await kit.as('olga', 'mutation', 'campaigns.create', good)).data);
    expect((await kit.as('olga', 'mutation', 'campaigns.update', { campaignId: created.id, revision: created.revision, draft: { ...good, name: 'guards 2' } })).status).toBe(200);
    const stale = await kit.as('olga', 'mutation', 'campaigns.update', { campaignId: created.id, revision: created.revision, draft: { ...good, name: 'guards 3' } });
    expect(stale.status).toBe(409);
    expect((await kit.as('olga', 'query', 'campaigns.get', { campaignId: 'cmp-missing' })).status).toBe(404);
  });
});

