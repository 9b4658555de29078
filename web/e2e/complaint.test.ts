/**
 * Issue 5's "done when" in Chromium: a complaint worked in the inbox from arrival to close. The operator sets the
 * library flow complaint-follow-up's durations (seconds) and starts a run through the API; Ravi (network) sees the
 * urgent network case with its SLA, fills the contact form and asks for joint consultation; Ravi and Rita (billing,
 * service dept.) give their advice in the UI; the customer's satisfied reply arrives through the API; the run page
 * shows the run completed, on its version, through the "closed" end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { outbox } from '@switchboard/drizzle';
import { call, login, type TSession } from '@switchboard/server/test/client';
import { openPage, shot, signIn, startStack, type TStack } from './harness.ts';

const FLOW = 'complaint-follow-up';
// Seconds, as in the API scenario, but long enough that no reminder, escalation or reply timeout fires during the
// test: the case must close because the customer answered, not because the wait ran out.
const params = { urgentSla: '900s', normalSla: '3600s', consultSla: '900s', remindEvery: '600s', confirmTimeout: '900s', maxReopens: 2 };
// "宽带/断网" route it to the network back office, "再不/工信部" make it urgent (so the 900 s SLA applies).
const input = { channel: 'hotline', customerId: 'C-4711', phone: '13800004711', text: '宽带断网三天了，再不修好我就投诉到工信部' };
const solution = '更换光猫 replace the ONT';

let stack: TStack;
let otto: TSession;

beforeAll(async () => {
  stack = await startStack();
  otto = await login(stack.app.url, 'otto');
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

async function api(type: 'query' | 'mutation', path: string, payload: unknown, session: TSession = otto) {
  const result = await call(stack.app.url, type, path, payload, { session });
  if (result.error) throw new Error(`${path}: ${result.status} ${result.error.message}`);
  return result.data;
}
const field = (value: unknown, key: string): unknown => (value !== null && typeof value === 'object' ? Reflect.get(value, key) : undefined);

/** Opens the row, gives advice in the form and waits until the row has left the open list. */
async function advise(page: Page, row: Locator, advice: string, name: string) {
  await row.click();
  await page.locator('[data-testid="task-title"]', { hasText: 'Joint consultation' }).waitFor();
  await page.locator('.instructions', { hasText: 'fiber cut' }).waitFor();
  await page.fill('#form-advice', advice);
  await shot(page, name);
  await page.click('button[data-outcome="advised"]');
  await page.locator('.toast', { hasText: 'Decided: Advice given' }).last().waitFor();
  await row.waitFor({ state: 'detached' });
}

