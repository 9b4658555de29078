/**
 * `wait`: a durable timer for `duration`, or until the ISO time `until` yields. The deadline is saved with the
 * parked token, so after a continue-as-new the wait resumes for the remaining time only.
 */
import { ApplicationFailure, sleep } from '@temporalio/workflow';
import { z } from 'zod';
import type { TNodeHandler } from './types.ts';

const ZSaved = z.object({ deadline: z.number() });

export const wait: TNodeHandler<'wait'> = async (ctx) => {
  const { node, runtime } = ctx;
  const saved = ZSaved.safeParse(ctx.saved);
  const deadline = saved.success ? saved.data.deadline : await deadlineOf(ctx);
  await ctx.park({ deadline }, async () => {
    const remaining = deadline - runtime.now().getTime();
    if (remaining > 0) await sleep(remaining);
  });
  return { port: 'next' };

  async function deadlineOf(c: typeof ctx): Promise<number> {
    if (node.duration) return c.runtime.now().getTime() + (await c.runtime.durationMs(node.duration));
    if (node.until) {
      const value = await c.runtime.evaluateExpr(node.until);
      const time = typeof value === 'string' || typeof value === 'number' ? new Date(value).getTime() : Number.NaN;
      if (Number.isNaN(time)) throw ApplicationFailure.nonRetryable(`wait "${node.id}": until gave ${JSON.stringify(value)}, not a time`, 'ExpressionError');
      return time;
    }
    throw ApplicationFailure.nonRetryable(`wait "${node.id}" has neither duration nor until`, 'PlanInvalid');
  }
};
