/**
 * `event`: waits for the external event `event` (Signal `event`) whose `match` expression (over `event`, plus the
 * usual input/vars/params) is truthy. Events that arrived earlier are buffered by the scheduler, so a payment
 * made before the flow reaches this node still counts. `timeout` → port `timeout`, measured from first entry.
 */
import { z } from 'zod';
import type { TNodeHandler } from './types.ts';

const ZSaved = z.object({ deadline: z.number().nullable() });

export const event: TNodeHandler<'event'> = async (ctx) => {
  const { node, runtime } = ctx;
  const saved = ZSaved.safeParse(ctx.saved);
  const deadline = saved.success ? saved.data.deadline : node.timeout ? runtime.now().getTime() + (await runtime.durationMs(node.timeout)) : null;
  const match = node.match;
  const accept = async (e: { data: unknown }) => (match ? Boolean(await runtime.evaluateExpr(match, { event: e.data })) : true);
  const received = await ctx.park({ deadline }, () =>
    ctx.nextEvent(node.event, accept, deadline === null ? undefined : Math.max(0, deadline - runtime.now().getTime())),
  );
  if (received === null) return { port: 'timeout' };
  return { port: 'received', output: received.data };
};
