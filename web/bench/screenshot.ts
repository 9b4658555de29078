/** Development aid: screenshot of the editor harness. `node --import tsx web/bench/screenshot.ts "n=100" out.png` */
import { chromium } from 'playwright-core';
import { startHarness } from './harness-server.ts';
const h = await startHarness();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text().slice(0, 300)); });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
const q = process.argv[2] ?? 'sample=1';
await page.goto(`${h.url}?${q}`);
await page.waitForSelector('.react-flow__node', { timeout: 20000 }).catch((e) => console.log('no nodes', e.message));
await page.waitForTimeout(1500);
await page.screenshot({ path: process.argv[3] ?? '/tmp/shot.png' });
await browser.close();
await h.close();
