/**
 * Test harness for the inbox suites: a real app (HTTP, database) plus a real worker on its own task queue against
 * the shared Temporal dev server, users with sessions, and runs started from flow documents compiled by the real
 * compiler. Not a fake: every call goes through HTTP, the workflow and the projection.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { tasks } from '@switchboard/drizzle';
import { upsertUser } from '@switchboard/drizzle/seed';
import { compileFlow } from '@switchboard/flows/compiler/compile';
import { startWorker, type TStartedWorker } from '@switchboard/worker/start-worker';
import { WORKFLOW_TYPE, type TRunFlowInput } from '@switchboard/worker/contract';
import type { TRole } from '@switchboard/drizzle';
import { createSession } from '../../auth/sessions.ts';
import { startTestApp, type TTestApp } from '../../test/app.ts';
import { call, type TCallResult, type TSession } from '../../test/client.ts';

export type TKitUser = { username: string; roles: TRole[]; groups: string[] };
export type TInboxKit = {
  app: TTestApp;
  worker: TStartedWorker;
  ids: Map<string, string>;
  as: (username: string, type: 'query' | 'mutation', path: string, input?: unknown) => Promise<TCallResult>;
  startRun: (doc: unknown, options: { input?: unknown; params?: Record<string, unknown>; initiator: string; flowAuthor?: string; continueAsNewAt?: number }) => Promise<string>;
  waitForTask: (runId: string, nodeId: string, visit?: number) => Promise<string>;
  stop: () => Promise<void>;
};

export async function startInboxKit(people: TKitUser[]): Promise<TInboxKit> {
  const address = process.env.TEMPORAL_ADDRESS;
  if (!address) throw new Error('TEMPORAL_ADDRESS is not set (scripts/test-global-setup.ts starts the shared dev server)');
  const app = await startTestApp();
  const taskQueue = `inbox-test-${randomUUID()}`;
  const worker = await startWorker({ db: app.db, address, taskQueue });
  const ids = new Map<string, string>();
  const sessions = new Map<string, TSession>();
  for (const p of people) {
    const { id } = await upsertUser(app.db, { username: p.username, displayName: p.username, password: 'pw-for-tests', roles: p.roles, groups: p.groups });
    ids.set(p.username, id);
    const s = await createSession(app.db, id, 3_600_000);
    sessions.set(p.username, { cookie: `sb_session=${s.token}`, csrfToken: s.csrfToken });
  }
  return {
    app,
    worker,
    ids,
    as: (username, type, path, input) => call(app.url, type, path, input, { session: sessions.get(username) ?? null }),
    async startRun(doc, options) {
      const compiled = compileFlow(doc, { catalog: worker.catalog });
      if (!compiled.plan) throw new Error(`test flow does not compile: ${JSON.stringify(compiled.diagnostics)}`);
      const plan = compiled.plan;
      const runId = `run-${plan.flowKey}-${randomUUID()}`;
      const params = { ...Object.fromEntries(Object.entries(plan.parameters).map(([k, v]) => [k, v.default])), ...options.params };
      const input: TRunFlowInput = {
        plan,
        input: options.input ?? {},
        params,
        run: { id: runId, flowKey: plan.flowKey, version: 1, initiator: ids.get(options.initiator) ?? options.initiator, startedAt: new Date().toISOString(), isTest: true, ...(options.flowAuthor ? { flowAuthor: ids.get(options.flowAuthor) ?? options.flowAuthor } : {}) },
        ...(options.continueAsNewAt ? { continueAsNewAt: options.continueAsNewAt } : {}),
      };
      await app.temporal.workflow.start(WORKFLOW_TYPE, { taskQueue, workflowId: runId, args: [input] });
      return runId;
    },
    async waitForTask(runId, nodeId, visit = 1) {
      const id = `${runId}:${nodeId}:${visit}`;
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const [row] = await app.db.select({ id: tasks.id }).from(tasks).where(and(eq(tasks.id, id), eq(tasks.status, 'open')));
        if (row) return row.id;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`task ${id} did not open within 30 s`);
    },
    async stop() {
      await worker.stop();
      await app.stop();
    },
  };
}

/** Polls until `check` returns a value (not undefined) or the time runs out. */
export async function eventually<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
