/**
 * Test environment on real engines: the shared Temporal dev server (TEMPORAL_ADDRESS from the global setup),
 * PGlite in memory (or Postgres when TEST_DATABASE_URL is set), the demo telecom service, and a worker on a
 * task queue unique to the calling test file so parallel files never take each other's tasks.
 */
import { randomUUID } from 'node:crypto';
import { createDb, type TDbHandle } from '@switchboard/drizzle';
import { createTestDatabase } from '@switchboard/drizzle/test-database';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import { runAttributes, WORKFLOW_TYPE, type TRunFlowInput, type TRunFlowResult } from '../src/contract.ts';
import { startTelecomService, type TTelecomService } from '../src/demo/telecom/service.ts';
import { startWorker, type TStartedWorker, type TStartWorkerOptions } from '../src/start-worker.ts';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import type { TPlan } from '@switchboard/flows/plan/types';

export type TTestEnv = {
  db: TDbHandle['db'];
  client: Client;
  telecom: TTelecomService;
  worker: TStartedWorker;
  taskQueue: string;
  start: (plan: TPlan, input?: unknown, params?: Record<string, unknown>, extra?: Partial<TRunFlowInput>) => Promise<WorkflowHandle>;
  run: (plan: TPlan, input?: unknown, params?: Record<string, unknown>) => Promise<TRunFlowResult>;
  stop: () => Promise<void>;
};

export function temporalAddress(): string {
  const address = process.env.TEMPORAL_ADDRESS;
  if (!address) throw new Error('TEMPORAL_ADDRESS is not set: run the tests through vitest (scripts/test-global-setup.ts starts the dev server)');
  return address;
}

let quiet = false;
/** Worker state changes at INFO drown test output; install an ERROR logger once per process (expected activity failures log at WARN). */
function quietWorkerLogs(): void {
  if (quiet) return;
  quiet = true;
  try {
    Runtime.install({ logger: new DefaultLogger('ERROR') });
  } catch {
    // Already installed by an earlier file in this process; its logger stays.
  }
}

export async function startTestEnv(name: string, options: Partial<TStartWorkerOptions> = {}): Promise<TTestEnv> {
  quietWorkerLogs();
  // A fresh PostgreSQL database per file when TEST_DATABASE_URL is set (CI), else PGlite in memory.
  const database = await createTestDatabase();
  const handle = await createDb(database.url ? { url: database.url } : { dataDir: null });
  const telecom = await startTelecomService({ port: 0 });
  const taskQueue = `test-${name}-${randomUUID().slice(0, 8)}`;
  const worker = await startWorker({
    db: handle.db,
    address: temporalAddress(),
    taskQueue,
    deps: { services: { telecom: telecom.url } },
    ...options,
  });
  const connection = await Connection.connect({ address: temporalAddress() });
  const client = new Client({ connection });
  const start: TTestEnv['start'] = async (plan, input = {}, params = {}, extra = {}) => {
    const run = { id: `run-${plan.flowKey}-${randomUUID()}`, flowKey: plan.flowKey, version: 1, initiator: 'tester', startedAt: new Date().toISOString(), isTest: true };
    const args: TRunFlowInput = { plan, input, params, run, ...extra };
    return client.workflow.start(WORKFLOW_TYPE, { taskQueue, workflowId: run.id, args: [args], ...runAttributes(run, plan.hash) });
  };
  return {
    db: handle.db,
    client,
    telecom,
    worker,
    taskQueue,
    start,
    run: async (plan, input, params) => (await start(plan, input, params)).result(),
    stop: async () => {
      await worker.stop();
      await connection.close();
      await telecom.stop();
      await handle.close();
      await database.drop();
    },
  };
}
