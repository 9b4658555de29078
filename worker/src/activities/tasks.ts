/**
 * Review-task projection activities (architecture decision 4). The workflow decides; these write what it decided
 * into `tasks` (and `audit_log`) for the inbox, which never reads Temporal. Every write is idempotent: the task id
 * is deterministic (`<runId>:<nodeId>:<visit>`), opening is insert-or-keep, a sync writes the complete state, and
 * each audit entry carries a key so a retry never logs twice.
 */
import { auditLog, groups, tasks, users, type TDb } from '@switchboard/drizzle';
import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { TActivityDeps } from '../sdk/deps.ts';
import { searchColumns, taskAudience } from './tasks-search.ts';
import { ZOpenedTask, ZOpenTask, ZRemindTask, ZResolveTask, ZSyncTask, ZTaskDecision, type TOpenedTask, type TTaskAudit } from './tasks-types.ts';

type TTx = Parameters<Parameters<TDb['transaction']>[0]>[0];

export type TTaskActivityDeps = Pick<TActivityDeps, 'db' | 'gateway'>;

export function createTaskActivities({ db, gateway }: TTaskActivityDeps) {
  return {
    /**
     * Who the task goes to and who reviewed earlier in the run. Read-only: the workflow registers its Update
     * handlers with this answer BEFORE `taskOpen` makes the task visible, so no decision can outrun them.
     */
    async taskResolve(raw: z.input<typeof ZResolveTask>): Promise<TOpenedTask> {
      const r = ZResolveTask.parse(raw);
      const assignees = await resolveAssignees(db, r.groups, r.users, r.refs);
      return ZOpenedTask.parse({ ...assignees, previousReviewers: await reviewersBefore(db, r.runId, r.taskId) });
    },

    /** Creates the task row, or keeps the existing one when an attempt is retried. */
    async taskOpen(raw: z.input<typeof ZOpenTask>): Promise<void> {
      const open = ZOpenTask.parse(raw);
      const search = searchColumns([open.title, open.instructions, open.flowKey]);
      await db.transaction(async (tx) => {
        const inserted = await tx
          .insert(tasks)
          .values({
            id: open.taskId,
            runId: open.runId,
            nodeId: open.nodeId,
            flowKey: open.flowKey,
            version: open.version,
            title: open.title,
            instructions: open.instructions,
            outcomes: open.outcomes,
            form: open.form,
            assigneeGroups: open.groups,
            assigneeUsers: open.users,
            audience: taskAudience({ groups: open.groups, users: open.users, watchers: [], claimedBy: null }),
            quorum: open.quorum,
            dueAt: open.dueAt ? new Date(open.dueAt) : null,
            context: open.context,
            createdAt: new Date(open.createdAt),
            updatedAt: new Date(open.createdAt),
            ...search,
          })
          .onConflictDoNothing()
          .returning();
        if (inserted.length > 0) {
          await auditOnce(tx, open.taskId, {
            key: 'opened',
            actor: 'system',
            action: 'task.opened',
            reason: null,
            detail: { runId: open.runId, nodeId: open.nodeId, groups: open.groups, users: open.users, dueAt: open.dueAt },
          });
        }
      });
    },

    /** Writes the task's complete state as the workflow holds it, plus one audit entry for what changed. */
    async taskSync(raw: z.input<typeof ZSyncTask>): Promise<void> {
      const { state, audit, at } = ZSyncTask.parse(raw);
      await db.transaction(async (tx) => {
        await tx
          .update(tasks)
          .set({
            status: state.status,
            assigneeGroups: state.groups,
            assigneeUsers: state.users,
            watchers: state.watchers,
            claimedBy: state.claimedBy,
            audience: taskAudience(state),
            claimedAt: state.claimedAt ? new Date(state.claimedAt) : null,
            decisions: state.decisions,
            outcome: state.outcome,
            decidedAt: state.decidedAt ? new Date(state.decidedAt) : null,
            updatedAt: new Date(at),
          })
          .where(eq(tasks.id, state.taskId));
        if (audit) await auditOnce(tx, state.taskId, audit);
      });
    },

    /** Hands one SLA reminder per assignee (user or group) to the notify gateway; the idempotency key sends it once. */
    async taskRemind(raw: z.input<typeof ZRemindTask>): Promise<number> {
      const remind = ZRemindTask.parse(raw);
      const recipients = [...remind.users.map((u) => `user:${u}`), ...remind.groups.map((g) => `group:${g}`)];
      if (recipients.length === 0) return 0;
      const due = remind.dueAt ? ` (due ${remind.dueAt})` : '';
      let sent = 0;
      for (const to of recipients) {
        const result = await gateway.send({
          idempotencyKey: `${remind.taskId}:remind:${remind.reminder}:${to}`,
          channel: 'inbox',
          to,
          text: `Reminder ${remind.reminder}: "${remind.title}" is waiting for your decision${due}.`,
          runId: remind.runId,
          nodeId: remind.nodeId,
        });
        if (!result.duplicate) sent += 1;
      }
      await db.transaction((tx) =>
        auditOnce(tx, remind.taskId, {
          key: `remind:${remind.reminder}`,
          actor: 'system',
          action: 'task.reminded',
          reason: 'SLA reminder',
          detail: { reminder: remind.reminder, recipients },
        }),
      );
      return sent;
    },
  };
}

