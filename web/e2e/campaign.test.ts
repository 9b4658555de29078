/**
 * The campaign editor in a real browser: an owner drafts the offer as a form and the template; the live check
 * flags the incident's defect (the freeze called a gift) with the rule and blocks submission; the fixed text
 * passes, the draft saves, previews show sample recipients, and submitting starts the approval run.
 */
import { recipients } from '@switchboard/drizzle';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPage, shot, signIn, startStack, type TStack } from './harness.ts';

let stack: TStack;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  await stack.app.db.insert(recipients).values([{ audienceId: 'e2e-audience', phone: '13600000001', name: '王一' }, { audienceId: 'e2e-audience', phone: '13600000002', name: '李二' }]);
  page = await openPage(stack, 'en');
  await signIn(page, stack.app.url, 'otto');
}, 240_000);
afterAll(async () => stack?.stop());

const deadline = new Date(Date.now() + 30 * 86_400_000);
const date = `${deadline.getUTCMonth() + 1}月${deadline.getUTCDate()}日`;
const gift = `【云帆电信】老朋友专享：${date}前回复YY6办理语音保障包，送您话费90元，分6个月返到账户，每月15元。拒收请回复R`;
const fixed = `【云帆电信】${date}前回复YY6办理语音保障包：冻结话费90元，从下月起每月解冻15元，6个月解冻完毕。拒收请回复R`;

it('drafts, catches the defect live, saves, previews and submits', async () => {
  await page.goto(`${stack.app.url}/campaigns`);
  await page.locator('[data-testid="campaigns-page"]').waitFor();
  await page.click('a[href="/campaigns/new"]');
  await page.locator('[data-testid="campaign-editor"]').waitFor();
  await page.getByLabel('Name', { exact: true }).fill('语音保障包 e2e');
  await page.getByLabel('Owner e-mail').fill('otto@example.com');
  await page.getByLabel('Audience').fill('e2e-audience');
  await page.getByLabel('Offer id').fill('RET-VOC-E2E');
  await page.getByLabel('Offer name').fill('语音保障包');
  await page.getByLabel('Activation keyword').fill('YY6');
  await page.getByLabel('Balance freeze').check();
  await page.getByLabel('Signature').fill('云帆电信');
  // A window around the clock, so the check does not depend on the hour the suite runs.
  await page.getByLabel('Send window').fill('00:00');
  await page.getByLabel('–').fill('23:59');
  expect(await page.locator('[data-testid="window-hint"]').textContent()).toContain('00:00–23:59');

  await page.fill('[data-testid="campaign-template"]', gift);
  await page.locator('[data-testid="message-check"] [data-rule="OFFER-005"]').first().waitFor();
  expect(Number(await page.locator('[data-testid="message-check"]').getAttribute('data-errors'))).toBeGreaterThan(0);
  await shot(page, 'campaign-editor-gift-en');

  await page.fill('[data-testid="campaign-template"]', fixed);
  await page.locator('[data-testid="message-check"][data-errors="0"]').waitFor();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.waitForURL('**/campaigns/cmp-*');
  await page.locator('[data-testid="campaign-previews"] li', { hasText: '王一' }).waitFor();
  expect(await page.locator('[data-testid="campaign-previews"]').textContent()).toContain('冻结话费90元');

  const submit = page.getByRole('button', { name: 'Submit for approval' });
  await page.locator('[data-testid="message-check"][data-errors="0"]').waitFor();
  await submit.click();
  await page.locator('[data-testid="campaign-progress"] a[href^="/runs/run-campaign-approval-"]').waitFor();
  await shot(page, 'campaign-editor-submitted-en');
}, 120_000);
