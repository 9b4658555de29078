/**
 * EXPR_UNKNOWN_VAR: a forward "definitely assigned" analysis. A variable is assigned at a node when every path
 * from start assigns it (intersection over incoming edges); after a join that waits for `all` branches of its
 * parallel, an assignment in any branch counts (union). Outputs are not assigned on failure ports (`error`,
 * `expired`, `timeout`). Bitsets and a worklist keep it linear in practice.
 */
import type { DiagnosticSink } from './diagnostics.ts';
import type { TGraph } from './graph.ts';
import type { TPairing } from './parallel-join.ts';
import { portsWithoutOutput } from './ports.ts';
import type { TVarRead } from './values.ts';

export type TVarFacts = { reads: TVarRead[][]; writes: string[][] };

export function checkVariables(
  graph: TGraph, start: number, reachable: Uint8Array, facts: TVarFacts, pairing: TPairing, sink: DiagnosticSink,
): void {
  const names = [...new Set(facts.writes.flat())].sort();
  const bit = new Map(names.map((name, i) => [name, i]));
  const words = Math.max(1, Math.ceil(names.length / 32));
  const n = graph.nodes.length;
  const writes = facts.writes.map((list) => setOf(list, bit, words));
  const empty = new Uint32Array(words);
  const inSets: Uint32Array[] = Array.from({ length: n }, (_, pos) => (pos === start ? new Uint32Array(words) : new Uint32Array(words).fill(0xffffffff)));
  const queue: number[] = [];
  const queued = new Uint8Array(n);
  for (const next of graph.succ[start] ?? []) { queue.push(next); queued[next] = 1; }
  for (let head = 0; head < queue.length; head += 1) {
    const pos = queue[head] ?? 0;
    queued[pos] = 0;
    if (pos === start || reachable[pos] === 0) continue;
    const node = graph.nodes[pos]?.node;
    const joinAll = node?.kind === 'join' && node.config.mode === 'all';
    const branches = joinAll ? pairing.branchNodes.get(pos) : undefined;
    const merged = branches ? mergeJoin(graph, pos, reachable, inSets, writes, branches, words) : new Uint32Array(words).fill(0xffffffff);
    // The common case, intersection over incoming edges, runs in place without allocating per edge.
    for (const ei of branches ? [] : graph.into[pos] ?? []) {
      const e = graph.edges[ei];
      if (e === undefined || e.from < 0 || reachable[e.from] === 0) continue;
      const assigned = assignedOn(graph, e.from, e.port, writes);
      const from = inSets[e.from] ?? empty;
      for (let w = 0; w < words; w += 1) merged[w] = ((merged[w] ?? 0) & (((from[w] ?? 0) | (assigned[w] ?? 0)) >>> 0)) >>> 0;
    }
    const current = inSets[pos] ?? empty;
    if (merged.every((word, w) => word === current[w])) continue;
    inSets[pos] = merged;
    for (const next of graph.succ[pos] ?? []) if (!queued[next]) { queued[next] = 1; queue.push(next); }
  }
  graph.nodes.forEach(({ node }, pos) => {
    if (reachable[pos] === 0) return;
    const reported = new Set<string>();
    for (const read of facts.reads[pos] ?? []) {
      if (reported.has(read.name)) continue;
      reported.add(read.name);
      const index = bit.get(read.name);
      const where = { nodeId: node.id, ...(read.edgeId !== undefined ? { edgeId: read.edgeId } : {}), path: read.path };
      if (index === undefined) {
        sink.add('EXPR_UNKNOWN_VAR', `vars.${read.name} is read by "${node.id}" but never assigned`, where);
      } else if ((((inSets[pos]?.[index >>> 5] ?? 0) >>> (index & 31)) & 1) === 0) {
        sink.add('EXPR_UNKNOWN_VAR', `vars.${read.name} is not assigned on every path to "${node.id}"`, where);
      }
    }
  });
}

function setOf(list: readonly string[], bit: ReadonlyMap<string, number>, words: number): Uint32Array {
  const set = new Uint32Array(words);
  for (const name of list) {
    const i = bit.get(name);
    if (i !== undefined) set[i >>> 5] = ((set[i >>> 5] ?? 0) | (1 << (i & 31))) >>> 0;
  }
  return set;
}


const NONE = new Uint32Array(0);

/** What leaving `from` through `port` assigns: its writes, except on failure ports. */
function assignedOn(graph: TGraph, from: number, port: string, writes: Uint32Array[]): Uint32Array {
  const source = graph.nodes[from]?.node;
  return source && portsWithoutOutput(source).has(port) ? NONE : (writes[from] ?? NONE);
}

function mergeJoin(
  graph: TGraph, pos: number, reachable: Uint8Array, inSets: Uint32Array[], writes: Uint32Array[], branches: Array<Set<number>>, words: number,
): Uint32Array {
  const incoming = (graph.into[pos] ?? []).flatMap((ei) => {
    const e = graph.edges[ei];
    if (e === undefined || e.from < 0 || reachable[e.from] === 0) return [];
    return [{ from: e.from, out: or(inSets[e.from] ?? NONE, assignedOn(graph, e.from, e.port, writes)) }];
  });
  return mergeIncoming(incoming, branches, words);
}

function or(a: Uint32Array, b: Uint32Array): Uint32Array {
  return a.map((word, w) => (word | (b[w] ?? 0)) >>> 0);
}

/**
 * At a join waiting for all branches: intersection within each branch and union across branches (every branch
 * has run, so what any branch definitely assigned is assigned).
 */
function and(acc: Uint32Array, x: Uint32Array): Uint32Array {
  return acc.map((word, w) => (word & (x[w] ?? 0)) >>> 0);
}

function mergeIncoming(incoming: Array<{ from: number; out: Uint32Array }>, branches: Array<Set<number>>, words: number): Uint32Array {
  const all = (): Uint32Array => new Uint32Array(words).fill(0xffffffff);
  let union: Uint32Array = new Uint32Array(words);
  let outside: Uint32Array = all();
  for (const e of incoming) if (!branches.some((b) => b.has(e.from))) outside = and(outside, e.out);
  for (const branch of branches) {
    const mine = incoming.filter((e) => branch.has(e.from));
    if (mine.length > 0) union = or(union, mine.reduce((acc, e) => and(acc, e.out), all()));
  }
  return and(union, outside);
}
