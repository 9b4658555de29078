/**
 * Editor benchmark (`npm run bench -- editor`, or `node --import tsx web/bench/editor.bench.ts` alone): the editor
 * harness built for production and opened in headless Chromium with generated flows of 100 and 1,000 nodes.
 * Prints time to first node on screen, time to fit-view, compile-and-show diagnostics after an edit on 1,000
 * nodes, and frame times during a scripted pan. Figures only; nothing here can fail a test run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { measurePan, summarizeFrames } from './frames.ts';

const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ms = (n: number) => `${Math.round(n)} ms`;
const trace = (line: string) => process.env.SB_BENCH_VERBOSE && console.error(`[editor bench] ${line}`);

/** Milliseconds since navigation start when the first node is in the DOM and when fit-view has zoomed out. */
async function openTimes(page: Page) {
  return page.evaluate(() => new Promise<{ first: number; fit: number }>((resolve) => {
    let first = 0;
    const tick = () => {
      if (!first && document.querySelector('.react-flow__node')) first = performance.now();
      const vp = document.querySelector('.react-flow__viewport');
      const m = vp ? getComputedStyle(vp).transform : 'none';
      if (first && m !== 'none' && new DOMMatrix(m).a < 0.99) resolve({ first, fit: performance.now() });
      else requestAnimationFrame(tick);
    };
    tick();
  }));
}

async function editToDiagnostic(page: Page) {
  await page.fill('[data-testid="diagram-search"]', 'Step 502');
  await page.press('[data-testid="diagram-search"]', 'Enter');
  const output = page.locator('.sb-field', { hasText: 'Save result as' }).locator('input');
  await output.waitFor();
  await page.waitForSelector('[data-testid="problem-count"][data-errors="0"]');
  await output.focus();
  await page.keyboard.press('Home');
  const started = await page.evaluate(() => {
    (window as unknown as { sbCompileMs?: number }).sbCompileMs = undefined;
    document.addEventListener('sb-compiled', (e) => {
      const detail: unknown = e instanceof CustomEvent ? e.detail : null;
      const value = detail && typeof detail === 'object' && 'ms' in detail ? Number(detail.ms) : NaN;
      (window as unknown as { sbCompileMs?: number }).sbCompileMs = value;
    }, { once: true });
    return performance.now();
  });
  // A variable name may not contain whitespace: one keystroke makes the flow invalid.
  await page.keyboard.type(' ');
  const shown = await page.evaluate(() => new Promise<number>((resolve) => {
    const give = performance.now() + 15_000;
    const tick = () => {
      const clean = document.querySelector('[data-testid="problem-count"]')?.getAttribute('data-errors') === '0';
      if (clean && performance.now() < give) requestAnimationFrame(tick);
      else resolve(clean ? NaN : performance.now());
    };
    tick();
  }));
  const compileMs = await page.evaluate(() => (window as unknown as { sbCompileMs?: number }).sbCompileMs ?? NaN);
  return { total: shown - started, compileMs };
}

export async function runEditorBench(): Promise<string[]> {
  const out: string[] = [];
  const dist = mkdtempSync(join(tmpdir(), 'switchboard-editor-bench-'));
  await build({ root: WEB_ROOT, logLevel: 'error', build: { outDir: dist, emptyOutDir: true, rollupOptions: { input: join(WEB_ROOT, 'bench/harness/index.html') } } });
  const server = await preview({ root: WEB_ROOT, logLevel: 'warn', build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1' } });
  const address = server.httpServer.address();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    if (!address || typeof address === 'string') throw new Error('preview server has no port');
    const base = `http://127.0.0.1:${address.port}/bench/harness/index.html`;
    // Shared machines skew browser timings badly; the load average says how much to trust these figures.
    out.push(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min)`);
    out.push('| flow | first node on screen | fit-view done |', '|---|---|---|');
    const rows: string[] = [];
    let page: Page | null = null;
    for (const n of [100, 1000]) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      // tsx keeps function names with a `__name` helper that does not exist inside the page.
      await context.addInitScript('window.__name = (f) => f');
      page = await context.newPage();
      await page.goto(`${base}?n=${n}&lang=en`);
      trace(`opening ${n}`);
      const t = await openTimes(page);
      trace(`opened ${n}`);
      rows.push(`| ${n} nodes | ${ms(t.first)} | ${ms(t.fit)} |`);
      if (n !== 1000) await context.close();
    }
    out.push(...rows);
    if (page) {
      const edit = await editToDiagnostic(page);
      trace('edited');
      out.push(`1,000 nodes, one keystroke → error shown in the problems panel: ${ms(edit.total)} (compile in worker ${ms(edit.compileMs)}, debounce 180 ms included)`);
      await page.click('[data-testid="fit-view"]');
      await page.waitForTimeout(400);
      out.push(`pan over all 1,000 nodes (fit view): ${summarizeFrames(await measurePan(page))}`);
      await page.fill('[data-testid="diagram-search"]', 'Step 300');
      await page.press('[data-testid="diagram-search"]', 'Enter');
      await page.waitForTimeout(400);
      out.push(`pan at reading zoom (1,000-node flow): ${summarizeFrames(await measurePan(page))}`);
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    rmSync(dist, { recursive: true, force: true });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await runEditorBench()) console.log(line);
}
