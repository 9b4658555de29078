/**
 * The batch child on the real Temporal dev server: a campaign audience sent in pages through a `batch` node,
 * with continue-as-new forced by a tiny history budget, pause/resume/cancel through run events, the progress
 * query, and exactly one outbox row per recipient (counted by query).
 */
import { campaigns, outbox, recipients } from '@switchboard/drizzle';
import { count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventSignal } from '../src/contract.ts';
import { endNode, expr, lit, obj, planOf } from './plans.ts';
import { startTestEnv, type TTestEnv } from './env.ts';
import { insertCampaign } from '../src/activities/campaign/test-kit.ts';
import { batchProgressQuery, batchWorkflowId, BATCH_WORKFLOW_TYPE } from '../src/workflows/batch/contract.ts';

let env: TTestEnv;
beforeAll(async () => {
  env = await startTestEnv('batch');
});
afterAll(async () => env?.stop());

const sendPlan = (campaignId: string, audienceId: string, ratePerSecond?: number, capByCampaign = false) =>
  planOf('batch-campaign', [
    {
      id: 'send',
      kind: 'batch',
      source: { activity: 'campaign.audiencePage', input: obj({ audienceId: lit(audienceId), ...(capByCampaign ? { campaignId: lit(campaignId) } : {}) }) },
      each: { activity: 'campaign.sendPage', input: obj({ campaignId: lit(campaignId), text: lit('{{name}}您好，回复R退订') }) },
      batchSize: 4,
      concurrency: 2,
      ...(ratePerSecond ? { ratePerSecond } : {}),
      output: 'sent',
      ports: { next: ['done'], error: ['stopped'] },
    },
    endNode('done', expr('vars.sent')),
    endNode('stopped', expr('vars.error'), 'cancelled'),
  ]);

const phones = (n: number, base: number) => Array.from({ length: n }, (_, i) => String(13700000000 + base + i));

async function sentFor(runId: string) {
  const [row] = await env.db.select({ n: count() }).from(outbox).where(like(outbox.idempotencyKey, `${runId}:send:%`));
  return row?.n ?? 0;
}

describe('batch child workflow', () => {
  it('sends every recipient once across pages and continue-as-new, opt-outs skipped', async () => {
    const id = `cb-${Date.now().toString(36)}`;
    const { audienceId } = await insertCampaign(env.db, id, phones(30, 0));
    await env.db.update(recipients).set({ optedOut: true }).where(eq(recipients.phone, '13700000007'));
    const handle = await env.start(sendPlan(id, audienceId));
    const result = await handle.result();
    expect(result).toEqual({ outcome: 'completed', result: { pages: 8, items: 29, totals: { sent: 29, failed: 0, skipped: 0 } } });
    expect(await sentFor(handle.workflowId)).toBe(29);
    const child = env.client.workflow.getHandle(batchWorkflowId(`${handle.workflowId}:send:1`));
    expect((await child.describe()).type).toBe(BATCH_WORKFLOW_TYPE);
    expect(await child.query(batchProgressQuery)).toMatchObject({ status: 'done', items: 29, totals: { sent: 29 } });
  });

  it('continues-as-new when the history passes its budget and keeps counting', async () => {
    const id = `cc-${Date.now().toString(36)}`;
    const { audienceId } = await insertCampaign(env.db, id, phones(40, 100));
    const childId = `cc-child-${id}`;
    await env.client.workflow.execute(BATCH_WORKFLOW_TYPE, {
      taskQueue: env.taskQueue,
      workflowId: childId,
      args: [{
        source: { activity: 'campaign.audiencePage', input: { audienceId } },
        each: { activity: 'campaign.sendPage', input: { campaignId: id, text: 'hi' } },
        batchSize: 5, concurrency: 2, idempotencyPrefix: `direct-${id}:send`, historyBudget: 30,
      }],
    });
    const progress = await env.client.workflow.getHandle(childId).query(batchProgressQuery);
    expect(progress.generation).toBeGreaterThan(1);
    expect(progress).toMatchObject({ items: 40, totals: { sent: 40 } });
    const [row] = await env.db.select({ n: count() }).from(outbox).where(like(outbox.idempotencyKey, `direct-${id}:%`));
    expect(row?.n).toBe(40);
  });

  it("sends no faster than the campaign's throughput when it is below the node's rate", async () => {
    const id = `ct-${Date.now().toString(36)}`;
    const { audienceId } = await insertCampaign(env.db, id, phones(20, 300));
    await env.db.update(campaigns).set({ throughputPerSec: 10 }).where(eq(campaigns.id, id));
    const began = Date.now();
    const handle = await env.start(sendPlan(id, audienceId, 200, true));
    expect(await handle.result()).toMatchObject({ outcome: 'completed', result: { items: 20, totals: { sent: 20 } } });
    // 20 items at 10/s take at least 2 s after the first page; at the node's 200/s they would take 0.1 s.
    expect(Date.now() - began).toBeGreaterThanOrEqual(1900);
    expect(await sentFor(handle.workflowId)).toBe(20);
  });

  it('pauses, resumes and cancels through events sent to the run', async () => {
    const id = `cp-${Date.now().toString(36)}`;
    const { audienceId } = await insertCampaign(env.db, id, phones(40, 200));
    const handle = await env.start(sendPlan(id, audienceId, 8));
    const child = env.client.workflow.getHandle(batchWorkflowId(`${handle.workflowId}:send:1`));
    await until(async () => (await sentFor(handle.workflowId)) >= 4);
    await handle.signal(eventSignal, { name: 'pause', data: null });
    await until(async () => (await child.query(batchProgressQuery)).status === 'paused');
    await until(async () => (await child.query(batchProgressQuery)).inFlight === 0);
    const atPause = await sentFor(handle.workflowId);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await sentFor(handle.workflowId)).toBe(atPause);
    await handle.signal(eventSignal, { name: 'resume', data: null });
    await until(async () => (await sentFor(handle.workflowId)) > atPause);
    await handle.signal(eventSignal, { name: 'cancel', data: null });
    const result = await handle.result();
    expect(result.outcome).toBe('cancelled');
    expect(result.result).toMatchObject({ type: 'BatchCancelled' });
    const sent = await sentFor(handle.workflowId);
    expect(sent).toBeGreaterThan(atPause);
    expect(sent).toBeLessThan(40);
  });
});

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
