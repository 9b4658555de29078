/** inbox.delegate — hand a task to another user; the delegator keeps seeing it (as a watcher). */
import { eq } from 'drizzle-orm';
import { users } from '@switchboard/drizzle';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { changeTask } from './change-task.ts';
import { inboxProcedure } from './procedure.ts';
import { ZRequestId, ZTaskId } from './load-task.ts';
import { ZTaskItem } from './task-view.ts';

export const delegate = inboxProcedure
  .input(z.object({ taskId: ZTaskId, to: z.string().min(1).max(100), reason: z.string().max(2000).optional(), requestId: ZRequestId.optional() }))
  .output(ZTaskItem)
  .mutation(async ({ ctx, input }) => {
    const [target] = await ctx.db.select({ id: users.id, username: users.username, disabled: users.disabled }).from(users).where(eq(users.username, input.to));
    if (!target || target.disabled) throw new AppError('INVALID_INPUT', `Invalid input: to: no active user named "${input.to}"`);
    return changeTask(ctx, input.taskId, input.requestId, { kind: 'delegate', to: target.id, toName: target.username, ...(input.reason ? { reason: input.reason } : {}) });
  });
