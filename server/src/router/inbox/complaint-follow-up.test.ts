/**
 * Domain case 3 end to end on real engines, driven through the inbox API: the library flow
 * flows/library/complaint-follow-up.flow.json with its durations set to seconds by parameters.
 * Classification and severity → the network back office with an SLA → reminders and escalation to supervisors →
 * the handler's contact form → joint consultation (network, billing, service in parallel) → the customer's reply →
 * reopened at most twice → supervisor closes; and a second case that closes on the customer's silence.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { auditLog, outbox } from '@switchboard/drizzle';
import { eventSignal } from '@switchboard/worker/contract';
import { eventually, startInboxKit, type TInboxKit } from './inbox-test-kit.ts';

const doc: unknown = JSON.parse(readFileSync(new URL('../../../../flows/library/complaint-follow-up.flow.json', import.meta.url), 'utf8'));
const params = { normalSla: '3s', urgentSla: '2s', consultSla: '60s', remindEvery: '1s', confirmTimeout: '4s', maxReopens: 2 };
const contact = { contactOutcome: 'reached', rootCause: '光纤中断 fiber cut', solution: '更换光猫 replace the ONT' };

let kit: TInboxKit;

beforeAll(async () => {
  kit = await startInboxKit([
    { username: 'rita', roles: ['reviewer'], groups: ['reviewers', 'billing', 'service-dept'] },
    { username: 'ravi', roles: ['reviewer'], groups: ['reviewers', 'network'] },
    { username: 'sam', roles: ['reviewer'], groups: ['supervisors'] },
  ]);
});
afterAll(() => kit?.stop());

type TList = { items: Array<{ id: string; title: string }>; counts: { all: number } };
const listOf = async (user: string, input: Record<string, unknown> = {}) => (await kit.as(user, 'query', 'inbox.list', input)).data as TList;
const decide = async (user: string, taskId: string, outcome: string, form?: Record<string, unknown>) => {
  const result = await kit.as(user, 'mutation', 'inbox.decide', { taskId, outcome, ...(form ? { form } : {}) });
  if (result.status !== 200) throw new Error(`${user} could not decide ${taskId}: ${result.status} ${result.error?.message}`);
  return result.data;
};
const reply = (runId: string, satisfied: boolean) => kit.app.temporal.workflow.getHandle(runId).signal(eventSignal, { name: 'customer.reply', data: { satisfied } });

describe('complaint follow-up (domain case 3)', () => {
  it('works a network complaint from arrival through escalation, consultation and two reopenings to close', async () => {
    const input = { channel: 'hotline', customerId: 'C-88', phone: '13800000001', text: '宽带断网三天了，网络一直掉线' };
    const runId = await kit.startRun(doc, { input, params, initiator: 'hotline-agent' });

    const handle1 = await kit.waitForTask(runId, 'handle_network');
    expect((await listOf('ravi')).items).toMatchObject([{ id: handle1, title: '投诉处理 Handle complaint (network, normal)' }]);
    expect((await listOf('rita')).counts.all).toBe(0);
    expect((await kit.as('sam', 'query', 'inbox.get', { taskId: handle1 })).status).toBe(404);

    // The SLA (3 s here) passes: reminders went to the network group and supervisors now see the case.
    await eventually(async () => ((await kit.as('sam', 'query', 'inbox.get', { taskId: handle1 })).status === 200 ? true : undefined), 'escalation');
    await eventually(async () => {
      const rows = await kit.app.db.select().from(outbox).where(and(eq(outbox.runId, runId), eq(outbox.recipient, 'group:network')));
      return rows.length ? rows : undefined;
    }, 'a reminder to the network group');

    const noForm = await kit.as('ravi', 'mutation', 'inbox.decide', { taskId: handle1, outcome: 'consult' });
    expect(noForm.status).toBe(400);
    expect(noForm.error?.message).toMatch(/contactOutcome/);
    await decide('ravi', handle1, 'consult', contact);

    // Joint consultation: three parallel reviews; rita holds billing and service, ravi network.
    const [network, billing, service] = await Promise.all(['consult_network', 'consult_billing', 'consult_service'].map((n) => kit.waitForTask(runId, n)));
    expect((await listOf('rita')).items.map((t) => t.id).sort()).toEqual([billing, service].sort());
    await Promise.all([
      decide('ravi', network ?? '', 'advised', { advice: 'check the splitter' }),
      decide('rita', billing ?? '', 'advised', { advice: 'credit 3 days' }),
      decide('rita', service ?? '', 'advised', {}),
    ]);
    const sms = await eventually(async () => {
      const rows = await kit.app.db.select().from(outbox).where(and(eq(outbox.runId, runId), eq(outbox.recipient, '13800000001')));
      return rows.length ? rows : undefined;
    }, 'the satisfaction SMS');
    expect(sms[0]?.body).toContain('更换光猫 replace the ONT');

    // Dissatisfied twice: the case reopens to the same back office, each time as a new task.
    await reply(runId, false);
    const handle2 = await kit.waitForTask(runId, 'handle_network', 2);
    await decide('ravi', handle2, 'resolved', contact);
    await reply(runId, false);
    const handle3 = await kit.waitForTask(runId, 'handle_network', 3);
    expect((await kit.as('ravi', 'query', 'inbox.get', { taskId: handle3 })).data).toMatchObject({ instructions: expect.stringContaining('第2次重开') });
    await decide('ravi', handle3, 'resolved', contact);

    // A third dissatisfied reply is not reopened again: a supervisor reviews and closes.
    await reply(runId, false);
    const supervisor = await kit.waitForTask(runId, 'supervisor_review');
    expect((await listOf('ravi')).counts.all).toBe(0);
    await decide('sam', supervisor, 'close', { note: 'goodwill credit offered' });

    const result: unknown = await kit.app.temporal.workflow.getHandle(runId).result();
    expect(result).toMatchObject({ outcome: 'completed', result: { category: 'network', resolution: '更换光猫 replace the ONT', reopened: 2, confirmed: false } });
    const trail = await kit.app.db.select().from(auditLog).where(like(auditLog.subjectId, `${runId}:%`));
    const actions = (taskId: string) => trail.filter((a) => a.subjectId === taskId).map((a) => `${a.action}:${a.actor}`);
    expect(actions(handle1)).toEqual(expect.arrayContaining(['task.opened:system', 'task.reminded:system', 'task.escalated:system', 'task.decided:ravi']));
    expect(actions(supervisor)).toEqual(expect.arrayContaining(['task.decided:sam']));
  });

  it('closes a resolved billing complaint when the customer stays silent', async () => {
    const input = { channel: 'app', phone: '13800000002', text: '这个月账单多扣费了 wrong charge on my bill' };
    const runId = await kit.startRun(doc, { input, params, initiator: 'app' });
    const handle = await kit.waitForTask(runId, 'handle_billing');
    expect((await listOf('rita', { text: 'billing' })).items.map((t) => t.id)).toEqual([handle]);
    await decide('rita', handle, 'resolved', { contactOutcome: 'reached', solution: 'refund issued' });
    const result: unknown = await kit.app.temporal.workflow.getHandle(runId).result();
    expect(result).toMatchObject({ outcome: 'completed', result: { category: 'billing', resolution: 'refund issued', reopened: 0, confirmed: false } });
  });
});
