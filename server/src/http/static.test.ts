/** The web app is served from its build folder with SPA fallback, and nothing outside that folder leaks. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TTestApp } from '../test/app.ts';

const parent = mkdtempSync(join(tmpdir(), 'sb-web-'));
const dist = join(parent, 'dist');
mkdirSync(join(dist, 'assets'), { recursive: true });
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Switchboard</title>');
writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
writeFileSync(join(parent, 'secret.txt'), 'do not serve');

let app: TTestApp;
beforeAll(async () => {
  app = await startTestApp({ webDist: dist });
});
afterAll(async () => {
  await app?.stop();
  rmSync(parent, { recursive: true, force: true });
});

describe('static web app', () => {
  it('serves index.html at / and for client routes (SPA fallback)', async () => {
    for (const path of ['/', '/inbox', '/runs/run-hello-1']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain('<title>Switchboard</title>');
    }
  });

  it('serves hashed assets with long caching and a JS content type', async () => {
    const response = await fetch(`${app.url}/assets/app-1234.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toMatch(/immutable/);
  });

  it('answers 404 for a missing asset and never serves files outside the folder', async () => {
    expect((await fetch(`${app.url}/assets/missing.js`)).status).toBe(404);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await fetch(`${app.url}${path}`);
      expect(await response.text(), path).not.toContain('do not serve');
    }
  });

  it('refuses to write to static paths', async () => {
    expect((await fetch(`${app.url}/inbox`, { method: 'POST' })).status).toBe(405);
  });
});
