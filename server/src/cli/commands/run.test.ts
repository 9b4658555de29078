/** `switchboard run` as a user runs it: the real bin in a child process, against a real server over HTTP. */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { upsertUser } from '@switchboard/drizzle/seed';
import { startTelecomService, type TTelecomService } from '@switchboard/worker/demo/telecom/service';
import { startWorker, type TStartedWorker } from '@switchboard/worker/start-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestApp, type TTestApp } from '../../test/app.ts';

const taskQueue = `run-cli-${randomUUID()}`;
process.env.TEMPORAL_TASK_QUEUE = taskQueue;
const BIN = fileURLToPath(new URL('../../../bin/switchboard.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'run-cli-'));

let app: TTestApp;
let telecom: TTelecomService;
let worker: TStartedWorker;

beforeAll(async () => {
  app = await startTestApp();
  telecom = await startTelecomService({ port: 0 });
  worker = await startWorker({ db: app.db, address: process.env.TEMPORAL_ADDRESS ?? '', taskQueue, deps: { services: { telecom: telecom.url } } });
  await upsertUser(app.db, { username: 'otto', displayName: 'Otto', password: 'pw-otto-cli', roles: ['operator'] });
});
afterAll(async () => {
  await worker?.stop();
  await telecom?.stop();
  await app?.stop();
});

function cli(args: string[], credentials = true): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, SWITCHBOARD_URL: app.url, SWITCHBOARD_TOKEN: '' };
  if (credentials) Object.assign(env, { SWITCHBOARD_USERNAME: 'otto', SWITCHBOARD_PASSWORD: 'pw-otto-cli' });
  else Object.assign(env, { SWITCHBOARD_USERNAME: '', SWITCHBOARD_PASSWORD: '' });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'run', ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe('switchboard run', () => {
  it('start --wait --json runs broadband disconnection to completion; show and event report on it', async () => {
    const started = await cli(['start', 'broadband-disconnection', '--input', file('ok.json', { idNumber: '110101198001010011', channel: 'store' }), '--wait', '--json']);
    expect(started.code, started.stderr).toBe(0);
    const run = z.object({ id: z.string(), status: z.string(), outcome: z.string(), result: z.object({ lineId: z.string() }) }).parse(JSON.parse(started.stdout));
    expect(run).toMatchObject({ status: 'completed', outcome: 'completed', result: { lineId: 'BB-1001' } });
    const shown = await cli(['show', run.id]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('deprovision');
    const late = await cli(['event', run.id, 'payment.received', '--data', file('pay.json', { lineId: 'BB-1001' })]);
    expect(late.code).toBe(1);
    expect(late.stderr).toMatch(/HTTP 409: Cannot send event "payment.received": run .* has already ended \(completed\)/);
  }, 90_000);

  it('input that fails the flow inputSchema is refused with the field named (exit 1)', async () => {
    const refused = await cli(['start', 'broadband-disconnection', '--input', file('bad.json', { idNumber: 'abc', channel: 'fax' })]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/HTTP 400: .*input\.idNumber/);
  }, 60_000);

  it('usage errors and missing credentials exit 2 with a sentence', async () => {
    expect((await cli(['start', 'broadband-disconnection'])).stderr).toContain('--input <file.json> is required');
    const noFile = await cli(['start', 'broadband-disconnection', '--input', join(dir, 'missing.json')]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('cannot read');
    const anonymous = await cli(['list'], false);
    expect(anonymous.code).toBe(2);
    expect(anonymous.stderr).toContain('SWITCHBOARD_TOKEN');
  }, 60_000);
});
