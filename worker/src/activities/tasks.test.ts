import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, createDb, groups, outbox, tasks, users, type TDbHandle } from '@switchboard/drizzle';
import { and, eq, like } from 'drizzle-orm';
import { createOutboxGateway } from '../gateway/outbox-gateway.ts';
import { createTaskActivities } from './tasks.ts';
import type { TOpenTask, TTaskState } from './tasks-types.ts';

const targets: Array<[string, () => Parameters<typeof createDb>[0]]> = [['pglite', () => ({ dataDir: null })]];
if (process.env.TEST_DATABASE_URL) targets.push(['postgres', () => ({ url: process.env.TEST_DATABASE_URL ?? '' })]);

describe.each(targets)('task projection activities on %s', (_name, options) => {
  let handle: TDbHandle;
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const runId = `run-complaint-${unique}`;
  const ritaId = `u-rita-${unique}`;
  const group = `billing-${unique}`;

  beforeAll(async () => {
    handle = await createDb(options());
    await handle.db.insert(users).values({ id: ritaId, username: `rita-${unique}`, displayName: 'Rita', passwordHash: 'x' });
    await handle.db.insert(groups).values({ id: group, name: 'Billing' });
  });
  afterAll(async () => {
    await handle.db.delete(tasks).where(eq(tasks.runId, runId));
    await handle.db.delete(auditLog).where(like(auditLog.subjectId, `${runId}%`));
    await handle.db.delete(outbox).where(eq(outbox.runId, runId));
    await handle.db.delete(users).where(eq(users.id, ritaId));
    await handle.db.delete(groups).where(eq(groups.id, group));
    await handle.close();
  });

  const open = (nodeId: string, over: Partial<TOpenTask> = {}): TOpenTask => ({
    taskId: `${runId}:${nodeId}:1`, runId, nodeId, flowKey: 'complaint-follow-up', version: 1,
    title: `投诉跟进 Follow up ${nodeId}`, instructions: null, outcomes: ['approve', 'reject'], form: null, quorum: 1,
    groups: [], users: [], createdAt: new Date().toISOString(), dueAt: null, context: {}, ...over,
  });
  const state = (taskId: string, over: Partial<TTaskState> = {}): TTaskState => ({
    taskId, status: 'open', groups: [group], users: [], watchers: [], claimedBy: null, people: {}, claimedAt: null,
    decisions: [], outcome: null, decidedAt: null, escalations: 0, reminders: 0, ...over,
  });

  it('resolves group and user references, and opens a task once', async () => {
    const acts = createTaskActivities({ db: handle.db, gateway: createOutboxGateway(handle.db) });
    const resolved = await acts.taskResolve({ taskId: `${runId}:handle:1`, runId, groups: [], users: ['nobody-known'], refs: [group, `rita-${unique}`, 'group:supervisors', 'user:x'] });
    expect(resolved).toEqual({ groups: [group, 'supervisors'].sort(), users: ['nobody-known', ritaId, 'x'].sort(), previousReviewers: [] });
    const input = open('handle', { groups: resolved.groups, users: resolved.users });
    await acts.taskOpen(input);
    await acts.taskOpen({ ...input, title: 'a retry keeps the first row' });
    const rows = await handle.db.select().from(tasks).where(eq(tasks.id, input.taskId));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.searchText).toContain('投诉跟进 follow up');
    expect(rows[0]?.searchGrams).toContain('投诉');
    const opened = await handle.db.select().from(auditLog).where(and(eq(auditLog.subjectId, input.taskId), eq(auditLog.action, 'task.opened')));
    expect(opened).toHaveLength(1);
  });

  it('syncs the full state with a write-once audit entry and reports earlier reviewers', async () => {
    const acts = createTaskActivities({ db: handle.db, gateway: createOutboxGateway(handle.db) });
    const taskId = `${runId}:classify:1`;
    await acts.taskOpen(open('classify', { groups: [group] }));
    const decision = { key: 'upd-1', userId: ritaId, username: `rita-${unique}`, outcome: 'approve', at: new Date().toISOString() };
    const sync = { state: state(taskId, { status: 'decided', outcome: 'approve', decisions: [decision], decidedAt: decision.at }), audit: { key: 'decide:upd-1', actor: `rita-${unique}`, action: 'task.decided', reason: 'ok', detail: {} }, at: decision.at };
    await acts.taskSync(sync);
    await acts.taskSync(sync);
    const [row] = await handle.db.select().from(tasks).where(eq(tasks.id, taskId));
    expect(row?.status).toBe('decided');
    expect(row?.outcome).toBe('approve');
    const decided = await handle.db.select().from(auditLog).where(and(eq(auditLog.subjectId, taskId), eq(auditLog.action, 'task.decided')));
    expect(decided).toHaveLength(1);
    expect(decided[0]?.actor).toBe(`rita-${unique}`);
    const later = await acts.taskResolve({ taskId: `${runId}:consult:1`, runId, groups: [group], users: [], refs: [] });
    expect(later.previousReviewers).toEqual([ritaId, `rita-${unique}`].sort());
  });

  it('sends each reminder once per assignee through the gateway', async () => {
    const acts = createTaskActivities({ db: handle.db, gateway: createOutboxGateway(handle.db) });
    const remind = { taskId: `${runId}:handle:1`, runId, nodeId: 'handle', title: 'Follow up', reminder: 1, groups: [group], users: [ritaId], dueAt: null };
    expect(await acts.taskRemind(remind)).toBe(2);
    expect(await acts.taskRemind(remind)).toBe(0);
    const sent = await handle.db.select().from(outbox).where(eq(outbox.runId, runId));
    expect(sent.map((m) => m.recipient).sort()).toEqual([`group:${group}`, `user:${ritaId}`]);
  });

  it('rejects malformed input naming the field', async () => {
    const acts = createTaskActivities({ db: handle.db, gateway: createOutboxGateway(handle.db) });
    await expect(acts.taskOpen({ ...open('bad'), outcomes: [] })).rejects.toThrow(/outcomes/);
  });
});
