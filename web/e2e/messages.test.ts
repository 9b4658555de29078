/**
 * Message validation end to end in Chromium. An author types the incident's text (a balance freeze described as a
 * gift) into a `validate` node and sees OFFER-005 highlighted on "90元", linked to balance_freeze.freeze_amount_cny,
 * with expected vs found; fixing the wording clears it. A reviewer then sees the run's findings highlighted in the
 * inbox: warnings must be acknowledged with a reason before approving, errors block approving.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Page } from 'playwright-core';
import { call, login } from '@switchboard/server/test/client';
import { openPage, shot, signIn, startStack, type TStack } from './harness.ts';

const examples = z.array(z.object({ id: z.string(), text: z.string(), offer: z.record(z.string(), z.unknown()) })).parse(
  JSON.parse(readFileSync(new URL('../../flows/fixtures/messages/spec-examples.json', import.meta.url), 'utf8')),
);
const example = (id: string) => {
  const e = examples.find((x) => x.id === id);
  if (!e) throw new Error(`no example ${id}`);
  return e;
};
const incident = example('EX-09');
const warnedText = example('EX-03').text.replace('尊敬的客户，', '尊敬的客户，最划算的流量包！');

const at = (x: number, y: number) => ({ x, y });
/** The author's draft: the offer is fixed on the node (a literal), the text is what they write. */
const authorFlow = {
  format: 'switchboard.flow/v1', key: 'retention-sms', name: '语音保障包短信 Retention SMS',
  nodes: [
    { id: 'start', kind: 'start', label: 'Start', position: at(0, 0), config: {} },
    { id: 'check', kind: 'validate', label: '校验短信 Check the SMS', position: at(0, 120), config: { channel: 'cn_sms_marketing', offer: `=${JSON.stringify(incident.offer)}` } },
    { id: 'ok', kind: 'end', label: 'OK', position: at(0, 240), config: { outcome: 'completed' } },
  ],
  edges: [{ id: 'e1', from: 'start', to: 'check' }, { id: 'e2', from: 'check', to: 'ok', port: 'pass' }, { id: 'e3', from: 'check', to: 'ok', port: 'fail' }],
};
/** Published: validate the run's text against its offer, then a review (passing or warned) or a fix-it task. */
const reviewFlow = {
  format: 'switchboard.flow/v1', key: 'sms-review', name: 'SMS review',
  inputSchema: { type: 'object', required: ['text', 'offer'], properties: { text: { type: 'string' }, offer: { type: 'object' } } },
  nodes: [
    { id: 'start', kind: 'start', label: 'Start', position: at(0, 0), config: {} },
    { id: 'check_text', kind: 'validate', label: 'Check', position: at(0, 100), config: { channel: 'cn_sms_marketing', text: '{{input.text}}', offer: '=input.offer', output: 'validation' } },
    { id: 'review', kind: 'review', label: 'Review', position: at(0, 200), config: { title: '短信审核 SMS review: {{input.offer.offer_id}}', assignees: { groups: ['reviewers'] }, outcomes: ['approve', 'reject'], output: 'decision' } },
    { id: 'fix', kind: 'review', label: 'Fix', position: at(300, 200), config: { title: '短信需修改 Fix the SMS: {{input.offer.offer_id}}', assignees: { groups: ['reviewers'] }, outcomes: ['resubmitted', 'withdrawn'] } },
    { id: 'done', kind: 'end', label: 'Done', position: at(0, 300), config: { outcome: 'completed' } },
    { id: 'stop', kind: 'end', label: 'Stop', position: at(300, 300), config: { outcome: 'rejected' } },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'check_text' },
    { id: 'e2', from: 'check_text', to: 'review', port: 'pass' },
    { id: 'e3', from: 'check_text', to: 'review', port: 'warn' },
    { id: 'e4', from: 'check_text', to: 'fix', port: 'fail' },
    { id: 'e5', from: 'review', to: 'done', port: 'approve' },
    { id: 'e6', from: 'review', to: 'stop', port: 'reject' },
    { id: 'e7', from: 'fix', to: 'stop', port: 'resubmitted' },
    { id: 'e8', from: 'fix', to: 'stop', port: 'withdrawn' },
  ],
};

let stack: TStack;

async function ok(result: { status: number; body: unknown }) {
  expect(result.status, JSON.stringify(result.body)).toBe(200);
}

beforeAll(async () => {
  stack = await startStack();
  const dora = await login(stack.app.url, 'dora');
  await ok(await call(stack.app.url, 'mutation', 'flows.importDocument', { document: authorFlow }, { session: dora }));
  await ok(await call(stack.app.url, 'mutation', 'flows.importDocument', { document: reviewFlow }, { session: dora }));
  await ok(await call(stack.app.url, 'mutation', 'flows.publish', { key: 'sms-review' }, { session: dora }));
}, 240_000);

afterAll(async () => {
  await stack?.stop();
});

const mark = (page: Page, rule: string) => page.locator(`[data-testid="message-check"] mark[data-rules~="${rule}"]`).first();

