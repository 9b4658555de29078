/** NODE_UNREACHABLE: nodes no path from `start` reaches (breadth-first, iterative). */
import { joinPath } from '../format/path.ts';
import type { DiagnosticSink } from './diagnostics.ts';
import type { TGraph } from './graph.ts';

/** Marks the nodes reachable from `start` (a node position). */
export function reachableFrom(graph: TGraph, start: number): Uint8Array {
  const seen = new Uint8Array(graph.nodes.length);
  const queue = [start];
  seen[start] = 1;
  for (let head = 0; head < queue.length; head += 1) {
    for (const next of graph.succ[queue[head] ?? 0] ?? []) {
      if (seen[next] === 0) {
        seen[next] = 1;
        queue.push(next);
      }
    }
  }
  return seen;
}

/** Reports every node that `reachable` does not mark. */
export function reportUnreachable(graph: TGraph, reachable: Uint8Array, sink: DiagnosticSink): void {
  graph.nodes.forEach(({ node, docIndex }, pos) => {
    if (reachable[pos] === 0) {
      sink.add('NODE_UNREACHABLE', `no path from start reaches node "${node.id}"`, { nodeId: node.id, path: joinPath('nodes', docIndex) });
    }
  });
}
