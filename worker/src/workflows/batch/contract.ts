/**
 * The batch child workflow's contract (decision 5): what the `batch` node starts, the progress query the runs
 * page and the campaign page read, and the control events (`pause`, `resume`, `cancel` on the `event` signal).
 * Workflow code imports it, so it holds no Node built-ins or I/O.
 */
import { defineQuery } from '@temporalio/workflow';
import { z } from 'zod';

export const BATCH_WORKFLOW_TYPE = 'runBatch';
export const BATCH_CONTROL_EVENTS = ['pause', 'resume', 'cancel'] as const;

const ZCall = z.object({ activity: z.string().min(1), taskQueue: z.string().optional(), input: z.record(z.string(), z.unknown()) });

/** Carried across continue-as-new: where the audience cursor stands and what was done so far. */
export const ZBatchState = z.object({
  cursor: z.string().nullable(),
  pages: z.number().int().nonnegative(),
  items: z.number().int().nonnegative(),
  totals: z.record(z.string(), z.number()),
  /** Executions so far (1 = the first); continue-as-new adds one. */
  generation: z.number().int().positive(),
  paused: z.boolean(),
});
export type TBatchState = z.infer<typeof ZBatchState>;

export const ZBatchInput = z.object({
  source: ZCall,
  each: ZCall,
  batchSize: z.number().int().positive(),
  concurrency: z.number().int().positive(),
  ratePerSecond: z.number().positive().optional(),
  /** Every send key starts with it: `<runId>:<nodeId>:<visit>` — the key is per (run, node visit, recipient). */
  idempotencyPrefix: z.string().min(1),
  /** Continue-as-new once the history passes this many events (well under the 10,000-event budget). */
  historyBudget: z.number().int().positive().default(3000),
  state: ZBatchState.optional(),
});
export type TBatchInput = z.input<typeof ZBatchInput>;

export const ZBatchResult = z.object({ pages: z.number().int(), items: z.number().int(), totals: z.record(z.string(), z.number()) });
export type TBatchResult = z.infer<typeof ZBatchResult>;

export type TBatchProgress = TBatchState & { status: 'running' | 'paused' | 'cancelling' | 'done'; inFlight: number };
export const batchProgressQuery = defineQuery<TBatchProgress>('batchProgress');

/** The child's workflow id for a node visit (`ctx.key`); the server signals and queries it by this id. */
export function batchWorkflowId(nodeKey: string): string {
  return `${nodeKey}:batch`;
}
