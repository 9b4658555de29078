/**
 * End to end in Chromium: a run of hello-review is started through the API (as the operator), the reviewer signs
 * in, finds the task in the inbox, approves it, and sees the run completed; then the UI is switched to Chinese.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login } from '@switchboard/server/test/client';
import { openPage, shot, signIn, startStack, type TStack } from './harness.ts';

let stack: TStack;

beforeAll(async () => {
  stack = await startStack();
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

async function startHelloReview(message: string): Promise<string> {
  const session = await login(stack.app.url, 'otto');
  const started = await call(stack.app.url, 'mutation', 'runs.start', { flowKey: 'hello-review', input: { message } }, { session });
  expect(started.error, JSON.stringify(started.body)).toBeNull();
  const id: unknown = Reflect.get(Object(started.data), 'runId');
  if (typeof id !== 'string') throw new Error(`runs.start returned no id: ${JSON.stringify(started.body)}`);
  return id;
}

describe('reviewer approves hello-review in the browser', () => {
  it('rejects a wrong password with a readable message', async () => {
    const page = await openPage(stack, 'en');
    await page.goto(`${stack.app.url}/login`);
    await page.fill('#username', 'rita');
    await page.fill('#password', 'not-her-password');
    await page.click('button[type="submit"]');
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toContain('Wrong username or password');
    await shot(page, 'login-error-en');
    await page.context().close();
  });

  it('lists the published flows and the activity catalog', async () => {
    const page = await openPage(stack, 'en');
    await signIn(page, stack.app.url, 'dora');
    await page.click('[data-testid="nav-flows"]');
    const flow = page.locator('[data-testid="flows-table"] tr', { hasText: 'hello-review' });
    await flow.waitFor();
    expect(await flow.textContent()).toContain('v1');
    await shot(page, 'flows-en');
    await page.click('[data-testid="nav-catalog"]');
    await page.locator('[data-testid="catalog"] article', { hasText: 'noop' }).first().waitFor();
    await page.fill('.search-box input', 'http');
    await page.locator('[data-testid="catalog"] article', { hasText: 'http.request' }).locator('button').click();
    await page.locator('.schema-pair pre').first().waitFor();
    await shot(page, 'catalog-en');

    // A session that ends under the open app (expired, signed out elsewhere) leads back to the login page.
    await page.context().clearCookies();
    await page.click('[data-testid="nav-inbox"]');
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/inbox');
    await page.locator('#username').waitFor();
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.context().close();
  });

  it('shows the task, takes the approval, and the run completes', async () => {
    const runId = await startHelloReview('hello from e2e');
    const page = await openPage(stack, 'en');
    await signIn(page, stack.app.url, 'rita');
    expect(new URL(page.url()).pathname).toBe('/inbox');

    const row = page.locator('.task-row', { hasText: 'Please review: hello from e2e' });
    await row.waitFor();
    await expect.poll(() => page.locator('[data-testid="inbox-count"]').textContent()).toBe('1');
    await row.click();
    await page.locator('[data-testid="task-title"]', { hasText: 'Please review: hello from e2e' }).waitFor();
    await page.locator('[data-testid="flow-graph"] .gnode.is-current').waitFor();
    await page.fill('#decision-comment', 'Looks right to me.');
    await shot(page, 'inbox-task-en');

    await page.click('button[data-outcome="approve"]');
    await page.locator('.toast', { hasText: 'Decided: Approve' }).waitFor();
    await page.locator('.task-row', { hasText: 'hello from e2e' }).waitFor({ state: 'detached' });
    // Closed tasks stay readable, with their outcome.
    await page.selectOption('[data-testid="inbox-status"]', 'closed');
    await page.locator('.task-row', { hasText: 'hello from e2e' }).locator('.pill', { hasText: 'Approve' }).waitFor();

    await page.goto(`${stack.app.url}/runs/${encodeURIComponent(runId)}`);
    await expect.poll(() => page.locator('[data-testid="run-status"] .pill').getAttribute('data-status'), { timeout: 30_000 }).toBe('completed');
    await page.locator('[data-testid="run-timeline"] li').first().waitFor();
    await page.locator('[data-testid="flow-graph"] .gnode.is-visited').first().waitFor();
    await shot(page, 'run-completed-en');

    await page.click('[data-testid="nav-runs"]');
    const runRow = page.locator(`tr[data-run-id="${runId}"]`);
    await runRow.waitFor();
    expect(await runRow.locator('[data-testid="run-version"]').textContent()).toBe('v1');
    await shot(page, 'runs-en');

    await page.click('.user-chip');
    expect(await page.locator('[data-testid="user-roles"]').textContent()).toContain('Reviewer');
    await page.click('[role="menuitem"]');
    await page.waitForURL((url) => url.pathname === '/login');
    await page.goto(`${stack.app.url}/inbox`);
    await page.waitForURL((url) => url.pathname === '/login');
    await page.context().close();
  });

  it('approves several tasks at once when every selected task allows it', async () => {
    await startHelloReview('bulk one');
    await startHelloReview('bulk two');
    const page = await openPage(stack, 'en');
    await signIn(page, stack.app.url, 'rita');
    for (const text of ['bulk one', 'bulk two']) {
      await page.locator('.task-row', { hasText: text }).locator('input[type="checkbox"]').check();
    }
    const approveAll = page.locator('[data-testid="bulk-bar"] button.btn-approve');
    await expect.poll(() => approveAll.isEnabled()).toBe(true);
    await shot(page, 'inbox-bulk-en');
    await approveAll.click();
    await page.locator('.toast', { hasText: '2 tasks approved' }).waitFor();
    await page.locator('.task-row', { hasText: 'bulk' }).first().waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('claims, releases and delegates a task, each visible at once', async () => {
    await startHelloReview('hand me around');
    const page = await openPage(stack, 'en');
    await signIn(page, stack.app.url, 'rita');
    await page.locator('.task-row', { hasText: 'hand me around' }).click();
    const detail = page.locator('[data-testid="task-detail"]');
    await detail.locator('button', { hasText: 'Claim' }).click();
    await detail.locator('.detail-meta', { hasText: 'Claimed by rita' }).waitFor();
    await detail.locator('button', { hasText: 'Release' }).click();
    await detail.locator('button', { hasText: 'Claim' }).waitFor();
    await detail.locator('button', { hasText: 'Delegate' }).click();
    await page.fill('#delegate-to', 'ravi');
    await page.fill('#delegate-reason', 'Network question');
    await shot(page, 'inbox-delegate-en');
    await page.click('.modal button[type="submit"]');
    await page.locator('.toast', { hasText: 'Task delegated' }).waitFor();
    await detail.locator('[data-testid="task-history"]', { hasText: 'delegated it' }).waitFor();
    await page.context().close();
  });

  it('lets an operator cancel a running run with a reason', async () => {
    const runId = await startHelloReview('cancel me');
    const page = await openPage(stack, 'en');
    await signIn(page, stack.app.url, 'otto');
    await page.goto(`${stack.app.url}/runs/${encodeURIComponent(runId)}`);
    await page.locator('[data-testid="run-status"] .pill[data-status="running"]').waitFor();
    await page.locator('.page-head button', { hasText: 'Cancel run' }).click();
    await page.fill('#cancel-reason', 'Customer withdrew the request');
    await page.click('.modal button[type="submit"]');
    await page.locator('.toast', { hasText: 'Run cancelled' }).waitFor();
    await expect.poll(() => page.locator('[data-testid="run-status"] .pill').getAttribute('data-status'), { timeout: 30_000 }).toBe('cancelled');
    expect(await page.locator('.page-head button', { hasText: 'Cancel run' }).count()).toBe(0);
    await shot(page, 'run-cancelled-en');
    await page.context().close();
  });

  it('switches the whole shell to Chinese and keeps the choice across reloads', async () => {
    await startHelloReview('中文界面测试');
    const page = await openPage(stack, 'en');
    await signIn(page, stack.app.url, 'rita');
    await page.locator('[data-testid="nav-inbox"]', { hasText: 'Inbox' }).waitFor();
    await page.click('button[lang="zh-CN"]');
    await page.locator('[data-testid="nav-inbox"]', { hasText: '待办' }).waitFor();
    expect(await page.locator('[data-testid="nav-runs"]').textContent()).toContain('流程实例');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');

    await page.reload();
    await page.locator('.task-row', { hasText: '中文界面测试' }).waitFor();
    // Text search narrows the list (Chinese included); then keyboard only: j selects the first task, a approves it.
    await page.fill('.inbox-filters .search-box input', '界面测');
    await expect.poll(() => page.locator('.task-row').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await page.locator('button[data-outcome="approve"]', { hasText: '通过' }).waitFor();
    expect(await page.locator('label[for="decision-comment"]').textContent()).toContain('意见');
    await page.locator('[data-testid="flow-graph"] .gnode.is-current').waitFor();
    await shot(page, 'inbox-task-zh');
    await page.keyboard.press('a');
    await page.locator('.toast', { hasText: '已决定：通过' }).waitFor();

    await page.click('[data-testid="nav-catalog"]');
    await page.locator('h1', { hasText: '活动目录' }).waitFor();
    await shot(page, 'catalog-zh');
    await page.context().close();
  });
});
