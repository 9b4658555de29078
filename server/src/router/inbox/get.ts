/**
 * inbox.get — one task with what a reviewer needs to decide: the run's input and findings, the decisions and
 * comments on this task, earlier decisions in the same run, the task's audit trail, and whether the caller may
 * decide it (eligibility.ts). 404 when not visible.
 */
import { and, asc, eq, ne } from 'drizzle-orm';
import { auditLog, runs, taskComments, tasks, users } from '@switchboard/drizzle';
import { z } from 'zod';
import { inboxProcedure } from './procedure.ts';
import { loadVisibleTask, ZTaskId } from './load-task.ts';
import { decisionsOf, toTaskItem, ZTaskItem } from './task-view.ts';
import { ZTaskDecision } from '@switchboard/worker/activities/tasks-types';
import { eligibility, ZEligibility } from './eligibility.ts';

const ZGetOutput = ZTaskItem.extend({
  instructions: z.string().nullable(),
  form: z.record(z.string(), z.unknown()).nullable(),
  watchers: z.array(z.string()),
  decisions: z.array(ZTaskDecision),
  comments: z.array(z.object({ id: z.string(), author: z.string(), body: z.string(), at: z.string() })),
  run: z.object({ id: z.string(), status: z.string(), input: z.unknown(), initiator: z.string(), startedAt: z.string(), position: z.array(z.string()), findings: z.unknown() }).nullable(),
  earlier: z.array(z.object({ taskId: z.string(), nodeId: z.string(), title: z.string(), status: z.string(), outcome: z.string().nullable(), decisions: z.array(ZTaskDecision) })),
  history: z.array(z.object({ at: z.string(), actor: z.string(), action: z.string(), reason: z.string().nullable() })),
  eligibility: ZEligibility,
});

const ZForm = z.record(z.string(), z.unknown()).nullable();

export const get = inboxProcedure
  .input(z.object({ taskId: ZTaskId }))
  .output(ZGetOutput)
  .query(async ({ ctx, input }) => {
    const { task, claimer } = await loadVisibleTask(ctx.db, ctx.user, input.taskId);
    const comments = await ctx.db
      .select({ id: taskComments.id, author: users.username, authorId: taskComments.author, body: taskComments.body, at: taskComments.at })
      .from(taskComments)
      .leftJoin(users, eq(users.id, taskComments.author))
      .where(eq(taskComments.taskId, task.id))
      .orderBy(asc(taskComments.at));
    const [run] = await ctx.db.select().from(runs).where(eq(runs.id, task.runId));
    const siblings = await ctx.db.select().from(tasks).where(and(eq(tasks.runId, task.runId), ne(tasks.id, task.id))).orderBy(asc(tasks.createdAt));
    const history = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, 'task'), eq(auditLog.subjectId, task.id)))
      .orderBy(asc(auditLog.id));
    const earlier = siblings.filter((s) => s.createdAt <= task.createdAt);
    // As the workflow counts them: decisions on other tasks of the run made before this task opened.
    const earlierReviewers = siblings.flatMap((s) => decisionsOf(s).filter((d) => new Date(d.at) <= task.createdAt).flatMap((d) => [d.userId, d.username]));
    return {
      ...toTaskItem(task, claimer, new Date()),
      instructions: task.instructions,
      form: ZForm.parse(task.form ?? null),
      watchers: task.watchers,
      decisions: decisionsOf(task),
      comments: comments.map((c) => ({ id: c.id, author: c.author ?? c.authorId, body: c.body, at: c.at.toISOString() })),
      run: run
        ? { id: run.id, status: run.status, input: run.input, initiator: run.initiator, startedAt: run.startedAt.toISOString(), position: run.position, findings: run.findings }
        : null,
      earlier: earlier.map((s) => ({ taskId: s.id, nodeId: s.nodeId, title: s.title, status: s.status, outcome: s.outcome, decisions: decisionsOf(s) })),
      history: history.map((h) => ({ at: h.at.toISOString(), actor: h.actor, action: h.action, reason: h.reason })),
      eligibility: eligibility(task, claimer, earlierReviewers, ctx.user),
    };
  });
