/** parallel/join (all, any, atLeast; merge rule; losers cancelled), wait, event (early, match, timeout), cancel. */
import { eq } from 'drizzle-orm';
import { runEvents, runs } from '@switchboard/drizzle';
import type { TPlanNode } from '@switchboard/flows/plan/types';
import { WorkflowFailedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventSignal, stateQuery } from '../src/contract.ts';
import { endNode, expr, lit, obj, planOf } from './plans.ts';
import { startTestEnv, type TTestEnv } from './env.ts';

let env: TTestEnv;
beforeAll(async () => {
  env = await startTestEnv('control');
});
afterAll(async () => env?.stop());

const set = (id: string, assign: Record<string, string>, next: string): TPlanNode => ({
  id,
  kind: 'set',
  assign: Object.fromEntries(Object.entries(assign).map(([k, v]) => [k, expr(v)])),
  ports: { next: [next] },
});
const wait = (id: string, ms: number, next: string): TPlanNode => ({ id, kind: 'wait', duration: { ms }, ports: { next: [next] } });

function forkPlan(key: string, mode: 'all' | 'any' | { atLeast: number }) {
  return planOf(key, [
    set('init', { shared: '"base"', a: '0' }, 'fork'),
    { id: 'fork', kind: 'parallel', joinId: 'join', ports: { next: ['slow', 'fast', 'mid'] } },
    wait('slow', 60_000, 'setSlow'),
    set('setSlow', { a: '1', shared: '"slow"' }, 'join'),
    set('fast', { a: '2', fastOnly: 'true' }, 'join'),
    wait('mid', 300, 'setMid'),
    set('setMid', { shared: '"mid"', mid: 'true' }, 'join'),
    { id: 'join', kind: 'join', mode, parallelId: 'fork', branchCount: 3, ports: { next: ['done'] } },
    endNode('done', expr('vars')),
  ]);
}

describe('parallel and join', () => {
  it('any: the first branch wins, the others are cancelled and contribute nothing', async () => {
    const started = Date.now();
    const handle = await env.start(forkPlan('join-any', 'any'));
    const { result } = await handle.result();
    expect(result).toEqual({ shared: 'base', a: 2, fastOnly: true });
    expect(Date.now() - started).toBeLessThan(30_000);
    const events = await env.db.select().from(runEvents).where(eq(runEvents.runId, handle.workflowId));
    expect(events.filter((e) => e.type === 'branch.cancelled')).toHaveLength(2);
  });

  it('atLeast 2: merges the arrived branches in edge order, the later branch winning on a shared variable', async () => {
    const { result } = await (await env.start(forkPlan('join-least', { atLeast: 2 }))).result();
    // fast (branch 1) and mid (branch 2) arrive; the slow branch is cancelled mid-wait.
    expect(result).toEqual({ shared: 'mid', a: 2, fastOnly: true, mid: true });
  });

  it('all: waits for every branch', async () => {
    const plan = forkPlan('join-all', 'all');
    const slow = plan.nodes.slow;
    if (slow?.kind !== 'wait') throw new Error('plan shape');
    slow.duration = { ms: 500 };
    const { result } = await (await env.start(plan)).result();
    expect(result).toEqual({ shared: 'mid', a: 2, fastOnly: true, mid: true });
  });
});

