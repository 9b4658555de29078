/**
 * The whole app for a browser test: the web app built fresh into a temporary folder, startApp in embedded mode
 * (in-memory PGlite, demo users, worker in-process) on a free port against the shared Temporal dev server, and
 * Debian's Chromium driven by playwright-core. Screenshots go to test-artifacts/ (gitignored).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { startApp, type TApp } from '@switchboard/server/app';

const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts', import.meta.url));

export type TStack = { app: TApp; browser: Browser; stop: () => Promise<void> };

export async function startStack(): Promise<TStack> {
  const temporalAddress = process.env.TEMPORAL_ADDRESS;
  if (!temporalAddress) throw new Error('TEMPORAL_ADDRESS is not set: run e2e tests through the root vitest (its global setup starts Temporal)');
  // Every e2e file runs its own app and embedded worker against the one shared Temporal server: a task queue of its
  // own keeps another file's worker from picking up this file's runs (and projecting them into the wrong database).
  // Set before startApp's first env() read, which caches per process (each test file is its own fork).
  process.env.TEMPORAL_TASK_QUEUE ??= `e2e-${randomUUID()}`;
  const webDist = mkdtempSync(join(tmpdir(), 'switchboard-web-'));
  await build({ root: WEB_ROOT, logLevel: 'warn', build: { outDir: webDist, emptyOutDir: true } });
  const log: string[] = [];
  const app = await startApp({ dataDir: null, port: 0, embedded: true, webDist, temporalAddress, log: (line) => log.push(line) });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    app,
    browser,
    stop: async () => {
      await browser.close();
      await app.stop();
      rmSync(webDist, { recursive: true, force: true });
    },
  };
}

/** A fresh browser context (own cookies and storage) with the UI language chosen before the first page loads. */
export async function openPage(stack: TStack, language: 'en' | 'zh-CN'): Promise<Page> {
  const context = await stack.browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  // A script string, because these tests are typed for Node (no DOM lib) and the worker code they import needs that.
  const key = JSON.stringify('switchboard.lang');
  await context.addInitScript({ content: `if (!localStorage.getItem(${key})) localStorage.setItem(${key}, ${JSON.stringify(language)});` });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

export async function signIn(page: Page, baseUrl: string, username: string, password = 'switchboard') {
  await page.goto(`${baseUrl}/login`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => url.pathname !== '/login');
}

export const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
