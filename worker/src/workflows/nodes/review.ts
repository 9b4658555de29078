/**
 * `review`: a human decision (architecture decision 4). Entering the node resolves the assignees, registers the
 * Update routing, then opens the task row through an idempotent activity (task id = ctx.key) and parks until the `decide` Update decides it or `sla.expireAfter` passes (port
 * `expired`). SLA timers live here: reminders every `remindEvery` through the notify gateway, escalation steps that
 * add groups `after` each duration (all measured from entry). The output var gets `{ outcome, decidedBy, comment, form }`.
 */
import { ApplicationFailure, CancellationScope, condition, isCancellation, patched, proxyActivities } from '@temporalio/workflow';
import type { TTaskActivities } from '../../activities/tasks.ts';
import type { TOpenTask } from '../../activities/tasks-types.ts';
import { LiveReview, listenForChanges, ZReviewSaved, type TReviewSaved } from './review-live.ts';
import { escalate } from './review-rules.ts';
import type { TNodeContext, TNodeHandler } from './types.ts';

const acts = proxyActivities<TTaskActivities>({ startToCloseTimeout: '1 minute', retry: { maximumInterval: '30 seconds' } });

export const review: TNodeHandler<'review'> = async (ctx) => {
  const resumed = ZReviewSaved.safeParse(ctx.saved);
  const opening = resumed.success ? null : await prepareTask(ctx);
  const live = new LiveReview(resumed.success ? resumed.data : (opening?.saved ?? failNoOutcome(ctx.key)));
  // Routing first, row second: once the inbox shows the task, a decision always finds its handler.
  const stopDecisions = ctx.onDecide(live.state.taskId, { validate: (i) => live.validateDecision(i), decide: (i) => live.decide(i) });
  const stopChanges = listenForChanges(live);
  try {
    if (opening) {
      // The findings of an earlier `validate` must be stored before the inbox shows the task, or the server's
      // approval gate could judge the task on the previous report. Patched: older histories opened without it.
      if (patched('findings-before-task-open')) await ctx.flushProjection();
      await acts.taskOpen(opening.row);
    }
    await ctx.park(live.saved, () => waitForDecision(live));
    await condition(() => live.settled());
  } catch (error) {
    if (isCancellation(error) && live.state.status === 'open') {
      // A join or the end of the run took this branch away: the inbox must stop offering the task.
      await CancellationScope.nonCancellable(() =>
        live.commit({ ...live.state, status: 'cancelled' }, { key: 'cancelled', actor: 'system', action: 'task.cancelled', reason: 'the run no longer waits for this review', detail: {} }),
      );
    }
    throw error;
  } finally {
    stopDecisions();
    stopChanges();
  }
  const { state } = live;
  if (state.status === 'expired') return { port: 'expired', output: { outcome: 'expired', decidedBy: [], comment: null, form: null } };
  const outcome = state.outcome ?? failNoOutcome(state.taskId);
  const deciding = state.decisions.at(-1);
  const counted = outcome === live.rules.outcomes[0] ? state.decisions.filter((d) => d.outcome === outcome) : deciding ? [deciding] : [];
  return { port: outcome, output: { outcome, decidedBy: counted.map((d) => d.username), comment: deciding?.comment ?? null, form: deciding?.form ?? null } };
};

function failNoOutcome(taskId: string): never {
  throw ApplicationFailure.nonRetryable(`review task ${taskId} has no state or outcome`, 'ReviewInvalid');
}

/** Sleeps until the next SLA moment or a decision; fires reminders, escalations and expiry as their times come. */
async function waitForDecision(live: LiveReview): Promise<void> {
  const s = live.saved;
  for (;;) {
    const moments = [nextReminder(s), s.escalate[s.state.escalations]?.at ?? null, s.expireAt].filter((m): m is number => m !== null);
    const next = moments.length ? Math.min(...moments) : null;
    const closed = () => live.state.status !== 'open';
    if (next === null) return void (await condition(closed));
    if (await condition(closed, Math.max(1, next - Date.now()))) return;
    const now = Date.now();
    if (s.expireAt !== null && now >= s.expireAt) {
      const audit = { key: 'expired', actor: 'system', action: 'task.expired', reason: 'sla.expireAfter passed without a decision', detail: {} };
      await live.commit({ ...live.state, status: 'expired' }, audit);
      return;
    }
    const step = s.escalate[s.state.escalations];
    if (step && now >= step.at) {
      const level = s.state.escalations + 1;
      const audit = { key: `escalate:${level}`, actor: 'system', action: 'task.escalated', reason: 'SLA escalation', detail: { level, groups: step.groups } };
      await live.commit(escalate(live.state, step.groups), audit);
    }
    const reminderAt = nextReminder(s);
    if (reminderAt !== null && now >= reminderAt) {
      const reminders = s.state.reminders + 1;
      await live.commit({ ...live.state, reminders }, null);
      await live.remind(reminders);
    }
  }
}

