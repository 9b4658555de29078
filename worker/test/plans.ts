/** Hand-made execution plans for interpreter tests (independent of the compiler). */
import type { TPlan, TPlanNode, TValue } from '@switchboard/flows/plan/types';

export const lit = (v: unknown): TValue => ({ t: 'lit', v });
export const expr = (src: string): TValue => ({ t: 'expr', src });
export const obj = (fields: Record<string, TValue>): TValue => ({ t: 'obj', fields });
export const retry = { maxAttempts: 3, initialIntervalMs: 100, backoff: 1, nonRetryable: [] };

/** A plan from nodes; `start` → first listed node is added automatically. */
export function planOf(flowKey: string, nodes: TPlanNode[], extra: Partial<TPlan> = {}): TPlan {
  const first = nodes[0];
  const start: TPlanNode = { id: 'start', kind: 'start', ports: { next: first ? [first.id] : [] } };
  return {
    irVersion: 1,
    flowKey,
    name: flowKey,
    hash: `hash-${flowKey}`,
    inputSchema: {},
    parameters: {},
    startNodeId: 'start',
    nodes: Object.fromEntries([start, ...nodes].map((n) => [n.id, n])),
    subflows: [],
    ...extra,
  };
}

export const endNode = (id = 'done', result?: TValue, outcome: 'completed' | 'rejected' | 'cancelled' | 'failed' = 'completed'): TPlanNode => ({
  id,
  kind: 'end',
  outcome,
  ports: {},
  ...(result ? { result } : {}),
});
