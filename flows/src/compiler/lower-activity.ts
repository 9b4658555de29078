/** Lowering of the nodes that call activities: `task` and `batch`. */
import type { TFlowNode } from '../format/schema.ts';
import { joinPath } from '../format/path.ts';
import type { TPlanNodeOf } from '../plan/types.ts';
import { checkActivityInput, resolveActivity } from './activity-input.ts';
import type { TLowerContext } from './lower-context.ts';

type TNode<K extends TFlowNode['kind']> = Extract<TFlowNode, { kind: K }>;

const DEFAULT_RETRY = { maxAttempts: 3, initialIntervalMs: 1000, backoff: 2 };

/** An activity call: resolves the type, compiles and checks its input. */
function activityCall(ctx: TLowerContext, type: string, input: unknown, base: string) {
  const activity = resolveActivity(ctx.catalog, type, ctx.sink, ctx.where, joinPath(base, 'activity'));
  const inputPath = joinPath(base, 'input');
  const compiled = ctx.values.mapping(input, inputPath);
  if (activity) checkActivityInput(activity, compiled, ctx.sink, ctx.where, inputPath);
  return { activity: type, ...(activity?.taskQueue ? { taskQueue: activity.taskQueue } : {}), input: compiled.value };
}

export function lowerTask(node: TNode<'task'>, ctx: TLowerContext): Omit<TPlanNodeOf<'task'>, 'id' | 'ports'> {
  const c = node.config;
  const retryPath = joinPath(ctx.configPath, 'retry');
  const interval = c.retry?.initialInterval === undefined
    ? undefined
    : ctx.values.duration(c.retry.initialInterval, joinPath(retryPath, 'initialInterval'));
  if (interval !== undefined && !('ms' in interval)) {
    ctx.sink.add('FORMAT_INVALID', 'retry.initialInterval must be a literal duration (the retry policy is fixed when the task starts)', { ...ctx.where, path: joinPath(retryPath, 'initialInterval') });
  }
  const timeout = c.timeout === undefined ? undefined : ctx.values.duration(c.timeout, joinPath(ctx.configPath, 'timeout'));
  return {
    kind: 'task',
    ...activityCall(ctx, c.activity, c.input, ctx.configPath),
    ...(c.output !== undefined ? { output: c.output } : {}),
    retry: {
      maxAttempts: c.retry?.maxAttempts ?? DEFAULT_RETRY.maxAttempts,
      initialIntervalMs: interval !== undefined && 'ms' in interval ? Math.max(1, interval.ms) : DEFAULT_RETRY.initialIntervalMs,
      backoff: c.retry?.backoff ?? DEFAULT_RETRY.backoff,
      nonRetryable: c.retry?.nonRetryable ?? [],
    },
    ...(timeout !== undefined ? { timeout } : {}),
  };
}

export function lowerBatch(node: TNode<'batch'>, ctx: TLowerContext): Omit<TPlanNodeOf<'batch'>, 'id' | 'ports'> {
  const c = node.config;
  return {
    kind: 'batch',
    source: activityCall(ctx, c.source.activity, c.source.input, joinPath(ctx.configPath, 'source')),
    each: activityCall(ctx, c.each.activity, c.each.input, joinPath(ctx.configPath, 'each')),
    batchSize: c.batchSize,
    concurrency: c.concurrency,
    ...(c.ratePerSecond !== undefined ? { ratePerSecond: c.ratePerSecond } : {}),
    ...(c.output !== undefined ? { output: c.output } : {}),
  };
}
