// SCRATCH (not committed): starts runs straight through Temporal until runs.start exists, for visual iteration.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { flowVersions, users } from '@switchboard/drizzle';
import { WORKFLOW_TYPE } from '@switchboard/worker/contract';
import { ZPlan } from '@switchboard/flows/plan/types';
import { afterAll, beforeAll, it } from 'vitest';
import { openPage, shot, signIn, startStack, type TStack } from './harness.ts';

let stack: TStack;
beforeAll(async () => { stack = await startStack(); }, 180_000);
afterAll(async () => { await stack?.stop(); });

async function start(flowKey: string, input: unknown) {
  const [v] = await stack.app.db.select().from(flowVersions).where(and(eq(flowVersions.flowKey, flowKey), eq(flowVersions.version, 1)));
  const plan = ZPlan.parse(v?.plan);
  const [otto] = await stack.app.db.select().from(users).where(eq(users.username, 'otto'));
  const runId = `run-${flowKey}-${randomUUID()}`;
  const params = Object.fromEntries(Object.entries(plan.parameters).map(([k, p]) => [k, p.default]));
  await stack.app.temporal.workflow.start(WORKFLOW_TYPE, { taskQueue: 'switchboard', workflowId: runId, args: [{ plan, input, params, run: { id: runId, flowKey, version: 1, initiator: otto?.id ?? 'otto', startedAt: new Date().toISOString(), isTest: false } }] });
  return runId;
}

it('tour', async () => {
  await start('hello-review', { message: 'hello one' });
  await start('hello-review', { message: 'second greeting' });
  await start('complaint-follow-up', { channel: 'hotline', phone: '13800000000', text: '账单多扣了20元流量费 I was charged twice for data' });
  await new Promise((r) => setTimeout(r, 4000));
  for (const lang of ['en', 'zh-CN'] as const) {
    const page = await openPage(stack, lang);
    page.on('pageerror', (e) => console.log('PAGEERROR', e.message, e.stack));
    page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
    await signIn(page, stack.app.url, 'rita');
    await page.locator('.task-row').first().waitFor();
    await shot(page, `tour-inbox-list-${lang}`);
    const rows = page.locator('.task-row');
    await rows.first().click();
    await page.locator('[data-testid="task-detail"]').waitFor();
    await page.waitForTimeout(800);
    await shot(page, `tour-inbox-detail-${lang}`);
    await page.locator('[data-testid="decision-form"] button').first().click();
    await page.waitForTimeout(500);
    await shot(page, `tour-inbox-validation-${lang}`);
    await page.keyboard.press('?');
    await shot(page, `tour-shortcuts-${lang}`);
    await page.keyboard.press('Escape');

    await page.context().close();
  }
});