describe('a complaint worked from arrival to close in the inbox', () => {
  it('handles, consults, gets the customer confirmation and closes', async () => {
    await api('mutation', 'flows.setParams', { key: FLOW, version: 1, values: params, reason: 'e2e: durations in seconds' });
    const started = await api('mutation', 'runs.start', { flowKey: FLOW, input });
    const runId = field(started, 'runId');
    if (typeof runId !== 'string') throw new Error(`runs.start returned no run id: ${JSON.stringify(started)}`);
    expect(field(started, 'version')).toBe(1);

    // The handler: Ravi is in the network group, the category's back office.
    const ravi = await openPage(stack, 'en');
    await signIn(ravi, stack.app.url, 'ravi');
    const handleRow = ravi.locator('.task-row', { hasText: 'Handle complaint (network, urgent)' });
    await handleRow.waitFor({ timeout: 30_000 });
    // The urgent SLA (900 s) shows on the row and in the detail as due in about 15 minutes.
    expect(await handleRow.locator('.task-side').textContent()).toMatch(/in 1[45] min/);
    await handleRow.click();
    const detail = ravi.locator('[data-testid="task-detail"]');
    await detail.locator('[data-testid="task-title"]', { hasText: 'Handle complaint (network, urgent)' }).waitFor();
    await detail.locator('.detail-meta', { hasText: /Due in 1[45] min/ }).waitFor();
    await detail.locator('.instructions', { hasText: input.phone }).waitFor();
    const taskId = await handleRow.getAttribute('data-task-id');
    const task = await api('query', 'inbox.get', { taskId }, await login(stack.app.url, 'ravi'));
    const sla = new Date(String(field(task, 'dueAt'))).getTime() - new Date(String(field(task, 'createdAt'))).getTime();
    expect(Math.abs(sla - 900_000)).toBeLessThan(5_000);
    await shot(ravi, 'complaint-1-arrived');

    // The contact form: the contact outcome is required, so deciding without it is refused in place.
    await ravi.click('button[data-outcome="consult"]');
    await ravi.locator('#form-contactOutcome[aria-invalid="true"]').waitFor();
    await ravi.selectOption('#form-contactOutcome', 'reached');
    await ravi.fill('#form-rootCause', '光纤中断 fiber cut');
    await ravi.fill('#form-solution', solution);
    await ravi.fill('#decision-comment', 'Customer reached; billing and service should weigh in.');
    expect(await ravi.locator('#form-contactOutcome').getAttribute('aria-invalid')).toBe('false');
    await shot(ravi, 'complaint-2-contact-form');
    await ravi.click('button[data-outcome="consult"]');
    await ravi.locator('.toast', { hasText: 'Decided: Consult' }).waitFor();
    await handleRow.waitFor({ state: 'detached' });

    // Joint consultation, three parallel reviews: Ravi's network one arrives in his open inbox without a reload.
    const consultRow = (page: Page, group: string) => page.locator('.task-row', { hasText: 'Joint consultation' })
      .filter({ has: page.locator('.tag', { hasText: new RegExp(`^${group}$`) }) });
    await consultRow(ravi, 'Network').waitFor({ timeout: 30_000 });
    await advise(ravi, consultRow(ravi, 'Network'), 'check the splitter at the cabinet', 'complaint-3-consult-network');

    const rita = await openPage(stack, 'en');
    await signIn(rita, stack.app.url, 'rita');
    await consultRow(rita, 'Billing').waitFor({ timeout: 30_000 });
    await expect.poll(() => rita.locator('.task-row', { hasText: 'Joint consultation' }).count()).toBe(2);
    await shot(rita, 'complaint-4-consult-inbox-rita');
    await advise(rita, consultRow(rita, 'Billing'), 'credit 3 days of service', 'complaint-4-consult-billing');
    await advise(rita, consultRow(rita, 'Service dept.'), 'call back within 24 h', 'complaint-5-consult-service');

    // The join lets the case on: the satisfaction SMS carries the handler's solution, then the run waits for a reply.
    await expect.poll(async () => {
      const sms = await stack.app.db.select().from(outbox).where(and(eq(outbox.runId, runId), eq(outbox.recipient, input.phone)));
      return sms.map((m) => m.body).join('\n');
    }, { timeout: 30_000 }).toContain(solution);
    await expect.poll(async () => field(await api('query', 'runs.get', { runId }), 'position'), { timeout: 30_000 }).toEqual(['wait_reply']);
    await api('mutation', 'runs.sendEvent', { runId, name: 'customer.reply', data: { satisfied: true } });

    // Closed: completed on version 1 through the "closed" end (not the silent one), with the solution as resolution.
    await expect.poll(async () => field(await api('query', 'runs.get', { runId }), 'status'), { timeout: 30_000 }).toBe('completed');
    expect(field(await api('query', 'runs.get', { runId }), 'result')).toEqual({ category: 'network', resolution: solution, reopened: 0, confirmed: true });
    const ops = await openPage(stack, 'en');
    await signIn(ops, stack.app.url, 'otto');
    await ops.goto(`${stack.app.url}/runs/${encodeURIComponent(runId)}`);
    await expect.poll(() => ops.locator('[data-testid="run-status"] .pill').getAttribute('data-status'), { timeout: 30_000 }).toBe('completed');
    await ops.locator('.card-head h2', { hasText: FLOW }).locator('.tag', { hasText: /^v1$/ }).waitFor();
    await ops.locator('.card-body dd', { hasText: solution }).waitFor();
    await ops.locator('[data-testid="flow-graph"] .gnode.is-visited .gnode-label', { hasText: /^关闭 Closed$/ }).waitFor();
    expect(await ops.locator('[data-testid="flow-graph"] .gnode.is-visited .gnode-label', { hasText: 'Closed without reply' }).count()).toBe(0);
    await shot(ops, 'complaint-6-run-closed');

    // The handler's closed list keeps the decision with its outcome.
    await ravi.selectOption('[data-testid="inbox-status"]', 'closed');
    await ravi.locator('.task-row', { hasText: 'Handle complaint (network, urgent)' }).locator('.pill', { hasText: 'Consult' }).waitFor();
    await shot(ravi, 'complaint-7-handler-closed-list');
    await Promise.all([ravi, rita, ops].map((p) => p.context().close()));
  }, 180_000);
});
