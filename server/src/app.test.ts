/**
 * startApp as `npm start` uses it (embedded: worker, demo users, library flows, data in a folder) and the clear
 * start-up errors ops see when Temporal or the database is unreachable.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { count } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { activityTypes, flowVersions } from '@switchboard/drizzle';
import { startApp } from './app.ts';
import { call, login } from './test/client.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'sb-app-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('startApp (embedded)', () => {
  it('seeds demo logins and library flows, registers the worker catalog, and a restart finds the same data', async () => {
    const first = await startApp({ dataDir, port: 0, webDist: null, embedded: true, log: () => undefined });
    let versionsBefore = 0;
    try {
      const session = await login(first.url, 'rita');
      expect((await call(first.url, 'query', 'auth.me', undefined, { session })).data).toMatchObject({ user: { groups: ['billing', 'reviewers', 'service-dept'] } });
      const flows = await call(first.url, 'query', 'flows.list', undefined, { session });
      expect(flows.data).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'hello-review', latestVersion: 1 })]));
      const [registered] = await first.db.select({ n: count() }).from(activityTypes);
      expect(registered?.n).toBeGreaterThan(0);
      versionsBefore = (await first.db.select({ n: count() }).from(flowVersions))[0]?.n ?? 0;
    } finally {
      await first.stop();
    }
    const second = await startApp({ dataDir, port: 0, webDist: null, embedded: true, log: () => undefined });
    try {
      const [after] = await second.db.select({ n: count() }).from(flowVersions);
      expect(after?.n).toBe(versionsBefore);
      await login(second.url, 'dora');
    } finally {
      await second.stop();
    }
    // Two cold starts (PGlite, workflow bundle) on a shared 2-core machine.
  }, 240_000);
});

describe('start-up errors', () => {
  it('an unreachable Temporal is one clear line and exit 1, no stack trace', () => {
    const out = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: repoRoot, encoding: 'utf8', timeout: 60_000,
      env: { ...process.env, TEMPORAL_ADDRESS: '127.0.0.1:1', DATA_DIR: join(dataDir, 'unreachable') },
    });
    expect(out.status).toBe(1);
    expect(out.stderr.trim()).toMatch(/^switchboard: Cannot reach Temporal at 127\.0\.0\.1:1/);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unreachable database is one clear line and exit 1, no stack trace', () => {
    const out = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: repoRoot, encoding: 'utf8', timeout: 60_000,
      env: { ...process.env, DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none' },
    });
    expect(out.status).toBe(1);
    expect(out.stderr.trim()).toMatch(/^switchboard: Cannot connect to PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/);
    expect(out.stderr).not.toMatch(/secret/);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });

  it('an invalid env var is named', () => {
    const out = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: repoRoot, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PORT: 'not-a-port' },
    });
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/PORT/);
  });
});
