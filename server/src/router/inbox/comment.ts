/**
 * inbox.comment — a note on a task for the other reviewers and for auditors. Comments are inbox data, not run
 * state, so they are written here directly; the request id makes a double submit write once (and audit once).
 */
import { taskComments } from '@switchboard/drizzle';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import { inboxProcedure } from './procedure.ts';
import { loadVisibleTask, requestIdOr, ZRequestId, ZTaskId } from './load-task.ts';

export const comment = inboxProcedure
  .input(z.object({ taskId: ZTaskId, body: z.string().trim().min(1).max(5000), requestId: ZRequestId.optional() }))
  .output(z.object({ id: z.string(), author: z.string(), body: z.string(), at: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const { task } = await loadVisibleTask(ctx.db, ctx.user, input.taskId);
    const id = `${task.id}:${ctx.user.id}:${requestIdOr(input.requestId)}`;
    const [inserted] = await ctx.db.insert(taskComments).values({ id, taskId: task.id, author: ctx.user.id, body: input.body }).onConflictDoNothing().returning();
    if (inserted) {
      await recordAudit(ctx.db, { actor: ctx.user.username, action: 'task.comment', subjectType: 'task', subjectId: task.id, reason: input.body, detail: { commentId: id } });
    }
    const at = inserted?.at ?? new Date();
    return { id, author: ctx.user.username, body: inserted?.body ?? input.body, at: at.toISOString() };
  });
