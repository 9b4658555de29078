/** Builds the context a node handler receives for one token at one node (see nodes/types.ts). */
import type { TNodeKind, TPlanNodeOf } from '@switchboard/flows/plan/types';
import { condition, proxyActivities } from '@temporalio/workflow';
import type { TFlowEvent } from '../contract.ts';
import { createRuntime } from './runtime.ts';
import type { TLiveToken, Scheduler } from './scheduler.ts';
import type { TActivityCallOptions, TNodeContext } from './nodes/types.ts';

const DEFAULT_TIMEOUT_MS = 5 * 60_000;
type TAnyActivities = Record<string, (input: unknown) => Promise<unknown>>;

export function createTokenContext<K extends TNodeKind>(s: Scheduler, live: TLiveToken, node: TPlanNodeOf<K>, visit: number): TNodeContext<K> {
  const { input, projection } = s;
  const vars = live.token.vars;
  const runtime = createRuntime({ input: input.input, vars, params: input.params, run: input.run });
  let calls = 0;

  async function activity(type: string, payload: unknown, options: TActivityCallOptions = {}): Promise<unknown> {
    calls += 1;
    const proxies = proxyActivities<TAnyActivities>({
      taskQueue: options.taskQueue,
      startToCloseTimeout: options.startToCloseTimeoutMs ?? DEFAULT_TIMEOUT_MS,
      ...(options.heartbeatTimeoutMs ? { heartbeatTimeout: options.heartbeatTimeoutMs } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
      // The activity id is the idempotency key's tail: (node, visit, call) is stable across attempts and replays.
      activityId: `${node.id}:${visit}:${options.callKey ?? calls}`,
    });
    await condition(() => !s.freezing);
    const fn = proxies[type];
    if (!fn) throw new Error(`no proxy for activity ${type}`);
    void projection.flush();
    return fn(payload);
  }

  async function park<T>(saved: unknown, wait: () => Promise<T>): Promise<T> {
    live.token = { ...live.token, saved };
    live.parked = true;
    projection.setPosition(s.position());
    void projection.flush();
    try {
      return await wait();
    } finally {
      live.parked = false;
    }
  }

  async function nextEvent(name: string, accept: (e: TFlowEvent) => Promise<boolean>, timeoutMs?: number): Promise<TFlowEvent | null> {
    const deadline = timeoutMs === undefined ? null : Date.now() + timeoutMs;
    for (;;) {
      await condition(() => !s.freezing);
      const seen = s.eventsVersion;
      for (const event of [...s.events]) {
        if (event.name !== name || !(await accept(event))) continue;
        const at = s.events.indexOf(event);
        if (at < 0 || s.freezing) continue; // taken by another token, or the run is moving to a new execution
        s.events.splice(at, 1);
        return event;
      }
      if (deadline === null) await condition(() => s.eventsVersion !== seen);
      else if (!(await condition(() => s.eventsVersion !== seen, Math.max(1, deadline - Date.now())))) return null;
    }
  }

  return {
    node,
    plan: input.plan,
    run: input.run,
    vars,
    runtime,
    visit,
    key: `${input.run.id}:${node.id}:${visit}`,
    activity,
    record: async (event) => projection.record(node.id, event),
    park,
    saved: live.token.saved,
    nextEvent,
    onDecide: (taskId, target) => {
      s.decisions.set(taskId, target);
      return () => s.decisions.delete(taskId);
    },
    addFindings: (findings) => {
      s.findings = [...s.findings, ...findings];
      projection.setFindings(s.findings);
    },
    flushProjection: () => projection.flush(),
  };
}