describe('wait and event', () => {
  const eventPlan = (key: string, timeoutMs: number) =>
    planOf(key, [
      { id: 'pay', kind: 'event', event: 'payment', timeout: { ms: timeoutMs }, match: { expr: 'event.lineId = input.lineId' }, output: 'payment', ports: { received: ['paid'], timeout: ['late'] } },
      endNode('paid', expr('vars.payment')),
      endNode('late', lit('timed out'), 'rejected'),
    ]);

  it('an event only counts when its match expression holds; a non-matching one is ignored', async () => {
    const handle = await env.start(eventPlan('event-match', 60_000), { lineId: 'L1' });
    await handle.signal(eventSignal, { name: 'payment', data: { lineId: 'OTHER', amount: 1 } });
    await handle.signal(eventSignal, { name: 'refund', data: { lineId: 'L1' } });
    await handle.signal(eventSignal, { name: 'payment', data: { lineId: 'L1', amount: 99 } });
    expect(await handle.result()).toEqual({ outcome: 'completed', result: { lineId: 'L1', amount: 99 } });
  });

  it('an event that arrives before the flow reaches the event node is not lost', async () => {
    const base = eventPlan('event-early', 60_000);
    const plan = { ...base, nodes: { ...base.nodes, start: { id: 'start', kind: 'start' as const, ports: { next: ['first'] } }, first: wait('first', 1500, 'pay') } };
    const handle = await env.start(plan, { lineId: 'L2' });
    await handle.signal(eventSignal, { name: 'payment', data: { lineId: 'L2' } });
    expect(await handle.result()).toEqual({ outcome: 'completed', result: { lineId: 'L2' } });
  });

  it('no event before the timeout takes the timeout port', async () => {
    expect(await (await env.start(eventPlan('event-timeout', 800), { lineId: 'L3' })).result()).toEqual({ outcome: 'rejected', result: 'timed out' });
  });

  it('wait until an ISO time computed by an expression', async () => {
    const plan = planOf('wait-until', [
      { id: 'hold', kind: 'wait', until: { expr: '$fromMillis($toMillis($now()) + 700)' }, ports: { next: ['done'] } },
      endNode('done', obj({ at: expr('$now()') })),
    ]);
    const started = Date.now();
    await (await env.start(plan)).result();
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
  });
});

describe('cancellation', () => {
  it('cancelling a run marks it cancelled in the projection', async () => {
    const handle = await env.start(planOf('cancel-me', [wait('long', 3_600_000, 'done'), endNode('done')]));
    await expect.poll(async () => (await env.db.select().from(runs).where(eq(runs.id, handle.workflowId)))[0]?.position, { timeout: 10_000 }).toEqual(['long']);
    await handle.cancel();
    await expect(handle.result()).rejects.toBeInstanceOf(WorkflowFailedError);
    const [row] = await env.db.select().from(runs).where(eq(runs.id, handle.workflowId));
    expect(row).toMatchObject({ status: 'cancelled' });
  });
});

describe('continue-as-new', () => {
  it('continues as new while the token is parked, carrying variables, visits and buffered events', async () => {
    const plan = planOf('can-loop', [
      set('count', { n: '$exists(vars.n) ? vars.n + 1 : 0' }, 'enough'),
      {
        id: 'enough',
        kind: 'decision',
        branches: [
          { edgeId: 'e1', port: 'done', when: { expr: 'vars.n >= 12' }, to: 'done' },
          { edgeId: 'e2', port: 'default', when: null, to: 'tick' },
        ],
        ports: { done: ['done'], default: ['tick'] },
      },
      { id: 'tick', kind: 'event', event: 'tick', output: 'last', ports: { received: ['count'] } },
      endNode('done', obj({ n: expr('vars.n'), last: expr('vars.last') })),
    ]);
    const handle = await env.start(plan, {}, {}, { continueAsNewAt: 20 });
    const firstRunId = (await handle.describe()).runId;
    const latest = () => env.client.workflow.getHandle(handle.workflowId);
    for (let i = 1; i <= 12; i += 1) {
      // One tick per parked moment, so the run really sits at the event node between ticks.
      await expect.poll(async () => (await latest().query(stateQuery)).vars.n, { timeout: 10_000, interval: 50 }).toBe(i - 1);
      await latest().signal(eventSignal, { name: 'tick', data: { i } });
    }
    expect(await handle.result()).toEqual({ outcome: 'completed', result: { n: 12, last: { i: 12 } } });
    const first = await env.client.workflow.getHandle(handle.workflowId, firstRunId).fetchHistory();
    expect(first.events?.at(-1)?.workflowExecutionContinuedAsNewEventAttributes).toBeTruthy();
    expect((await env.client.workflow.getHandle(handle.workflowId).describe()).runId).not.toBe(firstRunId);
    const events = await env.db.select().from(runEvents).where(eq(runEvents.runId, handle.workflowId));
    // Every visit of `tick` is recorded once across executions: visits carried over, deterministic ids kept unique.
    expect(events.filter((e) => e.nodeId === 'tick' && e.type === 'node.left')).toHaveLength(12);
  });
});
