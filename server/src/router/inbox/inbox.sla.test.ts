/**
 * Review SLA on real engines: durations come from parameters (seconds here), reminders go through the notify
 * gateway, escalation adds the supervisors group (who then see the task), the task shows as overdue after its
 * due time, and `expireAfter` leaves by the `expired` port.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, outbox, tasks } from '@switchboard/drizzle';
import { eventually, startInboxKit, type TInboxKit } from './inbox-test-kit.ts';

const flow = {
  format: 'switchboard.flow/v1',
  key: 'inbox-sla',
  name: 'Inbox SLA',
  parameters: {
    due: { schema: { type: 'string' }, default: '24h' },
    remind: { schema: { type: 'string' }, default: '4h' },
    escalate: { schema: { type: 'string' }, default: '24h' },
    expire: { schema: { type: 'string' }, default: '72h' },
  },
  nodes: [
    { id: 'start', kind: 'start', config: {} },
    {
      id: 'handle',
      kind: 'review',
      config: {
        title: 'Handle before the SLA',
        assignees: { groups: ['billing'] },
        outcomes: ['done'],
        sla: { due: '=params.due', remindEvery: '=params.remind', escalate: [{ after: '=params.escalate', groups: ['supervisors'] }], expireAfter: '=params.expire' },
        output: 'handled',
      },
    },
    { id: 'ok', kind: 'end', config: { outcome: 'completed' } },
    { id: 'late', kind: 'end', config: { outcome: 'failed', result: { handled: '=vars.handled' } } },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'handle' },
    { id: 'e2', from: 'handle', to: 'ok', port: 'done' },
    { id: 'e3', from: 'handle', to: 'late', port: 'expired' },
  ],
};

let kit: TInboxKit;

beforeAll(async () => {
  kit = await startInboxKit([
    { username: 'rita', roles: ['reviewer'], groups: ['billing'] },
    { username: 'sam', roles: ['reviewer'], groups: ['supervisors'] },
  ]);
});
afterAll(() => kit?.stop());

describe('review SLA', () => {
  it('reminds, shows overdue, escalates to supervisors and expires', async () => {
    const started = Date.now();
    const runId = await kit.startRun(flow, { params: { due: '1s', remind: '1s', escalate: '2s', expire: '5s' }, initiator: 'system' });
    const taskId = await kit.waitForTask(runId, 'handle');
    expect((await kit.as('sam', 'query', 'inbox.get', { taskId })).status).toBe(404);

    const overdue = await eventually(async () => {
      const r = await kit.as('rita', 'query', 'inbox.list', { overdue: true });
      const data = r.data as { counts: { overdue: number } };
      return data.counts.overdue === 1 ? r.data : undefined;
    }, 'the task to become overdue');
    expect(overdue).toMatchObject({ items: [{ id: taskId, overdue: true }] });

    await eventually(async () => ((await kit.as('sam', 'query', 'inbox.get', { taskId })).status === 200 ? true : undefined), 'escalation to supervisors');
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    const reminders = await eventually(async () => {
      const rows = await kit.app.db.select().from(outbox).where(eq(outbox.runId, runId));
      return rows.length ? rows : undefined;
    }, 'a reminder in the outbox');
    expect(reminders[0]).toMatchObject({ channel: 'inbox', recipient: 'group:billing' });

    const result: unknown = await kit.app.temporal.workflow.getHandle(runId).result();
    expect(result).toMatchObject({ outcome: 'failed', result: { handled: { outcome: 'expired', decidedBy: [] } } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(5000);
    const [row] = await kit.app.db.select().from(tasks).where(eq(tasks.id, taskId));
    expect(row).toMatchObject({ status: 'expired', assigneeGroups: ['billing', 'supervisors'] });
    const actions = (await kit.app.db.select().from(auditLog).where(and(eq(auditLog.subjectType, 'task'), eq(auditLog.subjectId, taskId)))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['task.opened', 'task.reminded', 'task.escalated', 'task.expired']));
    expect((await kit.as('rita', 'mutation', 'inbox.decide', { taskId, outcome: 'done' })).status).toBe(409);
  });
});
