/**
 * A parked review survives continue-as-new (decision 2): its task state (claim, approvals under quorum), its
 * separation-of-duties rules and its SLA schedule are carried in the token, and Updates reach the new execution.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInboxKit, type TInboxKit } from './inbox-test-kit.ts';

const flow = {
  format: 'switchboard.flow/v1',
  key: 'review-can',
  name: 'Review across continue-as-new',
  nodes: [
    { id: 'start', kind: 'start', config: {} },
    {
      id: 'approve',
      kind: 'review',
      config: {
        title: 'Two approvals, author excluded',
        assignees: { groups: ['billing'] },
        outcomes: ['approve', 'reject'],
        quorum: { approvals: 2 },
        separationOfDuties: ['flowAuthor'],
        sla: { remindEvery: '1s' },
        output: 'approval',
      },
    },
    { id: 'done', kind: 'end', config: { outcome: 'completed', result: '=vars.approval' } },
    { id: 'no', kind: 'end', config: { outcome: 'rejected' } },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'approve' },
    { id: 'e2', from: 'approve', to: 'done', port: 'approve' },
    { id: 'e3', from: 'approve', to: 'no', port: 'reject' },
  ],
};

let kit: TInboxKit;

beforeAll(async () => {
  kit = await startInboxKit([
    { username: 'rita', roles: ['reviewer'], groups: ['billing'] },
    { username: 'bill', roles: ['reviewer'], groups: ['billing'] },
    { username: 'dora', roles: ['designer'], groups: ['billing'] },
  ]);
});
afterAll(() => kit?.stop());

describe('a review across continue-as-new', () => {
  it('keeps approvals, rules and timers and still takes decisions', async () => {
    const runId = await kit.startRun(flow, { initiator: 'someone', flowAuthor: 'dora', continueAsNewAt: 20 });
    const taskId = await kit.waitForTask(runId, 'approve');
    const first = await kit.as('rita', 'mutation', 'inbox.decide', { taskId, outcome: 'approve', requestId: 'rita-can-0001' });
    expect(first.data).toEqual({ taskId, status: 'recorded', approvals: 1 });
    const handle = kit.app.temporal.workflow.getHandle(runId);
    const firstRun = (await handle.describe()).runId;
    // Reminders every second grow the history past continueAsNewAt, so the run continues as new while parked.
    const deadline = Date.now() + 30_000;
    while ((await handle.describe()).runId === firstRun && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect((await handle.describe()).runId).not.toBe(firstRun);

    const author = await kit.as('dora', 'mutation', 'inbox.decide', { taskId, outcome: 'approve' });
    expect(author.status).toBe(412);
    expect(author.error?.message).toBe('Separation of duties: dora published this flow version and may not decide its review');
    const again = await kit.as('rita', 'mutation', 'inbox.decide', { taskId, outcome: 'approve', requestId: 'rita-can-0002' });
    expect(again.error?.message).toMatch(/rita already decided/);
    const second = await kit.as('bill', 'mutation', 'inbox.decide', { taskId, outcome: 'approve' });
    expect(second.data).toEqual({ taskId, status: 'decided', outcome: 'approve', approvals: 2 });
    expect(await handle.result()).toMatchObject({ outcome: 'completed', result: { outcome: 'approve', decidedBy: ['rita', 'bill'] } });
  });
});
