/**
 * Pairs each `parallel` with the `join` where its branches meet, and reports JOIN_UNMATCHED.
 * From every branch a search walks forward counting nesting: entering another parallel goes one level deeper,
 * a join at a deeper level closes that level, and a join reached at level 0 is where this branch meets.
 * The paired join is the one most branches reach (at least two); every branch must reach it.
 */
import { joinPath } from '../format/path.ts';
import type { DiagnosticSink } from './diagnostics.ts';
import type { TGraph } from './graph.ts';

/** Pairing result, by node position. */
export type TPairing = {
  joinOf: Map<number, number>;
  parallelOf: Map<number, number>;
  branchCount: Map<number, number>;
  /** For a paired join: the nodes each branch of its parallel visits on the way (for the variable analysis). */
  branchNodes: Map<number, Array<Set<number>>>;
};

/** Work units (edge visits) the pairing may spend before reporting FLOW_TOO_COMPLEX. */
export const PAIRING_BUDGET = 2_000_000;
/** Deepest nesting of parallels followed; deeper structures are not flows people draw. */
const MAX_NESTING = 64;

const where = (graph: TGraph, pos: number) => {
  const entry = graph.nodes[pos];
  return { nodeId: entry?.node.id, path: joinPath('nodes', entry?.docIndex ?? 0) };
};

export function pairParallels(graph: TGraph, sink: DiagnosticSink): TPairing {
  const pairing: TPairing = { joinOf: new Map(), parallelOf: new Map(), branchCount: new Map(), branchNodes: new Map() };
  const kind = (pos: number) => graph.nodes[pos]?.node.kind;
  const parallels = graph.nodes.flatMap((_, pos) => (kind(pos) === 'parallel' ? [pos] : []));
  const maxDepth = Math.min(parallels.length, MAX_NESTING);
  const claimed = new Set<number>();
  let budget = PAIRING_BUDGET;
  for (const p of parallels) {
    const id = graph.nodes[p]?.node.id;
    const branches = (graph.out[p] ?? []).map((i) => graph.edges[i]).filter((e) => e !== undefined && e.to >= 0);
    const reached = branches.map(() => new Set<number>());
    const visited = branches.map(() => new Set<number>());
    branches.forEach((branch, b) => {
      const seen = new Set<number>();
      const queue: Array<[number, number]> = [[branch?.to ?? 0, 0]];
      for (let head = 0; head < queue.length && budget >= 0; head += 1) {
        const [node, depth] = queue[head] ?? [0, 0];
        if (node === p) continue;
        visited[b]?.add(node);
        let nextDepth = depth;
        if (kind(node) === 'join') {
          if (depth === 0) {
            reached[b]?.add(node);
            continue;
          }
          nextDepth = depth - 1;
        } else if (kind(node) === 'parallel') nextDepth = depth + 1;
        if (nextDepth > maxDepth) continue;
        const successors = graph.succ[node] ?? [];
        budget -= successors.length + 1;
        for (const next of successors) {
          const key = next * (maxDepth + 1) + nextDepth;
          if (!seen.has(key)) {
            seen.add(key);
            queue.push([next, nextDepth]);
          }
        }
      }
    });
    if (budget < 0) {
      sink.add('FLOW_TOO_COMPLEX', 'the parallel/join structure is too large to analyse', where(graph, p));
      return pairing;
    }
    // Joins only this (already reported) parallel reaches are part of the same defect: not reported again.
    const claimAll = () => reached.forEach((set) => set.forEach((j) => claimed.add(j)));
    if (branches.length < 2) {
      claimAll();
      sink.add('JOIN_UNMATCHED', `parallel "${id}" needs two or more branches that meet at a join`, where(graph, p));
      continue;
    }
    const counts = new Map<number, number>();
    for (const set of reached) for (const j of set) counts.set(j, (counts.get(j) ?? 0) + 1);
    let best = -1;
    for (const [j, count] of counts) if (count >= 2 && (best < 0 || count > (counts.get(best) ?? 0) || (count === counts.get(best) && j < best))) best = j;
    if (best < 0) {
      claimAll();
      // A join that one branch reaches is where the others were meant to arrive: the defect is reported there.
      for (const j of [...counts.keys()].sort((a, b) => a - b)) {
        sink.add('JOIN_UNMATCHED', `join "${graph.nodes[j]?.node.id}" is reached by only one branch of parallel "${id}"`, where(graph, j));
      }
      if (counts.size === 0) sink.add('JOIN_UNMATCHED', `the branches of parallel "${id}" never meet at a join`, where(graph, p));
      continue;
    }
    const owner = pairing.parallelOf.get(best);
    if (owner !== undefined) {
      claimAll();
      sink.add('JOIN_UNMATCHED', `parallel "${id}" meets at join "${graph.nodes[best]?.node.id}", which already closes parallel "${graph.nodes[owner]?.node.id}"`, where(graph, p));
      continue;
    }
    pairing.joinOf.set(p, best);
    pairing.parallelOf.set(best, p);
    pairing.branchCount.set(best, counts.get(best) ?? 0);
    pairing.branchNodes.set(best, visited);
    branches.forEach((branch, b) => {
      if (branch && !reached[b]?.has(best)) {
        reached[b]?.forEach((j) => claimed.add(j));
        sink.add('JOIN_UNMATCHED', `branch "${branch.edge.id}" of parallel "${id}" never reaches join "${graph.nodes[best]?.node.id}"`, { ...where(graph, p), edgeId: branch.edge.id, path: joinPath('edges', branch.docIndex) });
      }
    });
  }
  graph.nodes.forEach(({ node }, pos) => {
    if (node.kind === 'join' && !pairing.parallelOf.has(pos) && !claimed.has(pos)) {
      sink.add('JOIN_UNMATCHED', `join "${node.id}" is not reached by two or more branches of one parallel`, where(graph, pos));
    }
  });
  return pairing;
}
