/** Production bootstrap from the shell: create the first admin, mint a token, and use it against the server. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startApp } from '../../app.ts';
import { call, login } from '../../test/client.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'sb-admin-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));

function cli(args: string[], input = '') {
  const environment: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete environment.DATABASE_URL;
  return spawnSync(process.execPath, ['server/bin/switchboard.mjs', 'admin', ...args], { cwd: repoRoot, input, encoding: 'utf8', timeout: 60_000, env: environment });
}

describe('switchboard admin', () => {
  it('refuses a short password and a missing role with a usage error naming them', () => {
    const out = cli(['create-user', 'boss', '--password-stdin'], 'short');
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/--role/);
    expect(out.stderr).toMatch(/password/);
  });

  it('creates the first admin and a token that authenticates against the server', async () => {
    const created = cli(['create-user', 'boss', '--role', 'admin', '--password-stdin'], 'a-very-long-secret\n');
    expect(created.stderr).toBe('');
    expect(created.stdout).toMatch(/created user boss \(admin\)/);
    const token = cli(['create-token', 'boss', '--name', 'ops']);
    expect(token.status).toBe(0);
    const app = await startApp({ dataDir, port: 0, webDist: null, embedded: false, log: () => undefined });
    try {
      await login(app.url, 'boss', 'a-very-long-secret');
      const me = await call(app.url, 'query', 'auth.me', undefined, { bearer: token.stdout.trim() });
      expect(me.data).toMatchObject({ user: { username: 'boss', roles: ['admin'] } });
      expect((await call(app.url, 'query', 'users.list', undefined, { bearer: token.stdout.trim() })).status).toBe(200);
    } finally {
      await app.stop();
    }
  });
});
