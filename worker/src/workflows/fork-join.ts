/**
 * `parallel` and `join`. A parallel forks one token per outgoing edge, each with its own copy of the variables.
 * Merge rule at the join (explicit, independent of timing): start from the variables the parallel forked with,
 * then apply each arrived branch's changes (keys it added or changed) in branch order, i.e. the order of the
 * parallel's edges; when two branches change the same variable, the later branch in edge order wins. Branches
 * cancelled because the join's mode was met contribute nothing.
 */
import type { TPlanNodeOf } from '@switchboard/flows/plan/types';
import { z } from 'zod';
import type { TForkState, TToken } from '../contract.ts';

const ZVars = z.record(z.string(), z.unknown());

/** Variables are JSON (inputs, activity outputs, expression results); a JSON copy gives each branch its own. */
export function copyVars(vars: Record<string, unknown>): Record<string, unknown> {
  return ZVars.parse(JSON.parse(JSON.stringify(vars)));
}

export function forkTokens(parent: TToken, node: TPlanNodeOf<'parallel'>, forkId: string, newId: () => string): { fork: TForkState; tokens: TToken[] } {
  const targets = node.ports.next ?? [];
  const fork: TForkState = { forkId, parallelId: node.id, joinId: node.joinId, base: copyVars(parent.vars), branches: targets.length, arrived: [], done: false };
  const tokens = targets.map((target, branch) => ({
    id: newId(),
    nodeId: target,
    vars: copyVars(parent.vars),
    forks: [...parent.forks, { forkId, parallelId: node.id, joinId: node.joinId, branch }],
  }));
  return { fork, tokens };
}

export function requiredArrivals(join: TPlanNodeOf<'join'>, branches: number): number {
  const mode = join.mode;
  if (mode === 'all') return branches;
  if (mode === 'any') return Math.min(1, branches);
  return Math.min(mode.atLeast, branches);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function mergeArrivals(fork: TForkState): Record<string, unknown> {
  const merged = copyVars(fork.base);
  for (const { vars } of [...fork.arrived].sort((a, b) => a.branch - b.branch)) {
    for (const [key, value] of Object.entries(vars)) {
      if (!same(value, fork.base[key])) merged[key] = value;
    }
  }
  return merged;
}
