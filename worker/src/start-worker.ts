/**
 * `startWorker`: the Temporal worker for runFlow and every activity, plus catalog registration in
 * `activity_types` (decision 6) so the server and the editor palette see this worker's activity types without a
 * redeploy. The workflow bundle is built once per process and reused by every worker started afterwards.
 */
import { fileURLToPath } from 'node:url';
import { activityTypes, type TDb } from '@switchboard/drizzle';
import type { TActivityType } from '@switchboard/flows/catalog/types';
import { bundleWorkflowCode, NativeConnection, Worker, type WorkflowBundle } from '@temporalio/worker';
import { createCatalogActivities, createCoreActivities, defaultActivityDefinitions } from './activities/index.ts';
import { TASK_QUEUE } from './contract.ts';
import { createOutboxGateway } from './gateway/outbox-gateway.ts';
import { catalogEntry } from './sdk/catalog.ts';
import type { TActivityDefinition } from './sdk/define-activity.ts';
import type { TActivityDeps } from './sdk/deps.ts';

export type TStartWorkerOptions = {
  db: TDb;
  /** An existing connection (not closed on stop), or an address to connect to (TEMPORAL_ADDRESS). */
  connection?: NativeConnection;
  address?: string;
  namespace?: string;
  taskQueue?: string;
  deps?: Partial<Omit<TActivityDeps, 'db'>>;
  /** Activity definitions this worker runs; defaults to built-ins + telecom + complaint. */
  activities?: TActivityDefinition[];
  /** Workflow module to bundle; the benchmark adds its hand-written baseline workflow this way. */
  workflowsPath?: string;
  workerId?: string;
};

export type TStartedWorker = { stop: () => Promise<void>; catalog: TActivityType[]; taskQueue: string };

const bundles = new Map<string, Promise<WorkflowBundle>>();
export const DEFAULT_WORKFLOWS_PATH = fileURLToPath(new URL('./workflows/index.ts', import.meta.url));

/** Bundles workflow code once per path per process (bundling takes seconds; tests start many workers). */
export function workflowBundle(workflowsPath = DEFAULT_WORKFLOWS_PATH): Promise<WorkflowBundle> {
  let bundle = bundles.get(workflowsPath);
  if (!bundle) {
    bundle = bundleWorkflowCode({ workflowsPath, logger: { trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error, log() {} } });
    bundles.set(workflowsPath, bundle);
  }
  return bundle;
}

export async function registerCatalog(db: TDb, catalog: TActivityType[], workerId: string | null): Promise<void> {
  for (const entry of catalog) {
    const row = {
      type: entry.type,
      title: entry.title,
      description: entry.description ?? null,
      category: entry.category ?? null,
      inputSchema: entry.inputSchema,
      outputSchema: entry.outputSchema,
      taskQueue: entry.taskQueue ?? TASK_QUEUE,
      workerId,
      registeredAt: new Date(),
    };
    const { type: _key, ...update } = row;
    await db.insert(activityTypes).values(row).onConflictDoUpdate({ target: activityTypes.type, set: update });
  }
}

export async function startWorker(options: TStartWorkerOptions): Promise<TStartedWorker> {
  const taskQueue = options.taskQueue ?? TASK_QUEUE;
  const namespace = options.namespace ?? 'default';
  const definitions = options.activities ?? defaultActivityDefinitions;
  const deps: TActivityDeps = {
    db: options.db,
    gateway: options.deps?.gateway ?? createOutboxGateway(options.db),
    clock: options.deps?.clock ?? (() => new Date()),
    http: options.deps?.http ?? fetch,
    services: options.deps?.services ?? {},
  };
  const connection = options.connection ?? (await NativeConnection.connect({ address: options.address ?? 'localhost:7233' }));
  const ownsConnection = options.connection === undefined;
  const catalog = definitions.map((d) => catalogEntry(d, taskQueue));
  await registerCatalog(options.db, catalog, options.workerId ?? null);

  const byQueue = new Map<string, TActivityDefinition[]>();
  for (const d of definitions) byQueue.set(d.taskQueue ?? taskQueue, [...(byQueue.get(d.taskQueue ?? taskQueue) ?? []), d]);
  const workers = [
    await Worker.create({
      connection,
      namespace,
      taskQueue,
      workflowBundle: await workflowBundle(options.workflowsPath),
      activities: { ...createCoreActivities(deps), ...createCatalogActivities(deps, byQueue.get(taskQueue) ?? []) },
    }),
  ];
  for (const [queue, defs] of byQueue) {
    if (queue !== taskQueue) workers.push(await Worker.create({ connection, namespace, taskQueue: queue, activities: createCatalogActivities(deps, defs) }));
  }
  const running = workers.map((w) => w.run());
  return {
    catalog,
    taskQueue,
    async stop() {
      for (const w of workers) if (w.getState() === 'RUNNING') w.shutdown();
      await Promise.allSettled(running);
      if (ownsConnection) await connection.close();
    },
  };
}
