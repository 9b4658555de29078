/**
 * The runs API over real HTTP with a real worker (own task queue), the demo telecom service and the library
 * broadband flow as seeded at start: start/get/list/sendEvent/cancel, input checks, roles and ended runs.
 */
import { randomUUID } from 'node:crypto';
import { upsertUser } from '@switchboard/drizzle/seed';
import { startTelecomService, type TTelecomService } from '@switchboard/worker/demo/telecom/service';
import { startWorker, type TStartedWorker } from '@switchboard/worker/start-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestApp, type TTestApp } from '../../test/app.ts';
import { call, login, type TSession } from '../../test/client.ts';

// The app starts runs on TEMPORAL_TASK_QUEUE; a queue of our own keeps other suites' workers away from them.
const taskQueue = `runs-api-${randomUUID()}`;
process.env.TEMPORAL_TASK_QUEUE = taskQueue;

let app: TTestApp;
let telecom: TTelecomService;
let worker: TStartedWorker;
let otto: TSession;
let rita: TSession;

beforeAll(async () => {
  app = await startTestApp();
  telecom = await startTelecomService({ port: 0 });
  worker = await startWorker({ db: app.db, address: process.env.TEMPORAL_ADDRESS ?? '', taskQueue, deps: { services: { telecom: telecom.url } } });
  await upsertUser(app.db, { username: 'otto', displayName: 'Otto', password: 'pw-otto', roles: ['operator'] });
  await upsertUser(app.db, { username: 'rita', displayName: 'Rita', password: 'pw-rita', roles: ['reviewer'] });
  [otto, rita] = await Promise.all([login(app.url, 'otto', 'pw-otto'), login(app.url, 'rita', 'pw-rita')]);
});
afterAll(async () => {
  await worker?.stop();
  await telecom?.stop();
  await app?.stop();
});

const mutate = (path: string, input: unknown, session: TSession | null) => call(app.url, 'mutation', path, input, { session });
const query = (path: string, input: unknown, session: TSession | null) => call(app.url, 'query', path, input, { session });
const runIdOf = (data: unknown) => String(data !== null && typeof data === 'object' ? Reflect.get(data, 'runId') : '');
const statusOf = async (runId: string) => {
  const got = await query('runs.get', { runId }, rita);
  return got.data !== null && typeof got.data === 'object' ? Reflect.get(got.data, 'status') : got.status;
};

describe('runs API', () => {
  it('starts the latest published version, and the run completes with its timeline readable by any user', async () => {
    const started = await mutate('runs.start', { flowKey: 'broadband-disconnection', input: { idNumber: '110101198001010011', channel: 'store' } }, otto);
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    expect(started.data).toMatchObject({ flowKey: 'broadband-disconnection', version: 1 });
    const runId = runIdOf(started.data);
    expect(runId).toMatch(/^run-broadband-disconnection-[0-9a-f-]{36}$/);
    await expect.poll(() => statusOf(runId), { timeout: 30_000 }).toBe('completed');
    const got = await query('runs.get', { runId }, rita);
    expect(got.data).toMatchObject({ outcome: 'completed', initiator: 'otto', result: { lineId: 'BB-1001' } });
    const events = z.object({ events: z.array(z.object({ nodeId: z.string().nullable(), type: z.string() })) }).parse(got.data).events;
    const types = events.map((e) => `${e.nodeId}:${e.type}`);
    expect(types).toEqual(expect.arrayContaining(['find_customer:node.entered', 'deprovision:node.left', 'done:node.left']));
    // The timeline is in recording order: the run starts first and the end node is left last.
    expect(types[0]).toBe('null:run.started');
    expect(types.at(-1)).toBe('done:node.left');
    const listed = await query('runs.list', { flowKey: 'broadband-disconnection', status: 'completed' }, rita);
    expect(JSON.stringify(listed.data)).toContain(runId);
  });

  it('input failing the inputSchema is a 400 naming the fields', async () => {
    const started = await mutate('runs.start', { flowKey: 'broadband-disconnection', input: { idNumber: '12345' } }, otto);
    expect(started.status).toBe(400);
    expect(started.error?.message).toMatch(/input\.idNumber/);
    expect(started.error?.message).toMatch(/channel/);
  });

  it('an unknown flow key is a 404 that names it', async () => {
    const started = await mutate('runs.start', { flowKey: 'no-such-flow', input: {} }, otto);
    expect(started.status).toBe(404);
    expect(started.error?.message).toContain('no-such-flow');
  });

  it('reviewers may read runs but not start them; anonymous callers are refused', async () => {
    expect((await mutate('runs.start', { flowKey: 'broadband-disconnection', input: {} }, rita)).status).toBe(403);
    expect((await query('runs.list', {}, null)).status).toBe(401);
  });

  it('an event reaches a waiting run; an event for an ended run is a 409 with a reason', async () => {
    const runId = runIdOf((await mutate('runs.start', { flowKey: 'broadband-disconnection', input: { idNumber: '110101198502020022', channel: 'app' } }, otto)).data);
    await expect.poll(async () => JSON.stringify((await query('runs.get', { runId }, rita)).data), { timeout: 30_000 }).toContain('"position":["wait_payment"]');
    const sent = await mutate('runs.sendEvent', { runId, name: 'payment.received', data: { lineId: 'BB-1002' } }, otto);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    await expect.poll(() => statusOf(runId), { timeout: 30_000 }).toBe('completed');
    const late = await mutate('runs.sendEvent', { runId, name: 'payment.received', data: {} }, otto);
    expect(late.status).toBe(409);
    expect(late.error?.message).toMatch(/already ended \(completed\)/);
  });

  it('cancel stops a waiting run and records it as cancelled', async () => {
    const runId = runIdOf((await mutate('runs.start', { flowKey: 'broadband-disconnection', input: { idNumber: '510101198805050055', channel: 'hotline' } }, otto)).data);
    await expect.poll(async () => JSON.stringify((await query('runs.get', { runId }, rita)).data), { timeout: 30_000 }).toContain('wait_payment');
    expect((await mutate('runs.cancel', { runId, reason: 'customer withdrew' }, otto)).status).toBe(200);
    await expect.poll(() => statusOf(runId), { timeout: 30_000 }).toBe('cancelled');
    expect((await mutate('runs.cancel', { runId }, otto)).status).toBe(409);
  });

  it('a run terminated outside Switchboard shows as terminated instead of running forever', async () => {
    // Chen Jie owes money, so the run waits for a payment (an earlier test already disconnected Li Na's line).
    const runId = runIdOf((await mutate('runs.start', { flowKey: 'broadband-disconnection', input: { idNumber: '510101198805050055', channel: 'store' } }, otto)).data);
    await expect.poll(async () => JSON.stringify((await query('runs.get', { runId }, rita)).data), { timeout: 30_000 }).toContain('wait_payment');
    await app.temporal.workflow.getHandle(runId).terminate('ops cleanup');
    await expect.poll(() => statusOf(runId), { timeout: 10_000 }).toBe('terminated');
  });
});
