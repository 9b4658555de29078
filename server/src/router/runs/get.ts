/** One run with its timeline (node entered/left, events, outcome) from the projection; any signed-in user. */
import { asc, eq } from 'drizzle-orm';
import { runEvents } from '@switchboard/drizzle';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';
import { getRunOr404 } from './load.ts';
import { runEventView, runView, ZRunEventView, ZRunId, ZRunView } from './schemas.ts';

export const get = authedProcedure
  .input(z.object({ runId: ZRunId }))
  .output(ZRunView.extend({ events: z.array(ZRunEventView) }))
  .query(async ({ ctx, input }) => {
    const row = await getRunOr404(ctx.db, input.runId);
    const events = await ctx.db.select().from(runEvents).where(eq(runEvents.runId, input.runId)).orderBy(asc(runEvents.at), asc(runEvents.id));
    return { ...runView(row), events: events.map(runEventView) };
  });