describe('an author writing the SMS', () => {
  it('sees the freeze described as a gift highlighted as OFFER-005 with expected vs found, and the fix clears it', async () => {
    const page = await openPage(stack, 'en');
    await signIn(page, stack.app.url, 'dora');
    await page.goto(`${stack.app.url}/flows/retention-sms`);
    await page.locator('[data-testid="node-check"] .sb-node-label').click();
    const view = page.locator('[data-testid="node-message-check"]');
    await view.waitFor();
    const field = page.locator('.sb-field', { hasText: 'Text' }).locator('.monaco-editor').first();
    await field.click();
    await page.keyboard.insertText(incident.text.slice(0, 20));
    await page.keyboard.type(incident.text.slice(20, 40), { delay: 15 });
    await page.keyboard.insertText(incident.text.slice(40));

    const gift = mark(page, 'OFFER-005');
    await gift.waitFor();
    expect(await gift.textContent()).toBe('90元');
    expect(await gift.getAttribute('data-field')).toBe('balance_freeze.freeze_amount_cny');
    expect(await gift.getAttribute('data-tone')).toBe('error');
    // Right numbers are green and linked to their fields.
    expect(await page.locator('mark[data-field="benefits[0].amount"]').getAttribute('data-tone')).toBe('match');
    await gift.hover();
    const tip = page.locator('[data-testid="message-tip"]');
    await expect.poll(() => tip.textContent()).toContain('冻结 90 元');
    expect(await tip.textContent()).toContain('balance_freeze.freeze_amount_cny');
    expect(await page.locator('[data-testid="message-check"]').getAttribute('data-errors')).toBe('1');
    expect(await page.locator('[data-testid="message-counter"]').textContent()).toMatch(/2 of max 2 segments/);
    // Clicking a finding selects its span, whose card stays open without the mouse.
    await page.mouse.move(0, 0);
    await page.locator('button.msg-finding[data-rule="OFFER-005"]').click();
    expect(await gift.getAttribute('class')).toContain('msg-selected');
    await expect.poll(() => tip.textContent()).toContain('冻结 90 元');
    await page.locator('[data-testid="message-text"]').scrollIntoViewIfNeeded();
    await shot(page, 'messages-author-offer005-en');

    await field.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(example('EX-02').text);
    await page.locator('[data-testid="message-clean"]').waitFor();
    expect(await page.locator('[data-testid="message-check"] mark[data-tone="error"]').count()).toBe(0);
    await shot(page, 'messages-author-clean-en');
    await page.context().close();
  });
});

async function startRun(text: string, offer: unknown): Promise<void> {
  const otto = await login(stack.app.url, 'otto');
  await ok(await call(stack.app.url, 'mutation', 'runs.start', { flowKey: 'sms-review', input: { text, offer } }, { session: otto }));
}

describe('a reviewer in the inbox', () => {
  it('sees the warned text highlighted and must acknowledge the warning with a reason before approving', async () => {
    await startRun(warnedText, example('EX-03').offer);
    const page = await openPage(stack, 'zh-CN');
    await signIn(page, stack.app.url, 'rita');
    await page.locator('.task-row', { hasText: 'SMS review' }).click();
    const review = page.locator('[data-testid="message-review"]');
    await review.waitFor();
    const superlative = mark(page, 'CONT-002');
    await superlative.waitFor();
    expect(await superlative.textContent()).toBe('最划算');
    expect(await superlative.getAttribute('data-tone')).toBe('warning');

    // Approve is marked unavailable; a click (aria-disabled does not stop it) explains why instead of deciding.
    const approve = page.locator('button[data-outcome="approve"]');
    expect(await approve.getAttribute('aria-disabled')).toBe('true');
    await approve.click({ force: true });
    await expect.poll(() => page.locator('[data-testid="decision-error"]').textContent()).toContain('确认警告');
    await page.fill('[data-testid="message-ack"] input', '“最划算”有2026年资费调研报告支持');
    await review.scrollIntoViewIfNeeded();
    await superlative.hover();
    await page.locator('[data-testid="message-tip"]').waitFor();
    await shot(page, 'messages-inbox-warning-zh');
    await page.mouse.move(0, 0);
    await page.click('[data-testid="message-ack"] button[type="submit"]');
    await page.locator('[data-testid="message-acknowledged"]').waitFor();
    expect(await page.locator('[data-testid="message-acknowledged"]').textContent()).toContain('rita');
    await page.click('button[data-outcome="approve"]');
    await page.locator('.task-row', { hasText: 'SMS review' }).waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('sees the incident text with OFFER-005 highlighted; approving is blocked while errors stand', async () => {
    await startRun(incident.text, incident.offer);
    const page = await openPage(stack, 'en');
    await signIn(page, stack.app.url, 'rita');
    await page.locator('.task-row', { hasText: 'Fix the SMS' }).click();
    const review = page.locator('[data-testid="message-review"]');
    await review.waitFor();
    const gift = mark(page, 'OFFER-005');
    await gift.waitFor();
    expect(await gift.textContent()).toBe('90元');
    expect(await gift.getAttribute('data-field')).toBe('balance_freeze.freeze_amount_cny');
    expect(await review.locator('.msg-status').textContent()).toBe('Blocked by errors');
    await review.scrollIntoViewIfNeeded();
    await gift.focus();
    await expect.poll(() => page.locator('[data-testid="message-tip"]').textContent()).toContain('Expected');
    await shot(page, 'messages-inbox-error-en');
    await page.context().close();
  });
});
