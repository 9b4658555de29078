/** task (retries, error port, non-retryable failure), notify (outbox, once), subflow, batch, bad workflow input. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { flows, flowVersions, outbox, runs } from '@switchboard/drizzle';
import { WorkflowFailedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKFLOW_TYPE } from '../src/contract.ts';
import { endNode, expr, lit, obj, planOf, retry } from './plans.ts';
import { startTestEnv, type TTestEnv } from './env.ts';

let env: TTestEnv;
beforeAll(async () => {
  env = await startTestEnv('io');
});
afterAll(async () => env?.stop());

async function failureOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(WorkflowFailedError);
  return error instanceof WorkflowFailedError ? (error.cause?.message ?? '') : '';
}

describe('task', () => {
  const lookup = (withErrorPort: boolean) =>
    planOf(withErrorPort ? 'task-error-port' : 'task-fails', [
      {
        id: 'find',
        kind: 'task',
        activity: 'telecom.findCustomerByIdNumber',
        input: obj({ idNumber: expr('input.idNumber') }),
        output: 'customer',
        retry: { ...retry, maxAttempts: 5 },
        ports: { next: ['found'], ...(withErrorPort ? { error: ['missing'] } : {}) },
      },
      endNode('found', expr('vars.customer')),
      endNode('missing', expr('vars.error'), 'rejected'),
    ]);

  it('calls the telecom service and stores the output var', async () => {
    const result = await env.run(lookup(false), { idNumber: '31010119900303003X' });
    expect(result).toEqual({ outcome: 'completed', result: { customerId: 'C1003', name: '王强 Wang Qiang', phone: '13800000003' } });
  });

  it('a business error (404) is not retried and takes the error port with the reason', async () => {
    const result = await env.run(lookup(true), { idNumber: '999999999999999999' });
    expect(result.outcome).toBe('rejected');
    expect(result.result).toMatchObject({ nodeId: 'find', type: 'NotFound', message: expect.stringContaining('999999999999999999') });
  });

  it('without an error port the run fails with a sentence naming the node and the cause; the projection says so', async () => {
    const handle = await env.start(lookup(false), { idNumber: '999999999999999999' });
    const message = await failureOf(handle.result());
    expect(message).toMatch(/telecom\.findCustomerByIdNumber failed at node "find": customer with ID number 999999999999999999 not found/);
    const [row] = await env.db.select().from(runs).where(eq(runs.id, handle.workflowId));
    expect(row).toMatchObject({ status: 'failed', error: message });
  });

  it('input that breaks the activity schema fails at once with the field named', async () => {
    const result = await env.run(lookup(true), { idNumber: 'not-an-id' });
    expect(result.result).toMatchObject({ type: 'InvalidInput', message: expect.stringContaining('idNumber') });
  });

  it('transient failures are retried with the same idempotency key, and the effect happens once', async () => {
    env.telecom.state.faults.deprovision = 2;
    const plan = planOf('task-retry', [
      { id: 'cut', kind: 'task', activity: 'telecom.deprovisionLine', input: obj({ lineId: lit('BB-1004B') }), output: 'cut', retry, ports: { next: ['done'] } },
      endNode('done', expr('vars.cut')),
    ]);
    const result = await env.run(plan);
    expect(result.outcome).toBe('completed');
    const requests = env.telecom.state.requests.filter((r) => r.kind === 'deprovision');
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((r) => r.idempotencyKey)).size).toBe(1);
    expect(env.telecom.state.effects.filter((e) => e.kind === 'deprovision' && e.subject === 'BB-1004B')).toHaveLength(1);
  });
});

describe('notify', () => {
  it('queues the rendered message in the outbox once per node visit', async () => {
    const plan = planOf('notify-outbox', [
      { id: 'tell', kind: 'notify', channel: 'sms', to: expr('input.phone'), text: { t: 'tpl', parts: ['您好 ', { src: 'input.name' }, '，拆机已受理'] }, validate: false, ports: { next: ['done'] } },
      endNode('done'),
    ]);
    const handle = await env.start(plan, { phone: '13800000009', name: '测试' });
    await handle.result();
    const rows = await env.db.select().from(outbox).where(eq(outbox.runId, handle.workflowId));
    expect(rows).toMatchObject([{ channel: 'sms', recipient: '13800000009', body: '您好 测试，拆机已受理', nodeId: 'tell', idempotencyKey: `${handle.workflowId}:tell:1` }]);
  });
});

describe('subflow', () => {
  it('starts the published child version as a child run and stores its outcome and result', async () => {
    const child = planOf('io-child', [{ id: 'double', kind: 'set', assign: { v: expr('input.n * params.factor') }, ports: { next: ['done'] } }, endNode('done', expr('vars.v'))], {
      parameters: { factor: { default: 2 } },
    });
    await env.db.insert(flows).values({ key: 'io-child', name: 'child', draft: {} }).onConflictDoNothing();
    await env.db.insert(flowVersions).values({ flowKey: 'io-child', version: 1, document: {}, plan: child, planHash: child.hash, author: 'dora', paramOverrides: { factor: 3 } }).onConflictDoNothing();
    const parent = planOf('io-parent', [
      { id: 'sub', kind: 'subflow', flow: 'io-child', version: 'latest', input: obj({ n: expr('input.n') }), output: 'child', ports: { next: ['done'] } },
      endNode('done', expr('vars.child')),
    ]);
    const handle = await env.start(parent, { n: 5 });
    expect(await handle.result()).toEqual({ outcome: 'completed', result: { outcome: 'completed', result: 15 } });
    const children = await env.db.select().from(runs).where(eq(runs.parentRunId, handle.workflowId));
    expect(children).toMatchObject([{ flowKey: 'io-child', version: 1, status: 'completed' }]);
  });

  it('an unknown child flow takes the error port with a readable reason', async () => {
    const parent = planOf('io-parent-missing', [
      { id: 'sub', kind: 'subflow', flow: 'no-such-flow', version: 'latest', input: obj({}), output: 'child', ports: { next: ['done'], error: ['failed'] } },
      endNode('done'),
      endNode('failed', expr('vars.error.message'), 'failed'),
    ]);
    expect(await env.run(parent)).toEqual({ outcome: 'failed', result: 'flow "no-such-flow" has no published version' });
  });
});

describe('batch', () => {
  it('pages through the source and hands each page to the each activity, summing numeric results', async () => {
    const plan = planOf('batch-noop', [
      {
        id: 'send',
        kind: 'batch',
        source: { activity: 'noop', input: obj({ items: lit([1, 2, 3]), nextCursor: lit(null) }) },
        each: { activity: 'noop', input: obj({ sent: lit(3) }) },
        batchSize: 10,
        concurrency: 2,
        output: 'sent',
        ports: { next: ['done'] },
      },
      endNode('done', expr('vars.sent')),
    ]);
    expect(await env.run(plan)).toEqual({ outcome: 'completed', result: { pages: 1, items: 3, totals: { sent: 3 } } });
  });
});

describe('validate', () => {
  const examples = z.array(z.object({ id: z.string(), text: z.string(), offer: z.unknown() })).parse(
    JSON.parse(readFileSync(fileURLToPath(new URL('../../flows/fixtures/messages/spec-examples.json', import.meta.url)), 'utf8')),
  );
  const plan = planOf('validate-msg', [
    { id: 'check', kind: 'validate', channel: 'cn_sms_marketing', text: expr('input.text'), offer: { expr: 'input.offer' }, output: 'report', ports: { pass: ['ok'], fail: ['bad'] } },
    endNode('ok', expr('vars.report.errors')),
    endNode('bad', expr('vars.report.findings.rule'), 'rejected'),
  ]);

  it('a correct message passes; one that misstates the offer fails with the finding stored on the run row', async () => {
    const good = examples.find((e) => e.id === 'EX-03');
    const wrong = examples.find((e) => e.id === 'EX-06');
    expect(await env.run(plan, good)).toEqual({ outcome: 'completed', result: 0 });
    const handle = await env.start(plan, wrong);
    expect(await handle.result()).toEqual({ outcome: 'rejected', result: 'OFFER-001' });
    const [row] = await env.db.select().from(runs).where(eq(runs.id, handle.workflowId));
    expect(JSON.stringify(row?.findings)).toContain('OFFER-001');
  });
});

describe('bad workflow input', () => {
  it('a malformed runFlow input fails the run naming the field', async () => {
    const handle = await env.client.workflow.start(WORKFLOW_TYPE, { taskQueue: env.taskQueue, workflowId: `run-bad-${Date.now()}`, args: [{ plan: { nope: true }, input: {}, params: {} }] });
    expect(await failureOf(handle.result())).toMatch(/runFlow input is invalid[\s\S]*plan/);
  });
});
