/**
 * A designer who has never seen the product builds the reduced complaint follow-up from a blank canvas — start,
 * decision on severity, review approve/reject, wait, event with timeout, ends — with keyboard (palette Enter wires
 * the new step after the selected one) and mouse (a drag from the decision's "+ branch" handle); sees the
 * unrouted-outcome diagnostic, fixes it, lays out, publishes, and the editor says which version new runs use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, shot, signIn, startStack, type TStack } from './harness.ts';

let stack: TStack;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  page = await openPage(stack, 'en');
  await signIn(page, stack.app.url, 'dora');
}, 240_000);

afterAll(async () => {
  await stack?.stop();
});

const node = (id: string) => page.locator(`[data-testid="node-${id}"]`);
const problems = () => page.locator('[data-testid="problems"] .sb-problem');

/** Selects a node by clicking its label, then presses Enter on a palette entry: the new step is wired after it. */
async function insertAfter(id: string, paletteId: string) {
  await node(id).locator('.sb-node-label').click();
  await page.locator(`[data-testid="palette-${paletteId}"]`).focus();
  await page.keyboard.press('Enter');
}

async function centre(selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function dragHandle(fromNode: string, port: string, toNode: string) {
  const from = await centre(`[data-testid="node-${fromNode}"] [data-port="${port}"] .react-flow__handle`);
  const to = await centre(`[data-testid="node-${toNode}"] .sb-node-label`);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 6 });
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
}

