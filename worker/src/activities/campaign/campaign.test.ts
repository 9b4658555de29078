/** The campaign activities on a real database (PGlite, and Postgres when TEST_DATABASE_URL is set). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignReplies, createDb, outbox, recipients, type TDbHandle } from '@switchboard/drizzle';
import { parseOffer } from '@switchboard/flows/messages/index';
import { and, eq, like } from 'drizzle-orm';
import { compareWithOffer, dryRunActivation } from './demo-billing.ts';
import { renderPreviews, simulateActivation, testSend } from './instruction-test.ts';
import { collectReplies, loadCampaign } from './load.ts';
import { audiencePage, sendPage } from './send.ts';
import { TEST_NUMBERS_AUDIENCE } from './shapes.ts';
import { contextFor, demoOffer, insertCampaign } from './test-kit.ts';

const targets: Array<[string, () => Parameters<typeof createDb>[0]]> = [['pglite', () => ({ dataDir: null })]];
if (process.env.TEST_DATABASE_URL) targets.push(['postgres', () => ({ url: process.env.TEST_DATABASE_URL ?? '' })]);

describe.each(targets)('campaign activities on %s', (_name, options) => {
  let handle: TDbHandle;
  const id = `c-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const phones = ['13800000101', '13800000102', 'not-a-phone', '13800000104', '13800000105'];

  beforeAll(async () => {
    handle = await createDb(options());
    await insertCampaign(handle.db, id, phones);
    await handle.db.insert(recipients).values({ audienceId: TEST_NUMBERS_AUDIENCE, phone: `139${id.slice(-8)}`, name: '测试' });
  });
  afterAll(async () => handle?.close());

  it('loadCampaign counts the audience without opted-out customers and carries the content hash', async () => {
    await handle.db.update(recipients).set({ optedOut: true }).where(and(eq(recipients.audienceId, `aud-${id}`), eq(recipients.phone, '13800000105')));
    const loaded = await loadCampaign.run({ campaignId: id }, contextFor(handle.db, 'k'));
    expect(loaded).toMatchObject({ campaignId: id, audienceSize: 4, revision: 1, sendAt: '2099-03-10T02:00:00.000Z' });
    expect(loaded.contentHash).toMatch(/^[0-9a-f]{64}$/);
    await expect(loadCampaign.run({ campaignId: 'nope' }, contextFor(handle.db, 'k'))).rejects.toThrow(/campaign nope does not exist/);
  });

  it('pages the audience by id and sends each recipient once, skipping opt-outs and failing bad numbers', async () => {
    const first = await audiencePage.run({ audienceId: `aud-${id}`, cursor: null, limit: 2 }, contextFor(handle.db, 'k'));
    expect(first.items.map((i) => i.phone)).toEqual(['13800000101', '13800000102']);
    const second = await audiencePage.run({ audienceId: `aud-${id}`, cursor: first.nextCursor, limit: 2 }, contextFor(handle.db, 'k'));
    expect(second.items.map((i) => i.phone)).toEqual(['not-a-phone', '13800000104']);
    const third = await audiencePage.run({ audienceId: `aud-${id}`, cursor: second.nextCursor, limit: 2 }, contextFor(handle.db, 'k'));
    expect(third).toEqual({ items: [], nextCursor: null });
    // Named by the flow, the campaign's approved throughput rides on each page as the source's rate cap.
    const capped = await audiencePage.run({ audienceId: `aud-${id}`, campaignId: id, cursor: null, limit: 2 }, contextFor(handle.db, 'k'));
    expect(capped).toEqual({ ...first, ratePerSecond: 200 });
    await expect(audiencePage.run({ audienceId: `aud-${id}`, campaignId: 'nope', cursor: null }, contextFor(handle.db, 'k'))).rejects.toThrow(/campaign nope does not exist/);
    // A customer who opts out after the page was read is still not messaged.
    await handle.db.update(recipients).set({ optedOut: true }).where(and(eq(recipients.audienceId, `aud-${id}`), eq(recipients.phone, '13800000102')));
    const prefix = `run-${id}:send`;
    const page = [...first.items, ...second.items];
    const once = await sendPage.run({ campaignId: id, text: '{{name}}您好', items: page, idempotencyPrefix: prefix }, contextFor(handle.db, 'k'));
    expect(once).toEqual({ sent: 2, failed: 1, skipped: 1 });
    const again = await sendPage.run({ campaignId: id, text: '{{name}}您好', items: page, idempotencyPrefix: prefix }, contextFor(handle.db, 'k'));
    expect(again).toEqual(once);
    const rows = await handle.db.select().from(outbox).where(like(outbox.idempotencyKey, `${prefix}:%`));
    expect(rows.map((r) => r.recipient).sort()).toEqual(['13800000101', '13800000104']);
    expect(rows.find((r) => r.recipient === '13800000101')?.body).toBe('客户0您好');
    expect(rows.every((r) => r.runId === `run-${id}` && r.nodeId === 'send')).toBe(true);
  });

  it('renders previews for sample recipients and test-sends only to whitelisted numbers', async () => {
    const { previews } = await renderPreviews.run({ campaignId: id, text: '{{name}}您好，回复KT', sampleSize: 1 }, contextFor(handle.db, 'k'));
    expect(previews).toEqual([{ recipientId: expect.any(String), phone: '13800000101', text: '客户0您好，回复KT' }]);
    const whitelisted = `139${id.slice(-8)}`;
    const sent = await testSend.run({ campaignId: id, text: '{{name}}您好', numbers: [whitelisted] }, contextFor(handle.db, `ts-${id}`));
    expect(sent).toMatchObject({ sent: 1, failed: 0 });
    const [row] = await handle.db.select().from(outbox).where(eq(outbox.idempotencyKey, `ts-${id}:${whitelisted}`));
    expect(row?.body).toContain('测试您好');
    const offList = await testSend.run({ campaignId: id, text: 'x', numbers: ['13800000101'] }, contextFor(handle.db, `off-${id}`));
    expect(offList).toEqual({ sent: 0, failed: 1, messageIds: [] });
    expect(await handle.db.select().from(outbox).where(like(outbox.idempotencyKey, `off-${id}:%`))).toEqual([]);
  });

  it('counts replies by kind', async () => {
    await handle.db.insert(campaignReplies).values([
      { gatewayMessageId: `${id}-1`, campaignId: id, phone: '13800000101', body: 'KT', kind: 'activation' },
      { gatewayMessageId: `${id}-2`, campaignId: id, phone: '13800000104', body: 'R', kind: 'opt_out' },
      { gatewayMessageId: `${id}-3`, campaignId: id, phone: '13800000104', body: '谢谢', kind: 'other' },
    ]);
    expect(await collectReplies.run({ campaignId: id }, contextFor(handle.db, 'k'))).toEqual({ activations: 1, optOuts: 1, replies: 3 });
  });
});

describe('simulated activation against the offer', () => {
  // The dry run touches no table; a real (empty) database keeps the context honest.
  let handle: TDbHandle;
  let ctx: ReturnType<typeof contextFor>;
  beforeAll(async () => {
    handle = await createDb({ dataDir: null });
    ctx = contextFor(handle.db, 'k');
  });
  afterAll(async () => handle?.close());
  it('passes when billing provisions what the offer says', async () => {
    const result = await simulateActivation.run({ campaignId: 'c', offer: demoOffer() }, ctx);
    expect(result.ok).toBe(true);
    expect(result.details).toContain('冻结 120 元, 返还 120 元/12 月, 流量 30 GB');
  });
  it('fails when the freeze releases less than was frozen or the deadline passed', async () => {
    const short = await simulateActivation.run({ campaignId: 'c', offer: demoOffer({ balance_freeze: { freeze_amount_cny: 120, release_per_month_cny: 10, release_months: 10 } }) }, ctx);
    expect(short).toMatchObject({ ok: false, details: expect.stringContaining('冻结 120 元只返还 100 元') });
    const late = await simulateActivation.run({ campaignId: 'c', offer: demoOffer({ activation: { method: 'sms_reply', keyword: 'KT', deadline: '2020-01-01' } }) }, ctx);
    expect(late).toMatchObject({ ok: false, details: expect.stringContaining('2020-01-01 has passed') });
  });
  it('over-release is capped by billing and reported', () => {
    const offer = parseOffer(demoOffer({ balance_freeze: { freeze_amount_cny: 100, release_per_month_cny: 10, release_months: 12 } }));
    const run = dryRunActivation(offer, new Date('2026-01-01'));
    expect(run.ok && compareWithOffer(offer, run.account)).toEqual(['每月返还 10 元 × 12 月 = 120 元, billing releases 100 元']);
  });
});
