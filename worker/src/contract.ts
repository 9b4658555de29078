/**
 * The Temporal contract between the server (client side) and the worker: task queue, workflow type, its input,
 * and the signal / update / query names. Imported by workflow code too, so it holds no Node built-ins or I/O.
 */
import { defineSearchAttributeKey, type SearchAttributePair } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { ZPlan } from '@switchboard/flows/plan/types';
import { z } from 'zod';

export const TASK_QUEUE = 'switchboard';
export const WORKFLOW_TYPE = 'runFlow';

/** Who and what a run is; `id` is also the Temporal workflow id (`run-<flowKey>-<uuid>`). */
export const ZRunInfo = z.object({
  id: z.string().min(1),
  flowKey: z.string().min(1),
  version: z.number().int().nonnegative(),
  initiator: z.string().min(1),
  flowAuthor: z.string().optional(),
  /** ISO time; expressions see it as `run.startedAt`. */
  startedAt: z.string(),
  isTest: z.boolean(),
  /** Set on child runs started by a `subflow` node. */
  parentRunId: z.string().optional(),
});
export type TRunInfo = z.infer<typeof ZRunInfo>;

/** An external event as delivered by the `event` signal. */
export const ZFlowEvent = z.object({ name: z.string().min(1), data: z.unknown() });
export type TFlowEvent = z.infer<typeof ZFlowEvent>;

/** One active path of a run (decision 2). Serialisable so that continue-as-new can carry it over. */
export const ZToken = z.object({
  id: z.string(),
  nodeId: z.string(),
  vars: z.record(z.string(), z.unknown()),
  /** Parallel fork this token belongs to (innermost last), so a join knows which branches are its own. */
  forks: z.array(z.object({ forkId: z.string(), parallelId: z.string(), joinId: z.string().nullable(), branch: z.number().int() })),
  /** The visit of the node the token is parked in (kept so a resumed node keeps its deterministic ids). */
  visit: z.number().int().positive().optional(),
  /** State a parked handler saved (e.g. a timer deadline or review approvals) to resume after continue-as-new. */
  saved: z.unknown().optional(),
});
export type TToken = z.infer<typeof ZToken>;

/** One `parallel` fork: the variables it forked with and the branches that reached its join so far. */
export const ZForkState = z.object({
  forkId: z.string(),
  parallelId: z.string(),
  joinId: z.string().nullable(),
  base: z.record(z.string(), z.unknown()),
  branches: z.number().int().nonnegative(),
  arrived: z.array(z.object({ branch: z.number().int(), vars: z.record(z.string(), z.unknown()) })),
  done: z.boolean(),
});
export type TForkState = z.infer<typeof ZForkState>;

/** Everything the scheduler needs to continue a run in a fresh workflow execution (continue-as-new). */
export const ZResumeState = z.object({
  tokens: z.array(ZToken),
  forks: z.array(ZForkState),
  /** Events received but not yet consumed by an `event` node (an early event is never lost). */
  events: z.array(ZFlowEvent),
  /** Visits per node id, so deterministic ids (tasks, projection events, idempotency keys) never repeat. */
  visits: z.record(z.string(), z.number().int().nonnegative()),
  sequence: z.number().int().nonnegative(),
  findings: z.array(z.unknown()),
  generation: z.number().int().nonnegative(),
});
export type TResumeState = z.infer<typeof ZResumeState>;

export const ZRunFlowInput = z.object({
  plan: ZPlan,
  input: z.unknown(),
  /** Effective parameter values (defaults merged with the version's overrides). */
  params: z.record(z.string(), z.unknown()),
  run: ZRunInfo,
  resume: ZResumeState.optional(),
  /** Continue-as-new once history reaches this many events even if Temporal has not suggested it yet (tests, ops). */
  continueAsNewAt: z.number().int().positive().optional(),
});
export type TRunFlowInput = z.infer<typeof ZRunFlowInput>;

export const ZRunFlowResult = z.object({
  outcome: z.enum(['completed', 'rejected', 'cancelled', 'failed']),
  result: z.unknown(),
});
export type TRunFlowResult = z.infer<typeof ZRunFlowResult>;

export const ZActor = z.object({ userId: z.string(), username: z.string(), groups: z.array(z.string()) });
export const ZDecideInput = z.object({
  taskId: z.string().min(1),
  outcome: z.string().min(1),
  comment: z.string().optional(),
  form: z.record(z.string(), z.unknown()).optional(),
  actor: ZActor,
});
export type TDecideInput = z.infer<typeof ZDecideInput>;
export const ZDecideResult = z.object({
  taskId: z.string(),
  status: z.enum(['recorded', 'decided']),
  outcome: z.string().optional(),
  approvals: z.number().int().nonnegative().optional(),
});
export type TDecideResult = z.infer<typeof ZDecideResult>;

export const ZRunState = z.object({
  position: z.array(z.string()),
  vars: z.record(z.string(), z.unknown()),
  status: z.enum(['running', 'completed', 'failed', 'cancelled']),
});
export type TRunState = z.infer<typeof ZRunState>;

export const eventSignal = defineSignal<[TFlowEvent]>('event');
export const decideUpdate = defineUpdate<TDecideResult, [TDecideInput]>('decide');
export const stateQuery = defineQuery<TRunState>('state');

/** Registered by scripts/temporal-dev-server.ts; decision 1: key, version and plan hash on every run. */
export const searchAttributes = {
  flowKey: defineSearchAttributeKey('SwitchboardFlowKey', 'KEYWORD'),
  flowVersion: defineSearchAttributeKey('SwitchboardFlowVersion', 'INT'),
  planHash: defineSearchAttributeKey('SwitchboardPlanHash', 'KEYWORD'),
  isTest: defineSearchAttributeKey('SwitchboardIsTest', 'BOOL'),
} as const;

/** The search attributes and memo every run carries, for the server's start and for subflow children. */
export function runAttributes(run: TRunInfo, planHash: string): { typedSearchAttributes: SearchAttributePair[]; memo: Record<string, unknown> } {
  return {
    typedSearchAttributes: [
      { key: searchAttributes.flowKey, value: run.flowKey },
      { key: searchAttributes.flowVersion, value: run.version },
      { key: searchAttributes.planHash, value: planHash },
      { key: searchAttributes.isTest, value: run.isTest },
    ],
    memo: { flowKey: run.flowKey, version: run.version, planHash },
  };
}

/** Workflow id = run id; the server generates it with a random uuid. */
export function runWorkflowId(flowKey: string, uuid: string): string {
  return `run-${flowKey}-${uuid}`;
}
