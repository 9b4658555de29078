/**
 * Security of the inbox on real engines (HTTP server, database, Temporal dev server, worker): visibility and
 * counts, separation of duties, quorum of distinct people, idempotent double submit, racing decisions, claims,
 * delegation, reassignment, and the audit trail of all of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, tasks } from '@switchboard/drizzle';
import { startInboxKit, type TInboxKit } from './inbox-test-kit.ts';

const review = (id: string, config: Record<string, unknown>) => ({ id, kind: 'review', config: { outcomes: ['approve', 'reject'], ...config } });
const flow = {
  format: 'switchboard.flow/v1',
  key: 'inbox-security',
  name: 'Inbox security',
  nodes: [
    { id: 'start', kind: 'start', config: {} },
    review('first', {
      title: 'First check {{input.ref}}',
      assignees: { groups: ['billing'] },
      separationOfDuties: ['initiator'],
      form: { type: 'object', required: ['note'], properties: { note: { type: 'string', minLength: 2 } } },
      output: 'first',
    }),
    review('second', { title: 'Second check', assignees: { groups: ['billing', 'network'] }, quorum: { approvals: 2 }, separationOfDuties: ['previousReviewers'], output: 'second' }),
    review('third', { title: 'Third check', assignees: { groups: ['network'] }, output: 'third' }),
    { id: 'done', kind: 'end', config: { outcome: 'completed', result: { first: '=vars.first', second: '=vars.second', third: '=vars.third' } } },
    { id: 'rejected', kind: 'end', config: { outcome: 'rejected' } },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'first' },
    { id: 'e2', from: 'first', to: 'second', port: 'approve' },
    { id: 'e3', from: 'first', to: 'rejected', port: 'reject' },
    { id: 'e4', from: 'second', to: 'third', port: 'approve' },
    { id: 'e5', from: 'second', to: 'rejected', port: 'reject' },
    { id: 'e6', from: 'third', to: 'done', port: 'approve' },
    { id: 'e7', from: 'third', to: 'rejected', port: 'reject' },
  ],
};

let kit: TInboxKit;
let runId: string;
const taskIds = { first: '', second: '', third: '' };

beforeAll(async () => {
  kit = await startInboxKit([
    { username: 'rita', roles: ['reviewer'], groups: ['billing'] },
    { username: 'bill', roles: ['reviewer'], groups: ['billing'] },
    { username: 'ravi', roles: ['reviewer'], groups: ['network'] },
    { username: 'nina', roles: ['reviewer'], groups: ['network'] },
    { username: 'mallory', roles: ['reviewer'], groups: ['marketing'] },
    { username: 'otto', roles: ['operator'], groups: [] },
  ]);
  runId = await kit.startRun(flow, { input: { ref: 'C-1001' }, initiator: 'bill' });
  taskIds.first = await kit.waitForTask(runId, 'first');
});
afterAll(() => kit?.stop());

const audit = (taskId: string, action: string) =>
  kit.app.db.select().from(auditLog).where(and(eq(auditLog.subjectId, taskId), eq(auditLog.action, action)));

describe('inbox security', () => {
  it('a reviewer outside the groups cannot list, see, claim or decide the task, and counts do not leak', async () => {
    const listed = await kit.as('mallory', 'query', 'inbox.list', {});
    expect(listed.status).toBe(200);
    expect(listed.data).toMatchObject({ items: [], counts: { all: 0, mine: 0, groups: 0, overdue: 0 } });
    expect((await kit.as('mallory', 'query', 'inbox.get', { taskId: taskIds.first })).status).toBe(404);
    expect((await kit.as('mallory', 'mutation', 'inbox.claim', { taskId: taskIds.first })).status).toBe(404);
    expect((await kit.as('mallory', 'mutation', 'inbox.decide', { taskId: taskIds.first, outcome: 'approve' })).status).toBe(404);
    expect((await kit.as('mallory', 'mutation', 'inbox.comment', { taskId: taskIds.first, body: 'peek' })).status).toBe(404);
    const rita = await kit.as('rita', 'query', 'inbox.list', { scope: 'groups', text: 'c-1001' });
    expect(rita.data).toMatchObject({ items: [{ id: taskIds.first, title: 'First check C-1001' }], counts: { all: 1, groups: 1, mine: 0 } });
  });

  it('separation of duties refuses the initiator with a readable reason', async () => {
    expect((await kit.as('bill', 'query', 'inbox.get', { taskId: taskIds.first })).data).toMatchObject({
      eligibility: { canDecide: false, reason: 'Separation of duties: bill started this run and may not decide its review', formRequired: true },
    });
    expect((await kit.as('rita', 'query', 'inbox.get', { taskId: taskIds.first })).data).toMatchObject({ eligibility: { canDecide: true, reason: null } });
    const refused = await kit.as('bill', 'mutation', 'inbox.decide', { taskId: taskIds.first, outcome: 'approve', form: { note: 'ok' } });
    expect(refused.status).toBe(412);
    expect(refused.error?.message).toBe('Separation of duties: bill started this run and may not decide its review');
  });

  it('checks the form in the server and names the field', async () => {
    const bad = await kit.as('rita', 'mutation', 'inbox.decide', { taskId: taskIds.first, outcome: 'approve', form: { note: 'x' } });
    expect(bad.status).toBe(400);
    expect(bad.error?.message).toMatch(/form: \/note/);
  });

  it('applies a double submit once', async () => {
    await kit.as('rita', 'mutation', 'inbox.comment', { taskId: taskIds.first, body: 'called the customer', requestId: 'comment-0001' });
    await kit.as('rita', 'mutation', 'inbox.comment', { taskId: taskIds.first, body: 'called the customer', requestId: 'comment-0001' });
    const submit = { taskId: taskIds.first, outcome: 'approve', comment: 'looks right', form: { note: 'refund due' }, requestId: 'req-first-0001' };
    const [a, b] = await Promise.all([kit.as('rita', 'mutation', 'inbox.decide', submit), kit.as('rita', 'mutation', 'inbox.decide', submit)]);
    expect(a.data).toEqual({ taskId: taskIds.first, status: 'decided', outcome: 'approve', approvals: 1 });
    expect(b.data).toEqual(a.data);
    const again = await kit.as('rita', 'mutation', 'inbox.decide', submit);
    expect(again.data).toEqual(a.data);
    const [row] = await kit.app.db.select().from(tasks).where(eq(tasks.id, taskIds.first));
    expect(row?.decisions).toHaveLength(1);
    expect(await audit(taskIds.first, 'task.decided')).toHaveLength(1);
    expect(await audit(taskIds.first, 'task.comment')).toHaveLength(1);
    const detail = await kit.as('rita', 'query', 'inbox.get', { taskId: taskIds.first });
    expect(detail.data).toMatchObject({ status: 'decided', comments: [{ author: 'rita', body: 'called the customer' }], run: { input: { ref: 'C-1001' } } });
  });

  it('refuses an earlier reviewer and counts only distinct people toward the quorum', async () => {
    taskIds.second = await kit.waitForTask(runId, 'second');
    expect((await kit.as('rita', 'query', 'inbox.get', { taskId: taskIds.second })).data).toMatchObject({ eligibility: { canDecide: false, reason: expect.stringMatching(/rita already decided an earlier review/) } });
    const rita = await kit.as('rita', 'mutation', 'inbox.decide', { taskId: taskIds.second, outcome: 'approve' });
    expect(rita.status).toBe(412);
    expect(rita.error?.message).toBe('Separation of duties: rita already decided an earlier review in this run and may not decide this one');
    const first = await kit.as('ravi', 'mutation', 'inbox.decide', { taskId: taskIds.second, outcome: 'approve', requestId: 'ravi-second-1' });
    expect(first.data).toEqual({ taskId: taskIds.second, status: 'recorded', approvals: 1 });
    const twice = await kit.as('ravi', 'mutation', 'inbox.decide', { taskId: taskIds.second, outcome: 'approve', requestId: 'ravi-second-2' });
    expect(twice.status).toBe(412);
    expect(twice.error?.message).toMatch(/ravi already decided .*2 distinct reviewers/);
    const listed = await kit.as('nina', 'query', 'inbox.list', {});
    expect(listed.data).toMatchObject({ items: [{ id: taskIds.second, quorum: 2, approvals: 1 }] });
    const second = await kit.as('bill', 'mutation', 'inbox.decide', { taskId: taskIds.second, outcome: 'approve' });
    expect(second.data).toEqual({ taskId: taskIds.second, status: 'decided', outcome: 'approve', approvals: 2 });
    expect(await audit(taskIds.second, 'task.approval-recorded')).toHaveLength(1);
  });

  it('claims, delegation and reassignment reach the workflow and the audit log', async () => {
    taskIds.third = await kit.waitForTask(runId, 'third');
    const id = taskIds.third;
    expect((await kit.as('ravi', 'mutation', 'inbox.claim', { taskId: id })).data).toMatchObject({ claimedBy: { username: 'ravi' } });
    const blocked = await kit.as('nina', 'mutation', 'inbox.decide', { taskId: id, outcome: 'approve' });
    expect(blocked.status).toBe(412);
    expect(blocked.error?.message).toMatch(/claimed by ravi/);
    expect((await kit.as('nina', 'mutation', 'inbox.claim', { taskId: id })).error?.message).toMatch(/already claimed by ravi/);
    expect((await kit.as('ravi', 'mutation', 'inbox.reassign', { taskId: id, groups: ['billing'], reason: 'mine now' })).status).toBe(403);
    expect((await kit.as('rita', 'query', 'inbox.get', { taskId: id })).status).toBe(404);
    const delegated = await kit.as('ravi', 'mutation', 'inbox.delegate', { taskId: id, to: 'rita', reason: 'billing question' });
    expect(delegated.data).toMatchObject({ claimedBy: { username: 'rita' } });
    expect((await kit.as('rita', 'query', 'inbox.list', { scope: 'mine' })).data).toMatchObject({ items: [{ id }], counts: { mine: 1 } });
    expect((await kit.as('ravi', 'query', 'inbox.get', { taskId: id })).data).toMatchObject({ watchers: [kit.ids.get('ravi')] });
    const moved = await kit.as('otto', 'mutation', 'inbox.reassign', { taskId: id, groups: ['network'], reason: 'rita is on leave' });
    expect(moved.data).toMatchObject({ assigneeGroups: ['network'], assigneeUsers: [], claimedBy: null });
    expect((await kit.as('rita', 'query', 'inbox.get', { taskId: id })).status).toBe(404);
    const trail = await kit.as('otto', 'query', 'inbox.get', { taskId: id });
    expect(trail.data).toMatchObject({
      history: [
        { action: 'task.opened', actor: 'system' },
        { action: 'task.claim', actor: 'ravi' },
        { action: 'task.delegate', actor: 'ravi', reason: 'billing question' },
        { action: 'task.reassign', actor: 'otto', reason: 'rita is on leave' },
      ],
    });
  });

  it('racing reviewers: exactly one decision counts', async () => {
    const id = taskIds.third;
    const [a, b] = await Promise.all([
      kit.as('ravi', 'mutation', 'inbox.decide', { taskId: id, outcome: 'approve', comment: 'ravi' }),
      kit.as('nina', 'mutation', 'inbox.decide', { taskId: id, outcome: 'reject', comment: 'nina' }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(200);
    expect([409, 412]).toContain(statuses[1]);
    const loser = a.status === 200 ? b : a;
    expect(loser.error?.message).toMatch(/already decided|is decided|no longer open/);
    const [row] = await kit.app.db.select().from(tasks).where(eq(tasks.id, id));
    expect(row?.decisions).toHaveLength(1);
    const result: unknown = await kit.app.temporal.workflow.getHandle(runId).result();
    const winner = a.status === 200 ? 'approve' : 'reject';
    expect(result).toMatchObject({ outcome: winner === 'approve' ? 'completed' : 'rejected' });
    if (winner === 'approve') {
      expect(result).toMatchObject({ result: { first: { outcome: 'approve', decidedBy: ['rita'], comment: 'looks right', form: { note: 'refund due' } }, second: { decidedBy: ['ravi', 'bill'] } } });
    }
  });

  it('rejects anonymous callers and --as without embedded mode or an admin token', async () => {
    const { call } = await import('../../test/client.ts');
    expect((await call(kit.app.url, 'query', 'inbox.list', {})).status).toBe(401);
    const res = await fetch(`${kit.app.url}/trpc/inbox.list?input=${encodeURIComponent('{}')}`, { headers: { 'x-switchboard-as': 'rita' } });
    expect(res.status).toBe(403);
  });
});
