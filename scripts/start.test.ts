/**
 * `npm start` as a newcomer runs it: it comes up, prints the URL and demo logins, serves the login, stops cleanly
 * on Ctrl-C, and a second start finds the data of the first. Uses the shared test Temporal server
 * (TEMPORAL_ADDRESS) and a prepared WEB_DIST so the test neither binds the UI port nor rebuilds the web app.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { call, login } from '../server/src/test/client.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'sb-npm-start-'));
const webDist = join(dataDir, 'web');
mkdirSync(webDist);
writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Switchboard test</title>');
const children: ChildProcess[] = [];
afterAll(() => {
  // A failed or timed-out run must not leave a server behind.
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function runStart(): Promise<{ url: string; output: () => string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root, env: { ...process.env, PORT: '0', DATA_DIR: dataDir, WEB_DIST: webDist, DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 150_000;
  while (!/running at (http:\S+)/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const url = /running at (http:\S+)/.exec(output)?.[1] ?? '';
  return { url, output: () => output, stop: () => (child.kill('SIGINT'), exited) };
}

describe('npm start', () => {
  it('starts, prints the demo logins, serves the app, stops on Ctrl-C, and keeps its data for the next start', async () => {
    const first = await runStart();
    expect(first.output()).toMatch(/Demo logins \(password "switchboard"\): admin \(admin\), dora \(designer\), rita \(reviewer\), ravi \(reviewer\), bea \(reviewer\)/);
    expect(first.output()).toMatch(/Demo campaign audiences: "demo" \(200 customers\) and the test-send whitelist "test-numbers" \(13800000000, /);
    // The campaign owner is in marketing, so the demo can create a campaign against the seeded audience.
    const otto = await login(first.url, 'otto');
    const me = await call(first.url, 'query', 'auth.me', undefined, { session: otto });
    expect(me.data).toMatchObject({ user: { username: 'otto', roles: ['operator'], groups: ['marketing'] } });
    expect(await (await fetch(`${first.url}/login`)).text()).toContain('Switchboard test');
    const dora = await login(first.url, 'dora');
    const created = await call(first.url, 'mutation', 'flows.saveDraft', { key: 'hello-review', draftRevision: 1, document: { key: 'hello-review', name: 'Renamed by dora' } }, { session: dora });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(await first.stop()).toBe(0);

    const second = await runStart();
    try {
      const session = await login(second.url, 'dora');
      expect((await call(second.url, 'query', 'flows.get', { key: 'hello-review' }, { session })).data).toMatchObject({ name: 'Renamed by dora', draftRevision: 2 });
    } finally {
      expect(await second.stop()).toBe(0);
    }
    // Two cold starts (PGlite, workflow bundle) on a shared 2-core machine.
  }, 360_000);
});
