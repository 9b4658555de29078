/**
 * The token scheduler (decision 2). Each live token runs in its own cancellation scope; `parallel` forks tokens,
 * `join` merges them (fork-join.ts), every other kind is one handler call (dispatch.ts) that names the port the
 * token leaves by. The run ends at the first `end` node; the other tokens are then cancelled.
 */
import type { TPlanNode } from '@switchboard/flows/plan/types';
import { ApplicationFailure, CancellationScope, isCancellation } from '@temporalio/workflow';
import type { TFlowEvent, TForkState, TResumeState, TRunFlowInput, TRunFlowResult, TToken } from '../contract.ts';
import { dispatchNode } from './dispatch.ts';
import { forkTokens, mergeArrivals, requiredArrivals } from './fork-join.ts';
import type { TDecisionTarget } from './nodes/types.ts';
import type { Projection } from './projection.ts';
import { createTokenContext } from './token-context.ts';

export type TLiveToken = { token: TToken; scope: CancellationScope; parked: boolean; cancelledByJoin: boolean };

export class Scheduler {
  readonly live = new Map<string, TLiveToken>();
  readonly forks = new Map<string, TForkState>();
  readonly decisions = new Map<string, TDecisionTarget>();
  events: TFlowEvent[];
  eventsVersion = 0;
  visits: Record<string, number>;
  sequence: number;
  findings: unknown[];
  ended: TRunFlowResult | null = null;
  /** Set once continue-as-new is decided; tokens then stop before their next event or activity. */
  freezing = false;
  failure: unknown = null;
  private readonly root = CancellationScope.current();

  constructor(
    readonly input: TRunFlowInput,
    readonly projection: Projection,
    resume: TResumeState | undefined,
  ) {
    this.events = resume?.events ?? [];
    this.visits = resume?.visits ?? {};
    this.sequence = resume?.sequence ?? 0;
    this.findings = resume?.findings ?? [];
    for (const fork of resume?.forks ?? []) this.forks.set(fork.forkId, fork);
  }

  nextId(prefix: string): string {
    this.sequence += 1;
    return `${prefix}${this.sequence}`;
  }

  position(): string[] {
    return [...new Set([...this.live.values()].map((l) => l.token.nodeId))].sort();
  }

  spawn(token: TToken): void {
    const scope = new CancellationScope({ cancellable: true, parent: this.root });
    const live: TLiveToken = { token, scope, parked: false, cancelledByJoin: false };
    this.live.set(token.id, live);
    scope
      .run(() => this.runToken(live))
      .catch((error: unknown) => {
        if (isCancellation(error) && (live.cancelledByJoin || this.ended !== null || this.failure !== null)) return;
        if (this.failure === null) this.failure = error;
      })
      .finally(() => this.live.delete(token.id));
  }

  pushEvent(event: TFlowEvent): void {
    this.events.push(event);
    this.eventsVersion += 1;
  }

  private node(id: string): TPlanNode {
    const node = this.input.plan.nodes[id];
    if (!node) throw ApplicationFailure.nonRetryable(`the plan has no node "${id}"`, 'PlanInvalid');
    return node;
  }

  private move(live: TLiveToken, node: TPlanNode, port: string): void {
    const target = node.ports[port]?.[0];
    if (target === undefined) {
      throw ApplicationFailure.nonRetryable(`node "${node.id}" left by port "${port}", which has no edge`, 'PlanInvalid');
    }
    live.token = { ...live.token, nodeId: target, saved: undefined, visit: undefined };
  }

  private async runToken(live: TLiveToken): Promise<void> {
    while (this.ended === null && this.failure === null) {
      const node = this.node(live.token.nodeId);
      this.projection.setPosition(this.position());
      switch (node.kind) {
        case 'start':
          this.move(live, node, 'next');
          break;
        case 'parallel': {
          const { fork, tokens } = forkTokens(live.token, node, this.nextId('f'), () => this.nextId('t'));
          this.forks.set(fork.forkId, fork);
          this.projection.record(node.id, { type: 'node.forked', data: { branches: tokens.length } });
          this.live.delete(live.token.id);
          for (const token of tokens) this.spawn(token);
          return;
        }
        case 'join':
          if (!this.arrive(live, node)) return;
          break;
        default: {
          const started = Date.now();
          const resumed = live.token.visit !== undefined;
          const visit = live.token.visit ?? (this.visits[node.id] ?? 0) + 1;
          this.visits[node.id] = Math.max(this.visits[node.id] ?? 0, visit);
          live.token = { ...live.token, visit };
          if (!resumed) this.projection.record(node.id, { type: 'node.entered', data: { token: live.token.id, visit } });
          const result = await dispatchNode(node, (n) => createTokenContext(this, live, n, visit));
          if ('end' in result) {
            this.projection.record(node.id, { type: 'node.left', port: result.end.outcome, durationMs: Date.now() - started });
            this.finish(result.end);
            return;
          }
          const assign = { ...result.assign, ...('output' in node && node.output && 'output' in result ? { [node.output]: result.output } : {}) };
          live.token = { ...live.token, vars: { ...live.token.vars, ...assign } };
          this.projection.record(node.id, { type: 'node.left', port: result.port, durationMs: Date.now() - started });
          this.move(live, node, result.port);
        }
      }
    }
  }

  /** A branch reaches its join; true when the token carries on (mode met), false when it stops here. */
  private arrive(live: TLiveToken, join: Extract<TPlanNode, { kind: 'join' }>): boolean {
    const entry = [...live.token.forks].reverse().find((f) => f.joinId === join.id || f.parallelId === join.parallelId);
    const fork = entry ? this.forks.get(entry.forkId) : undefined;
    if (!entry || !fork) throw ApplicationFailure.nonRetryable(`join "${join.id}" reached by a path that did not start at its parallel`, 'PlanInvalid');
    this.live.delete(live.token.id);
    if (fork.done) {
      this.projection.record(join.id, { type: 'branch.late', data: { token: live.token.id, branch: entry.branch } });
      return false;
    }
    fork.arrived.push({ branch: entry.branch, vars: live.token.vars });
    this.projection.record(join.id, { type: 'branch.arrived', data: { branch: entry.branch, arrived: fork.arrived.length } });
    if (fork.arrived.length < requiredArrivals(join, fork.branches)) return false;
    fork.done = true;
    for (const other of this.live.values()) {
      if (other.token.forks.some((f) => f.forkId === fork.forkId)) {
        other.cancelledByJoin = true;
        this.projection.record(other.token.nodeId, { type: 'branch.cancelled', data: { token: other.token.id } });
        other.scope.cancel();
      }
    }
    const forks = live.token.forks.slice(0, live.token.forks.indexOf(entry));
    live.token = { ...live.token, vars: mergeArrivals(fork), forks };
    this.forks.delete(fork.forkId);
    this.live.set(live.token.id, live);
    this.move(live, join, 'next');
    return true;
  }

  private finish(end: TRunFlowResult): void {
    this.ended = end;
    for (const other of this.live.values()) other.scope.cancel();
  }
}
