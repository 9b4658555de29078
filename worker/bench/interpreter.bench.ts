/**
 * Interpreter overhead: the same 20-step flow of `noop` activities as an interpreted plan (runFlow, with its run
 * projection) and as a hand-written workflow, back to back on one dev server. Prints median wall time per run,
 * workflow-task count per run, their ratio (target ≤ 1.2), and runs/s at 50 concurrent runs for both.
 * Run alone: `npm run bench -- interpreter` (needs TEMPORAL_ADDRESS or starts a dev server).
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createDb } from '@switchboard/drizzle';
import type { TPlan, TPlanNode } from '@switchboard/flows/plan/types';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { WORKFLOW_TYPE, type TRunFlowInput } from '../src/contract.ts';
import { startWorker } from '../src/start-worker.ts';

const STEPS = 20;
const SEQUENTIAL_RUNS = 15;
const CONCURRENT = 50;

function noopPlan(taskQueue: string): TPlan {
  const nodes: TPlanNode[] = [{ id: 'start', kind: 'start', ports: { next: ['s0'] } }];
  for (let i = 0; i < STEPS; i += 1) {
    nodes.push({ id: `s${i}`, kind: 'task', activity: 'noop', taskQueue, input: { t: 'obj', fields: { step: { t: 'lit', v: i } } }, retry: { maxAttempts: 3, initialIntervalMs: 100, backoff: 1, nonRetryable: [] }, ports: { next: [i + 1 < STEPS ? `s${i + 1}` : 'done'] } });
  }
  nodes.push({ id: 'done', kind: 'end', outcome: 'completed', ports: {} });
  return { irVersion: 1, flowKey: 'bench-noops', name: 'bench', hash: 'bench', inputSchema: {}, parameters: {}, startNodeId: 'start', nodes: Object.fromEntries(nodes.map((n) => [n.id, n])), subflows: [] };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function runInterpreterBench(): Promise<string[]> {
  const address = process.env.TEMPORAL_ADDRESS;
  if (!address) throw new Error('TEMPORAL_ADDRESS is not set');
  try {
    Runtime.install({ logger: new DefaultLogger('ERROR') });
  } catch {
    // A runtime is already installed in this process; keep it.
  }
  const db = await createDb({ dataDir: null });
  const taskQueue = `bench-${randomUUID().slice(0, 8)}`;
  const worker = await startWorker({ db: db.db, address, taskQueue, workflowsPath: fileURLToPath(new URL('./workflows.ts', import.meta.url)) });
  const connection = await Connection.connect({ address });
  const client = new Client({ connection });
  const plan = noopPlan(taskQueue);
  const startInterpreted = () => {
    const run = { id: `run-bench-noops-${randomUUID()}`, flowKey: 'bench-noops', version: 1, initiator: 'bench', startedAt: new Date().toISOString(), isTest: true };
    const args: TRunFlowInput = { plan, input: {}, params: {}, run };
    return client.workflow.start(WORKFLOW_TYPE, { taskQueue, workflowId: run.id, args: [args] });
  };
  const startHandWritten = () => client.workflow.start('handWrittenNoops', { taskQueue, workflowId: `bench-hand-${randomUUID()}`, args: [STEPS] });
  type TStart = typeof startHandWritten | typeof startInterpreted;

  async function measure(start: TStart): Promise<{ ms: number; tasks: number }> {
    const began = performance.now();
    const handle = await start();
    await handle.result();
    const ms = performance.now() - began;
    const history = await handle.fetchHistory();
    const tasks = (history.events ?? []).filter((e) => e.workflowTaskCompletedEventAttributes).length;
    return { ms, tasks };
  }
  async function sequential(start: TStart) {
    await measure(start); // warm-up: workflow cache, connections
    const samples: Array<{ ms: number; tasks: number }> = [];
    for (let i = 0; i < SEQUENTIAL_RUNS; i += 1) samples.push(await measure(start));
    return { ms: median(samples.map((s) => s.ms)), tasks: median(samples.map((s) => s.tasks)) };
  }
  async function throughput(start: TStart): Promise<number> {
    const began = performance.now();
    await Promise.all(Array.from({ length: CONCURRENT }, async () => (await start()).result()));
    return CONCURRENT / ((performance.now() - began) / 1000);
  }

  try {
    const hand = await sequential(startHandWritten);
    const interpreted = await sequential(startInterpreted);
    const handRate = await throughput(startHandWritten);
    const interpretedRate = await throughput(startInterpreted);
    const ratio = interpreted.ms / hand.ms;
    return [
      `${STEPS}-step noop flow, median of ${SEQUENTIAL_RUNS} sequential runs each:`,
      `  hand-written workflow : ${hand.ms.toFixed(1)} ms/run, ${hand.tasks} workflow tasks/run`,
      `  interpreted (runFlow) : ${interpreted.ms.toFixed(1)} ms/run, ${interpreted.tasks} workflow tasks/run`,
      `  ratio interpreted/hand: ${ratio.toFixed(2)} wall time, ${(interpreted.tasks / hand.tasks).toFixed(2)} workflow tasks (target ≤ 1.2) ${ratio <= 1.2 ? 'OK' : 'ABOVE TARGET'}`,
      `${CONCURRENT} concurrent runs: hand-written ${handRate.toFixed(1)} runs/s, interpreted ${interpretedRate.toFixed(1)} runs/s (ratio ${(handRate / interpretedRate).toFixed(2)})`,
    ];
  } finally {
    await worker.stop();
    await connection.close();
    await db.close();
  }
}