/** Types into the Monaco field under an inspector label (Monaco auto-closes quotes; typing over them is fine). */
async function typeCode(label: string, text: string) {
  const field = page.locator('.sb-field', { hasText: label }).locator('.monaco-editor').first();
  await field.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

async function waitSaved() {
  await expect.poll(() => page.locator('[data-testid="save-status"]').getAttribute('data-status'), { timeout: 15_000 }).toBe('saved');
}

describe('designer builds and publishes the reduced complaint follow-up', () => {
  it('creates a flow and draws it with keyboard and mouse', async () => {
    await page.goto(`${stack.app.url}/flows/new`);
    await page.fill('[data-testid="new-flow-name"]', 'Complaint follow-up (lite)');
    await page.fill('[data-testid="new-flow-key"]', 'complaint-lite');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/flows/complaint-lite');
    await node('start').waitFor();

    await insertAfter('start', 'kind:decision');
    await node('decision-1').waitFor();
    await page.fill('[data-testid="inspector-label"]', 'Severity?');
    await insertAfter('decision-1', 'kind:review');
    await node('review-1').waitFor();
    await page.fill('[data-testid="inspector-label"]', 'Handle the complaint');
    await typeCode('Title', 'Call back {{input.customer}}');
    // The decision's default branch now goes to the review; urgent complaints get a named branch, drawn by mouse.
    await dragHandle('decision-1', '+branch', 'review-1');
    await expect.poll(() => node('decision-1').locator('[data-port="branch-1"]').count()).toBe(1);

    await insertAfter('review-1', 'kind:wait');
    await node('wait-1').waitFor();
    await page.fill('.sb-field:has-text("Duration") input', '2s');
    await insertAfter('review-1', 'kind:end');
    await node('end-1').waitFor();
    await page.selectOption('.sb-field:has-text("Outcome") select', 'rejected');
    await insertAfter('wait-1', 'kind:event');
    await node('event-1').waitFor();
    await page.fill('.sb-field:has-text("Timeout") input', '3s');
    await insertAfter('event-1', 'kind:end');
    await node('end-2').waitFor();
    await shot(page, 'editor-built-with-problem-en');
  });

  it('shows the unrouted timeout and blocks publishing until it is fixed', async () => {
    const unrouted = problems().filter({ hasText: 'PORT_UNROUTED' });
    await expect.poll(() => unrouted.count()).toBeGreaterThan(0);
    expect(await unrouted.first().textContent()).toContain('event-1');
    expect(await page.locator('[data-testid="publish"]').isDisabled()).toBe(true);
    expect(await node('event-1').getAttribute('class')).toContain('has-error');
    expect(await page.locator('[data-testid="publish-blocked"]').textContent()).toMatch(/error/);

    await unrouted.first().click();
    await expect.poll(() => node('event-1').getAttribute('class')).toContain('is-selected');
    await page.locator('[data-testid="palette-kind:end"]').focus();
    await page.keyboard.press('Enter');
    await node('end-3').waitFor();
    await expect.poll(() => problems().filter({ hasText: 'PORT_UNROUTED' }).count()).toBe(0);
  });

  it('edits the urgent branch condition in the expression editor', async () => {
    // Search in the diagram brings the decision into view and selects it.
    await page.fill('[data-testid="diagram-search"]', 'Severity');
    await page.press('[data-testid="diagram-search"]', 'Enter');
    await expect.poll(() => node('decision-1').getAttribute('class')).toContain('is-selected');
    await page.locator('[data-testid^="branch-"] .monaco-editor').first().waitFor();
    const branch = page.locator('[data-testid^="branch-"]').filter({ has: page.locator('.monaco-editor') }).first();
    await branch.locator('.monaco-editor').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('input.severity = "urgent');
    await expect.poll(async () => (await branch.locator('.view-lines').textContent())?.replace(/\u00a0/g, ' '), { timeout: 10_000 }).toContain('input.severity = "urgent"');
    // Designers name branches in their own words; the port and its edge follow the rename.
    const name = branch.locator('input').first();
    await name.fill('urgent');
    await name.press('Tab');
    await expect.poll(() => node('decision-1').locator('[data-port="urgent"]').count()).toBe(1);
    await page.click('[data-testid="auto-layout"]');
    await page.waitForTimeout(800);
    await waitSaved();
    await shot(page, 'editor-fixed-laid-out-en');
  });

  it('publishes with a note and shows which version new runs use', async () => {
    await expect.poll(() => page.locator('[data-testid="publish"]').isDisabled()).toBe(false);
    await page.click('[data-testid="publish"]');
    await page.fill('[data-testid="publish-note"]', 'first version: urgent complaints get their own branch');
    await page.click('[data-testid="publish-confirm"]');
    await expect.poll(() => page.locator('[data-testid="running-version"]').textContent()).toContain('v1');
    await page.click('[data-testid="open-versions"]');
    await page.locator('[data-testid="version-1"]').waitFor();
    expect(await page.locator('[data-testid="version-1"]').textContent()).toContain('urgent complaints');
    await shot(page, 'editor-published-en');
    await page.click('[data-testid="open-versions"]');
  });

  it('starts a test run, a reviewer approves it in the inbox, and the path shows on the canvas', async () => {
    await page.click('[data-testid="open-test-run"]');
    await page.fill('[data-testid="test-input"]', JSON.stringify({ severity: 'urgent', customer: 'Wang Lei' }));
    await page.click('[data-testid="test-start"]');
    await page.locator('[data-testid="view-banner"]').waitFor();
    await expect.poll(() => node('review-1').getAttribute('class'), { timeout: 30_000 }).toContain('mark-current');
    await expect.poll(() => node('decision-1').getAttribute('class'), { timeout: 10_000 }).toContain('mark-path');
    await shot(page, 'editor-test-run-waiting-en');

    const reviewer = await openPage(stack, 'en');
    await signIn(reviewer, stack.app.url, 'rita');
    const row = reviewer.locator('.task-row', { hasText: 'Call back Wang Lei' });
    await row.click();
    await reviewer.click('button[data-outcome="approve"]');
    await reviewer.locator('.toast', { hasText: 'Decided' }).waitFor();
    await reviewer.context().close();

    // Approve → wait 2 s → no customer reply within 3 s → the timeout end.
    await expect.poll(() => page.locator('[data-testid="test-run-status"]').textContent(), { timeout: 60_000 }).toContain('completed');
    await expect.poll(() => node('end-3').getAttribute('class')).toContain('mark-path');
    for (const id of ['start', 'decision-1', 'review-1', 'wait-1', 'event-1']) expect(await node(id).getAttribute('class')).toContain('mark-path');
    expect(await node('end-2').getAttribute('class')).not.toContain('mark-path');
    await page.click('[data-testid="test-run-panel"] header button');
    await page.click('[data-testid="fit-view"]');
    await page.waitForTimeout(400);
    await shot(page, 'editor-test-run-path-en');
    // start→decision, the urgent branch (not the default one), approve, wait→event, timeout.
    expect(await page.locator('.sb-edge.mark-path').count()).toBe(5);
    await page.click('[data-testid="view-exit"]');
    await expect.poll(() => page.locator('.sb-node.mark-path').count()).toBe(0);
  });
});
