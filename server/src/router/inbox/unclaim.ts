/** inbox.unclaim — release a claim; releasing someone else's claim is for supervisors and operators. */
import { z } from 'zod';
import { changeTask } from './change-task.ts';
import { inboxProcedure } from './procedure.ts';
import { ZRequestId, ZTaskId } from './load-task.ts';
import { ZTaskItem } from './task-view.ts';
import { mayReassign } from './visibility.ts';

export const unclaim = inboxProcedure
  .input(z.object({ taskId: ZTaskId, reason: z.string().max(2000).optional(), requestId: ZRequestId.optional() }))
  .output(ZTaskItem)
  .mutation(({ ctx, input }) =>
    changeTask(ctx, input.taskId, input.requestId, { kind: 'unclaim', force: mayReassign(ctx.user), ...(input.reason ? { reason: input.reason } : {}) }),
  );
