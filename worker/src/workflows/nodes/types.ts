/**
 * What a node handler receives and returns. The scheduler (../run-flow.ts) moves tokens; a handler runs ONE node
 * for ONE token and answers which port the token leaves by. Handlers run inside the workflow sandbox: no I/O, only
 * activities (through `ctx.activity` or their own proxies), timers, conditions and the runtime below.
 */
import type { TDuration, TExpr, TNodeKind, TPlan, TPlanNodeOf, TValue } from '@switchboard/flows/plan/types';
import type { ActivityOptions } from '@temporalio/workflow';
import type { TDecideInput, TDecideResult, TFlowEvent, TRunFlowResult, TRunInfo } from '../../contract.ts';

/** Evaluation bound to the token's context `{ input, vars, params, run }`, with workflow time for `$now()`. */
export type TRuntime = {
  evaluate: (value: TValue) => Promise<unknown>;
  evaluateExpr: (expr: TExpr, extra?: Record<string, unknown>) => Promise<unknown>;
  /** A plan duration in milliseconds; expressions yielding ISO-8601 or shorthand are parsed. */
  durationMs: (duration: TDuration) => Promise<number>;
  now: () => Date;
};

/** A projection event the scheduler writes to `run_events` with a deterministic id. */
export type TProjectionEvent = { type: string; port?: string; durationMs?: number; data?: unknown };

/** A pending human decision the `decide` update is routed to (by task id). */
export type TDecisionTarget = {
  /** Throws (with a readable reason) to reject the update before it enters history. */
  validate: (input: TDecideInput) => void;
  decide: (input: TDecideInput) => Promise<TDecideResult> | TDecideResult;
};

export type TNodeContext<K extends TNodeKind> = {
  node: TPlanNodeOf<K>;
  plan: TPlan;
  run: TRunInfo;
  /** A copy of this token's variables; mutate nothing, return `assign`/`output` instead. */
  vars: Readonly<Record<string, unknown>>;
  runtime: TRuntime;
  /** 1 for the first time this run enters the node, 2 on the next loop, … (across tokens and continue-as-new). */
  visit: number;
  /** `<runId>:<nodeId>:<visit>` — stable across attempts and replays; use it for task ids and idempotency keys. */
  key: string;
  /** Calls a catalog activity (by type) on its task queue, with the node's retry/timeout when given. */
  activity: (type: string, input: unknown, options?: TActivityCallOptions) => Promise<unknown>;
  record: (event: TProjectionEvent) => Promise<void>;
  /** Marks the token parked (safe to continue-as-new) while `wait` runs; `saved` is handed back on resume. */
  park: <T>(saved: unknown, wait: () => Promise<T>) => Promise<T>;
  /** What this token saved with `park` before a continue-as-new, else undefined. */
  saved: unknown;
  /** Waits for the next event named `name` that satisfies `accept`; consumes it. Early events are buffered. */
  nextEvent: (name: string, accept: (event: TFlowEvent) => Promise<boolean>, timeoutMs?: number) => Promise<TFlowEvent | null>;
  /** Routes the `decide` update for `taskId` to `target` until the returned function is called. */
  onDecide: (taskId: string, target: TDecisionTarget) => () => void;
  addFindings: (findings: unknown[]) => void;
  /** Writes what the projection has buffered (events, position, findings) and waits until it is stored. */
  flushProjection: () => Promise<void>;
};

export type TActivityCallOptions = {
  taskQueue?: string;
  retry?: ActivityOptions['retry'];
  startToCloseTimeoutMs?: number;
  heartbeatTimeoutMs?: number;
  /** Tells several calls from one node visit apart (e.g. batch pages); defaults to a per-visit call counter. */
  callKey?: string;
};

/** The port the token leaves by; `output` is stored in the node's `output` var (when it names one). */
export type TNodeResult =
  | { port: string; output?: unknown; assign?: Record<string, unknown> }
  | { end: TRunFlowResult };

export type TNodeHandler<K extends TNodeKind> = (ctx: TNodeContext<K>) => Promise<TNodeResult>;

/** Handlers the scheduler dispatches to; `parallel` and `join` move several tokens and live in the scheduler. */
export type THandledKind = Exclude<TNodeKind, 'parallel' | 'join' | 'start'>;
export type THandlers = { [K in THandledKind]: TNodeHandler<K> };
