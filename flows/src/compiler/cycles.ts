/**
 * CYCLE_NO_WAIT: strongly connected components of the graph without its waiting nodes (`review`, `event`,
 * `wait`); any component with a cycle left could spin forever. Tarjan's algorithm, iterative.
 */
import { joinPath } from '../format/path.ts';
import type { DiagnosticSink } from './diagnostics.ts';
import type { TGraph } from './graph.ts';

const WAITING: ReadonlySet<string> = new Set(['review', 'event', 'wait']);
// An `end` cannot lie on a cycle (its outgoing edges are END_HAS_OUTGOING already), so it is left out too.
const LEFT_OUT: ReadonlySet<string> = new Set([...WAITING, 'end']);

/** Components (node positions, document order) that contain a cycle through no waiting node. */
export function cyclesWithoutWait(graph: TGraph): number[][] {
  const n = graph.nodes.length;
  const keep = (pos: number): boolean => !LEFT_OUT.has(graph.nodes[pos]?.node.kind ?? 'wait');
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const found: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root += 1) {
    if (index[root] !== -1 || !keep(root)) continue;
    const work: Array<{ node: number; next: number }> = [{ node: root, next: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame === undefined) break;
      const succ = graph.succ[frame.node] ?? [];
      if (frame.next < succ.length) {
        const w = succ[frame.next++] ?? 0;
        if (!keep(w)) continue;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push({ node: w, next: 0 });
        } else if (onStack[w]) low[frame.node] = Math.min(low[frame.node] ?? 0, index[w] ?? 0);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node] ?? 0, low[frame.node] ?? 0);
      if (low[frame.node] !== index[frame.node]) continue;
      const component: number[] = [];
      let w: number | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack[w] = 0;
        component.push(w);
      } while (w !== frame.node);
      const selfLoop = component.length === 1 && (graph.succ[frame.node] ?? []).includes(frame.node);
      if (component.length > 1 || selfLoop) found.push(component.sort((a, b) => a - b));
    }
  }
  return found.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}

export function reportCycles(graph: TGraph, sink: DiagnosticSink): void {
  for (const component of cyclesWithoutWait(graph)) {
    const first = graph.nodes[component[0] ?? 0];
    const ids = component.slice(0, 10).map((p) => `"${graph.nodes[p]?.node.id}"`).join(', ');
    const more = component.length > 10 ? ` and ${component.length - 10} more` : '';
    sink.add('CYCLE_NO_WAIT', `the cycle through ${ids}${more} has no review, event or wait node and could spin forever`, {
      nodeId: first?.node.id, path: joinPath('nodes', first?.docIndex ?? 0),
    });
  }
}