function nextReminder(s: TReviewSaved): number | null {
  return s.remindEveryMs ? s.createdAt + (s.state.reminders + 1) * s.remindEveryMs : null;
}

async function prepareTask(ctx: TNodeContext<'review'>): Promise<{ saved: TReviewSaved; row: TOpenTask }> {
  const { node, runtime, run } = ctx;
  const now = runtime.now();
  const at = (ms: number) => now.getTime() + ms;
  const sla = node.sla;
  const ms = async (d: Parameters<typeof runtime.durationMs>[0] | undefined) => (d === undefined ? null : runtime.durationMs(d));
  const [due, remindEvery, expireAfter] = [await ms(sla?.due), await ms(sla?.remindEvery), await ms(sla?.expireAfter)];
  const escalateSteps = [];
  for (const step of sla?.escalate ?? []) escalateSteps.push({ at: at(await runtime.durationMs(step.after)), groups: step.groups });
  escalateSteps.sort((a, b) => a.at - b.at);
  const title = textOf(await runtime.evaluate(node.title)) || node.label || node.id;
  const instructions = node.instructions ? textOf(await runtime.evaluate(node.instructions)) : null;
  const refs = node.assignees.expression ? refsOf(node.id, await runtime.evaluateExpr(node.assignees.expression)) : [];
  const quorum = node.quorum?.approvals ?? 1;
  const dueAt = due === null ? null : at(due);
  const opened = await acts.taskResolve({ taskId: ctx.key, runId: run.id, groups: node.assignees.groups, users: node.assignees.users, refs });
  if (opened.groups.length + opened.users.length === 0) {
    throw ApplicationFailure.nonRetryable(`review "${node.id}" has no assignee after evaluating its assignees`, 'ReviewNoAssignee');
  }
  const sod = new Set(node.separationOfDuties);
  const row: TOpenTask = {
    taskId: ctx.key, runId: run.id, nodeId: node.id, flowKey: run.flowKey, version: run.version,
    title, instructions, outcomes: node.outcomes, form: node.form ?? null, quorum, groups: opened.groups, users: opened.users,
    createdAt: now.toISOString(), dueAt: dueAt === null ? null : new Date(dueAt).toISOString(),
    context: { initiator: run.initiator, flowAuthor: run.flowAuthor ?? null, separationOfDuties: node.separationOfDuties, isTest: run.isTest, sla: { remindEvery, expireAfter, escalate: sla?.escalate.length ?? 0 } },
  };
  const saved: TReviewSaved = {
    state: { taskId: ctx.key, status: 'open', groups: opened.groups, users: opened.users, watchers: [], claimedBy: null, people: {}, claimedAt: null, decisions: [], outcome: null, decidedAt: null, escalations: 0, reminders: 0 },
    rules: {
      outcomes: node.outcomes, quorum, form: node.form ?? null,
      barred: {
        initiator: sod.has('initiator') ? [run.initiator] : [],
        previousReviewers: sod.has('previousReviewers') ? opened.previousReviewers : [],
        flowAuthor: sod.has('flowAuthor') && run.flowAuthor ? [run.flowAuthor] : [],
      },
    },
    title, runId: run.id, nodeId: node.id, createdAt: now.getTime(), dueAt,
    remindEveryMs: remindEvery && remindEvery > 0 ? remindEvery : null,
    escalate: escalateSteps, expireAt: expireAfter === null ? null : at(expireAfter),
  };
  return { saved, row };
}

function textOf(value: unknown): string {
  return value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
}

/** The assignee expression may yield one id or a list; anything else is a flow error worth naming. */
function refsOf(nodeId: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  if (list.every((v): v is string => typeof v === 'string')) return list.filter((v) => v !== '');
  throw ApplicationFailure.nonRetryable(`review "${nodeId}": assignees.expression must yield ids (strings), got ${JSON.stringify(value)}`, 'ExpressionError');
}
