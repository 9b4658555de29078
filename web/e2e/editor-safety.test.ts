/**
 * The editor under adversity: a hostile file is refused and changes nothing; markup in labels and notes stays
 * text; a second tab's stale save is refused with a way to reload; a visual diff marks what changed between a
 * published version and the draft; and the whole editor in Chinese.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sampleComplaintFlow } from '../bench/harness/sample-flow.ts';
import { openPage, shot, signIn, startStack, type TStack } from './harness.ts';

let stack: TStack;
let page: Page;
const files = mkdtempSync(join(tmpdir(), 'editor-import-'));
const HOSTILE_LABEL = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';

function file(name: string, content: string) {
  const path = join(files, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(async () => {
  stack = await startStack();
  page = await openPage(stack, 'en');
  await signIn(page, stack.app.url, 'dora');
  await page.goto(`${stack.app.url}/flows/new`);
  await page.fill('[data-testid="new-flow-name"]', 'Safety check');
  await page.fill('[data-testid="new-flow-key"]', 'safety-check');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/flows/safety-check');
  await page.locator('[data-testid="node-start"]').waitFor();
}, 240_000);

afterAll(async () => {
  await stack?.stop();
});

const status = () => page.locator('[data-testid="save-status"]').getAttribute('data-status');
const revision = async (p: Page = page) => (await p.locator('[data-testid="save-status"]').textContent())?.match(/\d+/)?.[0];

describe('editor safety', () => {
  it('refuses a hostile import with its diagnostics and changes nothing', async () => {
    const before = await revision();
    const hostile = { format: 'switchboard.flow/v1', key: 'safety-check', name: HOSTILE_LABEL, nodes: [{ id: 'x', kind: 'start', label: HOSTILE_LABEL, config: { evil: true } }], edges: [], extra: 1 };
    await page.setInputFiles('[data-testid="import-file"]', file('hostile.json', JSON.stringify(hostile)));
    const report = page.locator('[data-testid="import-report"]');
    await report.waitFor();
    expect(await report.textContent()).toContain('FORMAT_INVALID');
    expect(await report.textContent()).toContain('cannot be imported');
    await shot(page, 'editor-import-refused-en');
    await page.keyboard.press('Escape');
    await report.locator('button').click();
    expect(await page.locator('[data-testid="node-x"]').count()).toBe(0);
    expect(await page.locator('[data-testid="node-start"]').count()).toBe(1);
    expect(await status()).toBe('saved');
    expect(await revision()).toBe(before);

    await page.setInputFiles('[data-testid="import-file"]', file('broken.json', '{"format": "switchboard.flow/v1", nodes: ['));
    await report.waitFor();
    expect(await report.textContent()).toContain('not JSON');
    await report.locator('button').click();
  });

  it('imports a valid flow whose labels and notes contain markup, and shows them as text', async () => {
    const doc = structuredClone(sampleComplaintFlow);
    const nodes = Array.isArray(doc['nodes']) ? doc['nodes'] : [];
    doc['key'] = 'safety-check';
    doc['nodes'] = nodes.map((n: unknown) => (n && typeof n === 'object' && Reflect.get(n, 'id') === 'review' ? { ...n, label: HOSTILE_LABEL } : n));
    await page.setInputFiles('[data-testid="import-file"]', file('sample.json', JSON.stringify(doc)));
    const review = page.locator('[data-testid="node-review"]');
    await review.waitFor();
    expect(await review.locator('.sb-node-label').textContent()).toBe(HOSTILE_LABEL);
    expect(await review.locator('img, script').count()).toBe(0);
    expect(await page.locator('[data-testid="node-note-1"]').textContent()).toContain('<b>not bold</b>');
    expect(await page.evaluate(() => Reflect.get(globalThis, 'pwned'))).toBeUndefined();
    await expect.poll(status, { timeout: 15_000 }).toBe('saved');
    await shot(page, 'editor-imported-en');
  });

  it('refuses a stale save from a second tab and offers a reload', async () => {
    const second = await page.context().newPage();
    await second.goto(`${stack.app.url}/flows/safety-check`);
    await second.locator('[data-testid="node-review"]').waitFor();
    // The first tab saves a change...
    await page.locator('[data-testid="node-cool"] .sb-node-label').click();
    await page.fill('[data-testid="inspector-label"]', 'Cool-down (first tab)');
    await expect.poll(status, { timeout: 15_000 }).toBe('saved');
    // ...so the second tab's edit, made on the older revision, must not overwrite it.
    await second.locator('[data-testid="node-cool"] .sb-node-label').click();
    await second.fill('[data-testid="inspector-label"]', 'Cool-down (second tab)');
    await second.locator('[data-testid="conflict-banner"]').waitFor({ timeout: 15_000 });
    expect(await second.locator('[data-testid="save-status"]').getAttribute('data-status')).toBe('conflict');
    await shot(second, 'editor-conflict-en');
    await second.click('[data-testid="conflict-reload"]');
    await second.locator('[data-testid="conflict-banner"]').waitFor({ state: 'detached' });
    expect(await second.locator('[data-testid="node-cool"] .sb-node-label').textContent()).toBe('Cool-down (first tab)');
    await second.close();
  });

  it('publishes, then shows a visual diff of the draft against the published version', async () => {
    await page.click('[data-testid="publish"]');
    await page.fill('[data-testid="publish-note"]', 'imported sample');
    await page.click('[data-testid="publish-confirm"]');
    await expect.poll(() => page.locator('[data-testid="running-version"]').textContent()).toContain('v1');

    // Change one label, delete one end, add one wait.
    await page.locator('[data-testid="node-reply"] .sb-node-label').click();
    await page.fill('[data-testid="inspector-label"]', 'Customer reply (72 h)');
    await page.locator('[data-testid="node-silent"] .sb-node-label').click();
    await page.keyboard.press('Delete');
    await page.locator('[data-testid="node-rejected"] .sb-node-label').click();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await page.locator('[data-testid="node-end-1"]').waitFor();
    await expect.poll(status, { timeout: 15_000 }).toBe('saved');

    await page.click('[data-testid="open-versions"]');
    await page.selectOption('[data-testid="diff-from"]', '1');
    await page.selectOption('[data-testid="diff-to"]', 'draft');
    await page.click('[data-testid="diff-compare"]');
    await page.locator('[data-testid="view-banner"]').waitFor();
    expect(await page.locator('[data-testid="node-reply"]').getAttribute('class')).toContain('mark-changed');
    expect(await page.locator('[data-testid="node-silent"]').getAttribute('class')).toContain('mark-removed');
    expect(await page.locator('[data-testid="node-end-1"]').getAttribute('class')).toContain('mark-added');
    expect(await page.locator('.sb-edge.mark-removed').count()).toBe(1);
    expect(await page.locator('[data-testid="view-banner"]').textContent()).toContain('2 removed');
    // The diff is read-only: publishing waits until we are back on the draft.
    expect(await page.locator('[data-testid="publish"]').isDisabled()).toBe(true);
    await page.click('[data-testid="open-versions"]');
    await page.click('[data-testid="fit-view"]');
    await page.waitForTimeout(400);
    await shot(page, 'editor-diff-en');
    await page.click('[data-testid="view-exit"]');
    expect(await page.locator('[data-testid="node-silent"]').count()).toBe(0);
    expect(await page.locator('.sb-node.mark-added').count()).toBe(0);
  });

  it('works in Chinese', async () => {
    const zh = await openPage(stack, 'zh-CN');
    await signIn(zh, stack.app.url, 'dora');
    await zh.goto(`${stack.app.url}/flows/safety-check`);
    await zh.locator('[data-testid="node-review"]').waitFor();
    expect(await zh.locator('[data-testid="palette-kind:review"]').textContent()).toContain('人工审核');
    expect(await zh.locator('[data-testid="node-reply"]').textContent()).toContain('等待事件');
    await zh.locator('[data-testid="node-review"] .sb-node-label').click();
    await zh.locator('.sb-inspector', { hasText: '处理结果' }).waitFor();
    await shot(zh, 'editor-zh-CN');
    await zh.context().close();
  });
});
