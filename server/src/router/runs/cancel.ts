/** Requests cancellation of a running run; the workflow cancels its tokens and records status `cancelled`. */
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import { roleProcedure } from '../../trpc.ts';
import { getRunningOr409 } from './load.ts';
import { ZRunId } from './schemas.ts';
import { toRun } from './temporal-errors.ts';

export const cancel = roleProcedure('operator', 'designer', 'admin')
  .input(z.object({ runId: ZRunId, reason: z.string().max(2000).optional() }))
  .output(z.object({ runId: z.string(), cancelRequested: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    await getRunningOr409(ctx.db, input.runId, 'cancel');
    await toRun(input.runId, 'cancel', () => ctx.temporal.workflow.getHandle(input.runId).cancel());
    await recordAudit(ctx.db, { actor: ctx.user.username, action: 'run.cancel', subjectType: 'run', subjectId: input.runId, reason: input.reason ?? null, detail: {} });
    return { runId: input.runId, cancelRequested: true as const };
  });
