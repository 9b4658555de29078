/**
 * Durability: SIGKILL the worker process while an activity's side effect has happened but its reply has not
 * reached Temporal, start a new worker, and the run completes — with every side effect done exactly once,
 * because the retried call carries the same idempotency key (run, node, visit).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runAttributes, WORKFLOW_TYPE, type TRunFlowInput } from '../src/contract.ts';
import { startTelecomService, type TTelecomService } from '../src/demo/telecom/service.ts';
import { temporalAddress } from './env.ts';
import { endNode, expr, lit, obj, planOf, retry } from './plans.ts';

const CHILD = fileURLToPath(new URL('./fixtures/worker-child.ts', import.meta.url));
const taskQueue = `test-kill-${randomUUID().slice(0, 8)}`;
let telecom: TTelecomService;
let connection: Connection;
const children: ChildProcess[] = [];

function startChild(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, TEMPORAL_ADDRESS: temporalAddress(), TASK_QUEUE: taskQueue, TELECOM_URL: telecom.url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`worker child exited early (${code})`)));
    child.stdout?.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(child));
  });
}

beforeAll(async () => {
  telecom = await startTelecomService({ port: 0 });
  connection = await Connection.connect({ address: temporalAddress() });
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await connection?.close();
  await telecom?.stop();
});

it('a run survives SIGKILL of its worker mid-activity, and no side effect happens twice', async () => {
  const task = (id: string, activity: string, input: ReturnType<typeof obj>, next: string) => ({
    id, kind: 'task' as const, activity, input, output: id, retry: { ...retry, maxAttempts: 10 }, timeout: { ms: 3_000 }, ports: { next: [next] },
  });
  const plan = planOf('kill-worker', [
    task('book', 'telecom.bookPickup', obj({ lineId: lit('BB-1003'), terminalId: lit('ONT-1003'), address: lit('上海市黄浦区南京东路3号') }), 'cut'),
    task('cut', 'telecom.deprovisionLine', obj({ lineId: lit('BB-1003') }), 'bill'),
    task('bill', 'telecom.settleFinalBill', obj({ lineId: lit('BB-1003') }), 'done'),
    endNode('done', obj({ appointment: expr('vars.book.appointmentId'), bill: expr('vars.bill.billId') })),
  ]);
  // The deprovision reply is held back, so the kill lands after the line was cut but before Temporal heard of it.
  telecom.state.delays['/lines/BB-1003/deprovision'] = 60_000;
  const first = await startChild();
  const run = { id: `run-kill-worker-${randomUUID()}`, flowKey: 'kill-worker', version: 1, initiator: 'tester', startedAt: new Date().toISOString(), isTest: true };
  const args: TRunFlowInput = { plan, input: {}, params: {}, run };
  const handle = await new Client({ connection }).workflow.start(WORKFLOW_TYPE, { taskQueue, workflowId: run.id, args: [args], ...runAttributes(run, plan.hash) });

  await expect.poll(() => telecom.state.effects.map((e) => e.kind), { timeout: 180_000, interval: 50 }).toContain('deprovision');
  first.kill('SIGKILL');
  delete telecom.state.delays['/lines/BB-1003/deprovision'];
  await startChild();

  const result = await handle.result();
  expect(result).toEqual({ outcome: 'completed', result: { appointment: 'APT-1', bill: expect.stringMatching(/^BILL-BB-1003-/) } });
  expect(telecom.state.effects.map((e) => e.kind)).toEqual(['pickup', 'deprovision', 'final-bill']);
  const cuts = telecom.state.requests.filter((r) => r.kind === 'deprovision');
  expect(cuts.length).toBeGreaterThanOrEqual(2);
  expect(new Set(cuts.map((r) => r.idempotencyKey)).size).toBe(1);
}, 300_000);
