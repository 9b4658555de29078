/**
 * A review task while its node waits: the state the validators read, the serialised projection writes, and the
 * routing of the two Updates. `decide` is routed by the scheduler (ctx.onDecide); `changeTask` is this module's own
 * Update, routed through a registry partitioned by workflow run id: with `reuseV8Context` module state may be
 * shared between executions on one worker, so nothing here relies on it being private.
 */
import { ApplicationFailure, currentUpdateInfo, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { z } from 'zod';
import type { TDecideInput, TDecideResult } from '../../contract.ts';
import type { TTaskActivities } from '../../activities/tasks.ts';
import { ZTaskState, type TTaskAudit, type TTaskState } from '../../activities/tasks-types.ts';
import { changeTaskUpdate, ZTaskChange, type TTaskChangeResult } from './review-messages.ts';
import { applyChange, applyDecision, changeProblem, decisionProblem, type TReviewRules } from './review-rules.ts';

const acts = proxyActivities<TTaskActivities>({ startToCloseTimeout: '1 minute', retry: { maximumInterval: '30 seconds' } });

/** What a parked review keeps (and carries over a continue-as-new): its task state, rules and SLA schedule. */
export const ZReviewSaved = z.object({
  state: ZTaskState,
  rules: z.object({
    outcomes: z.array(z.string()),
    quorum: z.number().int().positive(),
    form: z.record(z.string(), z.unknown()).nullable(),
    barred: z.object({ initiator: z.array(z.string()), previousReviewers: z.array(z.string()), flowAuthor: z.array(z.string()) }),
  }),
  title: z.string(),
  runId: z.string(),
  nodeId: z.string(),
  createdAt: z.number(),
  dueAt: z.number().nullable(),
  remindEveryMs: z.number().nullable(),
  escalate: z.array(z.object({ at: z.number(), groups: z.array(z.string()) })),
  expireAt: z.number().nullable(),
});
export type TReviewSaved = z.infer<typeof ZReviewSaved>;

const registries = new Map<string, Map<string, LiveReview>>();

function registryOfThisRun(): Map<string, LiveReview> {
  const runId = workflowInfo().runId;
  let registry = registries.get(runId);
  if (!registry) {
    registry = new Map();
    registries.set(runId, registry);
  }
  return registry;
}

export class LiveReview {
  private chain: Promise<void> = Promise.resolve();
  private inflight = 0;

  constructor(readonly saved: TReviewSaved) {}

  get state(): TTaskState {
    return this.saved.state;
  }

  get rules(): TReviewRules {
    return this.saved.rules;
  }

  /** Sets the new state and projects it; writes are chained so the row always ends at the latest state. */
  commit(state: TTaskState, audit: TTaskAudit | null): Promise<void> {
    this.saved.state = state;
    const at = new Date().toISOString();
    const write = this.chain.then(() => acts.taskSync({ state, audit, at }));
    this.chain = write.catch(() => undefined);
    return write;
  }

  /** True once no Update handler is still writing; the node leaves only then, so no reply is cut off. */
  settled(): boolean {
    return this.inflight === 0;
  }

  remind(reminder: number): Promise<number> {
    const { state, saved } = this;
    const dueAt = saved.dueAt === null ? null : new Date(saved.dueAt).toISOString();
    return acts.taskRemind({ taskId: state.taskId, runId: saved.runId, nodeId: saved.nodeId, title: saved.title, reminder, groups: state.groups, users: state.users, dueAt });
  }

  validateDecision(input: TDecideInput): void {
    const problem = decisionProblem(this.state, this.rules, input);
    if (problem) throw ApplicationFailure.create({ message: problem, type: 'DecisionRejected', nonRetryable: true });
  }

  async decide(input: TDecideInput): Promise<TDecideResult> {
    this.validateDecision(input); // the state may have moved since the validator ran
    const key = currentUpdateInfo()?.id ?? `${this.state.taskId}:${this.state.decisions.length + 1}`;
    const { actor } = input;
    const decision = { key, userId: actor.userId, username: actor.username, outcome: input.outcome, comment: input.comment, form: input.form, at: new Date().toISOString() };
    const { state, approvals } = applyDecision(this.state, this.rules, decision);
    const decided = state.status === 'decided';
    const audit = {
      key: `decide:${key}`,
      actor: actor.username,
      action: decided ? 'task.decided' : 'task.approval-recorded',
      reason: input.comment ?? null,
      detail: { outcome: input.outcome, approvals, quorum: this.rules.quorum, updateId: key, userId: actor.userId },
    };
    return this.whileInflight(async () => {
      await this.commit(state, audit);
      return decided
        ? { taskId: state.taskId, status: 'decided', outcome: input.outcome, approvals }
        : { taskId: state.taskId, status: 'recorded', approvals };
    });
  }

  async change(raw: unknown): Promise<TTaskChangeResult> {
    const change = ZTaskChange.parse(raw);
    const problem = changeProblem(this.state, change);
    if (problem) throw ApplicationFailure.create({ message: problem, type: 'ChangeRejected', nonRetryable: true });
    const state = applyChange(this.state, change, new Date().toISOString());
    const key = currentUpdateInfo()?.id ?? `${change.kind}:${Date.now()}`;
    const { kind, actor, reason, taskId, ...rest } = change;
    const audit = { key: `change:${key}`, actor: actor.username, action: `task.${kind}`, reason: reason ?? null, detail: { ...rest, updateId: key, userId: actor.userId } };
    return this.whileInflight(async () => {
      await this.commit(state, audit);
      return { taskId, groups: state.groups, users: state.users, watchers: state.watchers, claimedBy: state.claimedBy };
    });
  }

  private async whileInflight<T>(work: () => Promise<T>): Promise<T> {
    this.inflight += 1;
    try {
      return await work();
    } finally {
      this.inflight -= 1;
    }
  }
}

/** Routes `changeTask` for this task here until the returned function is called. */
export function listenForChanges(live: LiveReview): () => void {
  const registry = registryOfThisRun();
  registry.set(live.state.taskId, live);
  setHandler(changeTaskUpdate, (raw) => target(raw).change(raw), {
    validator: (raw) => {
      const change = ZTaskChange.safeParse(raw);
      if (!change.success) throw new Error(`task change is invalid: ${z.prettifyError(change.error)}`);
      const problem = changeProblem(target(raw).state, change.data);
      if (problem) throw new Error(problem);
    },
  });
  return () => {
    registry.delete(live.state.taskId);
    if (registry.size === 0) registries.delete(workflowInfo().runId);
  };
}

function target(raw: unknown): LiveReview {
  const taskId = z.object({ taskId: z.string() }).safeParse(raw);
  const live = taskId.success ? registryOfThisRun().get(taskId.data.taskId) : undefined;
  if (!live) throw new Error(`task ${taskId.success ? taskId.data.taskId : '(missing taskId)'} is not open in this run`);
  return live;
}