export type TTaskActivities = ReturnType<typeof createTaskActivities>;

async function auditOnce(tx: TTx, taskId: string, audit: TTaskAudit): Promise<void> {
  const seen = await tx
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, 'task'), eq(auditLog.subjectId, taskId), sql`${auditLog.detail}->>'key' = ${audit.key}`))
    .limit(1);
  if (seen.length > 0) return;
  await tx.insert(auditLog).values({
    actor: audit.actor,
    action: audit.action,
    subjectType: 'task',
    subjectId: taskId,
    reason: audit.reason,
    detail: { ...audit.detail, key: audit.key },
  });
}

/** `group:x` and `user:x` are explicit; a bare name is a group when such a group exists, else a user. */
async function resolveAssignees(db: TDb, groupIds: string[], userRefs: string[], refs: string[]) {
  const bare = refs.filter((r) => !r.startsWith('group:') && !r.startsWith('user:'));
  const knownGroups = bare.length
    ? new Set((await db.select({ id: groups.id }).from(groups).where(inArray(groups.id, bare))).map((g) => g.id))
    : new Set<string>();
  const allGroups = new Set(groupIds);
  const wantedUsers = new Set(userRefs);
  for (const ref of refs) {
    if (ref.startsWith('group:')) allGroups.add(ref.slice('group:'.length));
    else if (ref.startsWith('user:')) wantedUsers.add(ref.slice('user:'.length));
    else if (knownGroups.has(ref)) allGroups.add(ref);
    else wantedUsers.add(ref);
  }
  const names = [...wantedUsers];
  const found = names.length
    ? await db.select({ id: users.id, username: users.username }).from(users).where(or(inArray(users.id, names), inArray(users.username, names)))
    : [];
  // Flows may name users by username or id; the projection stores ids. An unknown name is kept as given.
  const ids = names.map((name) => found.find((u) => u.id === name || u.username === name)?.id ?? name);
  return { groups: [...allGroups].sort(), users: [...new Set(ids)].sort() };
}

async function reviewersBefore(db: TDb, runId: string, taskId: string): Promise<string[]> {
  const rows = await db.select({ decisions: tasks.decisions }).from(tasks).where(and(eq(tasks.runId, runId), ne(tasks.id, taskId)));
  const people = new Set<string>();
  for (const row of rows) {
    for (const decision of z.array(ZTaskDecision).parse(row.decisions)) {
      people.add(decision.userId);
      people.add(decision.username);
    }
  }
  return [...people].sort();
}
