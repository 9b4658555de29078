/**
 * `task`: one catalog activity with the plan's retry and timeout. Error types in `retry.nonRetryable` (and the
 * SDK's own InvalidInput/BusinessError) stop retrying at once. A failure after retries takes the `error` port
 * (with `vars.error = { nodeId, type, message }`) or, when that port is unconnected, fails the run.
 */
import { isCancellation } from '@temporalio/workflow';
import { errorPortOrFail } from './failure.ts';
import type { TNodeHandler } from './types.ts';

export const task: TNodeHandler<'task'> = async (ctx) => {
  const { node, runtime } = ctx;
  const input = await runtime.evaluate(node.input);
  const timeoutMs = node.timeout ? await runtime.durationMs(node.timeout) : undefined;
  try {
    const output = await ctx.activity(node.activity, input, {
      taskQueue: node.taskQueue,
      startToCloseTimeoutMs: timeoutMs,
      retry: {
        maximumAttempts: node.retry.maxAttempts,
        initialInterval: node.retry.initialIntervalMs,
        backoffCoefficient: Math.max(1, node.retry.backoff),
        nonRetryableErrorTypes: node.retry.nonRetryable,
      },
    });
    return { port: 'next', output };
  } catch (error) {
    if (isCancellation(error)) throw error;
    return errorPortOrFail(node.ports, node.id, `activity ${node.activity}`, error);
  }
};
