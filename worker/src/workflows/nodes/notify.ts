/**
 * `notify`: renders `to` and `text` and hands the message to the gateway activity (`sb.notify`: outbox table by
 * default, HTTP webhook in production). The idempotency key is (run, node, visit), so a retried activity or a
 * replay never sends twice. `validate: true` runs the message rules first (./message-check.ts).
 */
import { isCancellation } from '@temporalio/workflow';
import { checkBeforeSend } from './message-check.ts';
import { errorPortOrFail } from './failure.ts';
import type { TNodeHandler } from './types.ts';

export const notify: TNodeHandler<'notify'> = async (ctx) => {
  const { node, runtime } = ctx;
  try {
    const to = await runtime.evaluate(node.to);
    const text = await runtime.evaluate(node.text);
    if (typeof to !== 'string' || to === '') throw new Error(`"to" gave ${JSON.stringify(to)}, not a recipient`);
    if (typeof text !== 'string' || text === '') throw new Error(`"text" gave ${JSON.stringify(text)}, not a message`);
    if (node.validate) await checkBeforeSend(ctx, node.channel, text);
    await ctx.activity(
      'sb.notify',
      { idempotencyKey: ctx.key, channel: node.channel, to, text, runId: ctx.run.id, nodeId: node.id },
      { retry: { maximumAttempts: 10, nonRetryableErrorTypes: ['InvalidInput'] }, callKey: 'send' },
    );
    await ctx.record({ type: 'notify.sent', data: { channel: node.channel, to } });
    return { port: 'next' };
  } catch (error) {
    if (isCancellation(error)) throw error;
    return errorPortOrFail(node.ports, node.id, `notify`, error);
  }
};
