/**
 * `runFlow`: the one interpreter workflow (decision 1). It validates its input, wires the `event` signal, the
 * `decide` update and the `state` query, runs the token scheduler, continues-as-new when Temporal suggests it
 * while every token is parked, and projects the run's start and end into Postgres.
 */
import {
  allHandlersFinished,
  ApplicationFailure,
  CancellationScope,
  condition,
  ContinueAsNew,
  continueAsNew,
  isCancellation,
  log,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import { z } from 'zod';
import {
  decideUpdate,
  eventSignal,
  stateQuery,
  ZDecideInput,
  ZFlowEvent,
  ZRunFlowInput,
  type TResumeState,
  type TRunFlowInput,
  type TRunFlowResult,
} from '../contract.ts';
import { describeFailure } from './nodes/failure.ts';
import { Projection } from './projection.ts';
import { Scheduler } from './scheduler.ts';

export async function runFlow(raw: TRunFlowInput): Promise<TRunFlowResult> {
  const parsed = ZRunFlowInput.safeParse(raw);
  if (!parsed.success) throw ApplicationFailure.nonRetryable(`runFlow input is invalid: ${z.prettifyError(parsed.error)}`, 'InvalidInput');
  const input = parsed.data;
  let sequence = input.resume?.sequence ?? 0;
  const projection = new Projection(input.run, () => `e${input.resume?.generation ?? 0}-${(sequence += 1)}`);
  const scheduler = new Scheduler(input, projection, input.resume);
  wireHandlers(scheduler);

  if (!input.resume) {
    projection.start(input.plan.hash, input.input);
    projection.record(null, { type: 'run.started', data: { version: input.run.version } });
    scheduler.spawn({ id: scheduler.nextId('t'), nodeId: input.plan.startNodeId, vars: {}, forks: [] });
  } else {
    for (const token of input.resume.tokens) scheduler.spawn(token);
  }

  try {
    await condition(() => scheduler.ended !== null || scheduler.failure !== null || scheduler.live.size === 0 || shouldContinueAsNew(input, scheduler));
    if (scheduler.failure !== null) throw scheduler.failure;
    if (scheduler.ended === null && scheduler.live.size > 0) {
      // Freeze first: no token may consume an event or start an activity while the projection is flushed and
      // update handlers finish, or that step would be lost (or done twice) across the continue-as-new.
      scheduler.freezing = true;
      await projection.flush();
      await condition(allHandlersFinished);
      if (scheduler.failure !== null) throw scheduler.failure;
      if (scheduler.ended === null) return await continueAsNew<typeof runFlow>({ ...input, resume: resumeState(scheduler, input.resume) });
    }
    const end = scheduler.ended ?? failNoEnd();
    await projection.end({ status: 'completed', outcome: end.outcome, result: end.result, error: null });
    return end;
  } catch (error) {
    if (error instanceof ContinueAsNew) throw error;
    if (isCancellation(error)) {
      await CancellationScope.nonCancellable(() => projection.end({ status: 'cancelled', outcome: 'cancelled', result: null, error: 'cancelled by request' }));
      throw error;
    }
    const { message, type } = describeFailure(error);
    log.warn('run failed', { runId: input.run.id, message });
    await projection.end({ status: 'failed', outcome: null, result: null, error: message });
    throw ApplicationFailure.nonRetryable(message, type);
  }
}

function failNoEnd(): never {
  throw ApplicationFailure.nonRetryable('every path stopped before reaching an end node', 'NoEnd');
}

function shouldContinueAsNew(input: TRunFlowInput, s: Scheduler): boolean {
  if (s.live.size === 0 || ![...s.live.values()].every((l) => l.parked)) return false;
  const info = workflowInfo();
  return info.continueAsNewSuggested || (input.continueAsNewAt !== undefined && info.historyLength >= input.continueAsNewAt);
}

function resumeState(s: Scheduler, previous: TResumeState | undefined): TResumeState {
  return {
    tokens: [...s.live.values()].map((l) => l.token),
    forks: [...s.forks.values()],
    events: s.events,
    visits: s.visits,
    sequence: s.sequence,
    findings: s.findings,
    generation: (previous?.generation ?? 0) + 1,
  };
}

function wireHandlers(s: Scheduler): void {
  setHandler(eventSignal, (raw) => {
    const event = ZFlowEvent.safeParse(raw);
    if (event.success) s.pushEvent(event.data);
    else log.warn('ignored a malformed event signal', { issues: event.error.issues.length });
  });
  setHandler(stateQuery, () => ({
    position: s.position(),
    vars: Object.assign({}, ...[...s.live.values()].map((l) => l.token.vars)),
    status: s.failure !== null ? 'failed' : s.ended !== null ? 'completed' : 'running',
  }));
  setHandler(
    decideUpdate,
    async (raw) => {
      const input = ZDecideInput.parse(raw);
      // A review opens its task row (activity) before it can take decisions; a decision sent in that short
      // window waits here for the review to be ready instead of being refused.
      await condition(() => s.decisions.has(input.taskId) || !openingReview(s, input.taskId), '1 minute');
      const target = s.decisions.get(input.taskId);
      if (!target) throw ApplicationFailure.nonRetryable(`task ${input.taskId} is no longer open`, 'TaskClosed');
      target.validate(input);
      return target.decide(input);
    },
    {
      validator: (raw) => {
        const input = ZDecideInput.safeParse(raw);
        if (!input.success) throw new Error(`decision is invalid: ${z.prettifyError(input.error)}`);
        const target = s.decisions.get(input.data.taskId);
        if (target) target.validate(input.data);
        else if (!openingReview(s, input.data.taskId)) throw new Error(`task ${input.data.taskId} is not open in this run`);
      },
    },
  );
}

/** True when `taskId` (`<runId>:<nodeId>:<visit>`) names the visit of a review a token is entering right now. */
function openingReview(s: Scheduler, taskId: string): boolean {
  const prefix = `${s.input.run.id}:`;
  if (!taskId.startsWith(prefix)) return false;
  const rest = taskId.slice(prefix.length);
  const cut = rest.lastIndexOf(':');
  const nodeId = rest.slice(0, cut);
  const visit = Number(rest.slice(cut + 1));
  return [...s.live.values()].some((l) => l.token.nodeId === nodeId && l.token.visit === visit && s.input.plan.nodes[nodeId]?.kind === 'review');
}
