/** inbox.claim — reserve a task for yourself (with quorum 1, only the claimer may then decide it). */
import { z } from 'zod';
import { changeTask } from './change-task.ts';
import { inboxProcedure } from './procedure.ts';
import { ZRequestId, ZTaskId } from './load-task.ts';
import { ZTaskItem } from './task-view.ts';

export const claim = inboxProcedure
  .input(z.object({ taskId: ZTaskId, reason: z.string().max(2000).optional(), requestId: ZRequestId.optional() }))
  .output(ZTaskItem)
  .mutation(({ ctx, input }) => changeTask(ctx, input.taskId, input.requestId, { kind: 'claim', ...(input.reason ? { reason: input.reason } : {}) }));
