/**
 * Campaign send at scale (issue 8): N demo recipients (CAMPAIGN_BENCH_COUNT, default 1,000,000) sent by a `batch`
 * node through the runBatch child and the outbox gateway, the worker in its own process. Halfway through the
 * worker is SIGKILLed and restarted. Prints total time, messages/s, peak worker RSS, the largest history of any
 * execution involved, duplicates and losses (both counted by query; both must be 0).
 * Needs Postgres (BENCH_DATABASE_URL, DATABASE_URL or TEST_DATABASE_URL) and TEMPORAL_ADDRESS or a dev server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { campaigns, createDb, outbox, recipients, users } from '@switchboard/drizzle';
import type { TPlan } from '@switchboard/flows/plan/types';
import { Client, Connection } from '@temporalio/client';
import { and, count, countDistinct, eq } from 'drizzle-orm';
import { WORKFLOW_TYPE, type TRunFlowInput } from '../src/contract.ts';
import { seedAudience } from '../src/activities/campaign/seed-audience.ts';
import { batchWorkflowId } from '../src/workflows/batch/contract.ts';

const WORKER = fileURLToPath(new URL('./campaign-worker.ts', import.meta.url));

function sendPlan(campaignId: string, audienceId: string): TPlan {
  const lit = (v: unknown) => ({ t: 'lit' as const, v });
  return {
    irVersion: 1, flowKey: 'bench-campaign', name: 'bench', hash: 'bench', inputSchema: {}, parameters: {}, startNodeId: 'start', subflows: [],
    nodes: {
      start: { id: 'start', kind: 'start', ports: { next: ['send'] } },
      send: {
        id: 'send', kind: 'batch', batchSize: 1000, concurrency: 6,
        source: { activity: 'campaign.audiencePage', input: { t: 'obj', fields: { audienceId: lit(audienceId) } } },
        each: { activity: 'campaign.sendPage', input: { t: 'obj', fields: { campaignId: lit(campaignId), text: lit('【云帆电信】{{name}}您好，回复YY6办理语音保障包。拒收请回复R') } } },
        output: 'sent', ports: { next: ['done'] },
      },
      done: { id: 'done', kind: 'end', outcome: 'completed', result: { t: 'expr', src: 'vars.sent' }, ports: {} },
    },
  };
}

/** Resident set size of a process in MB (Linux /proc), or 0 when it is gone. */
function rssMb(pid: number | undefined): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function startWorkerProcess(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`campaign worker exited early (${code})`)));
    child.stdout?.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(child));
  });
}

export async function runCampaignBench(): Promise<string[]> {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const address = process.env.TEMPORAL_ADDRESS;
  if (!url) throw new Error('needs Postgres: set BENCH_DATABASE_URL (the worker runs in its own process; PGlite is single-process)');
  if (!address) throw new Error('TEMPORAL_ADDRESS is not set');
  const total = Number(process.env.CAMPAIGN_BENCH_COUNT ?? 1_000_000);
  const handle = await createDb({ url });
  const db = handle.db;
  const id = `bench-${randomUUID().slice(0, 8)}`;
  const audienceId = `aud-${id}`;
  const taskQueue = `bench-campaign-${id}`;
  const connection = await Connection.connect({ address });
  const client = new Client({ connection });
  const workers: ChildProcess[] = [];
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, ...workers.map((w) => (w.exitCode === null ? rssMb(w.pid) : 0)))), 250);
  const runId = `run-bench-campaign-${randomUUID()}`;
  try {
    const seeded = Date.now();
    await db.insert(users).values({ id: `u-${id}`, username: id, displayName: 'bench', passwordHash: 'x' });
    await seedAudience(db, { audienceId, count: total });
    await db.insert(campaigns).values({ id, name: id, ownerId: `u-${id}`, ownerEmail: 'bench@example.com', text: 'x', offer: {}, audienceId, sendAt: new Date(), contentHash: id, runId });
    const seedSeconds = (Date.now() - seeded) / 1000;
    const workerEnv = { ...process.env, TEMPORAL_ADDRESS: address, TASK_QUEUE: taskQueue, DATABASE_URL: url };
    workers.push(await startWorkerProcess(workerEnv));
    const sentSoFar = async () => (await db.select({ n: count() }).from(outbox).where(eq(outbox.runId, runId)))[0]?.n ?? 0;
    const run = { id: runId, flowKey: 'bench-campaign', version: 1, initiator: 'bench', startedAt: new Date().toISOString(), isTest: true };
    const args: TRunFlowInput = { plan: sendPlan(id, audienceId), input: {}, params: {}, run };
    const started = Date.now();
    const wf = await client.workflow.start(WORKFLOW_TYPE, { taskQueue, workflowId: runId, args: [args] });
    // Kill the worker in the middle of the send, then start a fresh one.
    while ((await sentSoFar()) < total / 2) await new Promise((r) => setTimeout(r, 500));
    const atKill = await sentSoFar();
    workers[0]?.kill('SIGKILL');
    workers.push(await startWorkerProcess(workerEnv));
    const result = await wf.result();
    const seconds = (Date.now() - started) / 1000;
    const [rows] = await db.select({ n: count(), distinct: countDistinct(outbox.recipient) }).from(outbox).where(eq(outbox.runId, runId));
    const [audience] = await db.select({ n: count() }).from(recipients).where(and(eq(recipients.audienceId, audienceId), eq(recipients.optedOut, false)));
    const sent = rows?.n ?? 0;
    const duplicates = sent - (rows?.distinct ?? 0);
    const losses = (audience?.n ?? 0) - (rows?.distinct ?? 0);
    const histories = [(await client.workflow.getHandle(runId).describe()).historyLength];
    for await (const execution of client.workflow.list({ query: `WorkflowId = "${batchWorkflowId(`${runId}:send:1`)}"` })) histories.push(execution.historyLength);
    return [
      `recipients: ${total.toLocaleString('en')} (seeded in ${seedSeconds.toFixed(1)} s); outbox gateway on Postgres; worker killed at ${atKill.toLocaleString('en')} sent and restarted`,
      `total time: ${seconds.toFixed(1)} s, ${Math.round(sent / seconds).toLocaleString('en')} messages/s (target ≥ 2,000)`,
      `peak worker RSS: ${Math.round(peakRss)} MB (target < 1,024)`,
      `largest history: ${Math.max(...histories)} events over ${histories.length} executions (target ≤ 10,000)`,
      `duplicates: ${duplicates}, losses: ${losses} (both must be 0); result ${JSON.stringify(result.result)}`,
    ];
  } finally {
    clearInterval(sampler);
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await client.workflow.getHandle(runId).terminate('benchmark over').catch(() => undefined);
    await db.delete(outbox).where(eq(outbox.runId, runId));
    await db.delete(campaigns).where(eq(campaigns.id, id));
    await db.delete(recipients).where(eq(recipients.audienceId, audienceId));
    await db.delete(users).where(eq(users.id, `u-${id}`));
    await connection.close();
    await handle.close();
  }
}
