/**
 * docker-compose.yml must stay valid for people who run it (there is no Docker engine here, but Debian's
 * docker-compose v1 validates a file without one). Skipped only when the binary is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const found = spawnSync('docker-compose', ['version'], { encoding: 'utf8' });
const available = found.error === undefined && found.status === 0;

function config(env: Record<string, string>) {
  return spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q'], {
    cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
}

describe.skipIf(!available)('docker-compose.yml (skipped: the docker-compose binary is not installed; apt-get install docker-compose)', () => {
  it('validates with docker-compose config -q', () => {
    const out = config({ SWITCHBOARD_ADMIN_PASSWORD: 'a-long-enough-password' });
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
  });

  it('refuses to start without the first admin password, saying so', () => {
    const out = config({});
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/SWITCHBOARD_ADMIN_PASSWORD/);
  });

  it('has the production services, and every variable it passes is documented', () => {
    const text = readFileSync(`${root}/docker-compose.yml`, 'utf8');
    for (const service of ['postgres:', 'temporal:', 'temporal-ui:', 'server:', 'worker:']) expect(text).toContain(`\n  ${service}`);
    const docs = readFileSync(`${root}/docs/configuration.md`, 'utf8');
    const passed = new Set([...text.matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]));
    for (const name of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'SWITCHBOARD_ADMIN_PASSWORD', 'NOTIFY_WEBHOOK_URL']) expect(passed).toContain(name);
    for (const name of passed) if (name && !name.startsWith('POSTGRES_') && name !== 'DB' && name !== 'DB_PORT' && name !== 'TEMPORAL_CORS_ORIGINS') expect(docs, `${name} undocumented`).toContain(`\`${name}\``);
  });

  it('has a Dockerfile and a .dockerignore that keeps local data out of the image', () => {
    expect(existsSync(`${root}/Dockerfile`)).toBe(true);
    expect(readFileSync(`${root}/.dockerignore`, 'utf8')).toMatch(/^\.data$/m);
  });
});
