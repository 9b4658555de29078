/** One run with its timeline (node entered/left, events, outcome) from the projection; any signed-in user. */
import { asc, eq } from 'drizzle-orm';
import { runEvents } from '@switchboard/drizzle';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';
import { getRunOr404 } from './load.ts';
import { reconcileRunning } from './reconcile.ts';
import { runEventView, runView, ZRunEventView, ZRunId, ZRunView } from './schemas.ts';

export const get = authedProcedure
  .input(z.object({ runId: ZRunId }))
  .output(ZRunView.extend({ events: z.array(ZRunEventView) }))
  .query(async ({ ctx, input }) => {
    const row = await reconcileRunning(ctx.db, ctx.temporal, await getRunOr404(ctx.db, input.runId));
    const events = await ctx.db.select().from(runEvents).where(eq(runEvents.runId, input.runId)).orderBy(asc(runEvents.at));
    return { ...runView(row), events: events.sort((a, b) => recordingOrder(a.id) - recordingOrder(b.id)).map(runEventView) };
  });

/** Event ids end in `e<execution>-<sequence>` (worker/src/workflows/projection.ts): that is the order of recording. */
function recordingOrder(id: string): number {
  const match = /:e(\d+)-(\d+)$/.exec(id);
  return match ? Number(match[1]) * 1e9 + Number(match[2]) : Number.MAX_SAFE_INTEGER;
}
