/**
 * Delivers an external event (payment received, pickup reported …) to a running run as the `event` Signal.
 * An event that arrives before the flow waits for it is buffered by the run; an event for an ended run is a 409.
 */
import { eventSignal } from '@switchboard/worker/contract';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import { roleProcedure } from '../../trpc.ts';
import { getRunningOr409 } from './load.ts';
import { ZRunId } from './schemas.ts';
import { toRun } from './temporal-errors.ts';

export const sendEvent = roleProcedure('operator', 'designer', 'admin')
  .input(z.object({ runId: ZRunId, name: z.string().min(1).max(200), data: z.unknown() }))
  .output(z.object({ runId: z.string(), delivered: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    await getRunningOr409(ctx.db, input.runId, `send event "${input.name}"`);
    await toRun(input.runId, `send event "${input.name}"`, () =>
      ctx.temporal.workflow.getHandle(input.runId).signal(eventSignal, { name: input.name, data: input.data ?? null }),
    );
    await recordAudit(ctx.db, { actor: ctx.user.username, action: 'run.event', subjectType: 'run', subjectId: input.runId, reason: null, detail: { name: input.name } });
    return { runId: input.runId, delivered: true as const };
  });
