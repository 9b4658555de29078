/**
 * `batch`: hands the send to the `runBatch` child workflow (decision 5), which pages through `source` (an activity
 * returning `{ items, nextCursor }`) and gives each page to `each` (input + `items` + an `idempotencyPrefix`), at
 * most `concurrency` pages in flight and no faster than `ratePerSecond` items per second, continuing-as-new as it
 * goes. Output: `{ pages, items, totals }` (totals sum the numeric fields of the per-page results). Events named
 * `pause`, `resume` and `cancel` sent to the run are forwarded to the child while it runs; a cancel takes the
 * `error` port (type BatchCancelled).
 */
import { CancellationScope, isCancellation, startChild } from '@temporalio/workflow';
import { eventSignal } from '../../contract.ts';
import { BATCH_CONTROL_EVENTS, BATCH_WORKFLOW_TYPE, batchWorkflowId, ZBatchResult, type TBatchInput } from '../batch/contract.ts';
import { errorPortOrFail } from './failure.ts';
import type { TNodeHandler } from './types.ts';

export const batch: TNodeHandler<'batch'> = async (ctx) => {
  const { node, runtime } = ctx;
  try {
    const input: TBatchInput = {
      source: { activity: node.source.activity, taskQueue: node.source.taskQueue, input: asObject(await runtime.evaluate(node.source.input)) },
      each: { activity: node.each.activity, taskQueue: node.each.taskQueue, input: asObject(await runtime.evaluate(node.each.input)) },
      batchSize: node.batchSize,
      concurrency: node.concurrency,
      ratePerSecond: node.ratePerSecond,
      idempotencyPrefix: ctx.key,
    };
    const child = await startChild(BATCH_WORKFLOW_TYPE, { workflowId: batchWorkflowId(ctx.key), args: [input] });
    await ctx.record({ type: 'batch.started', data: { workflowId: child.workflowId } });
    // Control events reach the run (the only id operators know); forward them until the child ends.
    const forwarding = new CancellationScope();
    void forwarding.run(() =>
      Promise.all(
        BATCH_CONTROL_EVENTS.map(async (name) => {
          for (;;) {
            const event = await ctx.nextEvent(name, async () => true);
            if (event) await child.signal(eventSignal, event);
          }
        }),
      ),
    ).catch(() => undefined);
    try {
      const result = ZBatchResult.parse(await child.result());
      await ctx.record({ type: 'batch.done', data: { pages: result.pages, items: result.items } });
      return { port: 'next', output: result };
    } finally {
      forwarding.cancel();
    }
  } catch (error) {
    if (isCancellation(error)) throw error;
    return errorPortOrFail(node.ports, node.id, 'batch', error);
  }
};

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : { value };
}
