/**
 * Turns what a run did into canvas marks: visited nodes, the edges it took (both ends visited and, when known,
 * the port it left by), and the nodes where it is now.
 */
import type { TEditorEdge, TEditorNode } from '../model/types.ts';
import type { THighlight, TMark } from '../store/store.ts';
import type { TRunPath } from './runs-api.ts';

export function pathHighlight(run: TRunPath, nodesOnCanvas: readonly TEditorNode[], edges: readonly TEditorEdge[]): THighlight {
  // Every run passes its start node, which the run's timeline may not list as a step of its own.
  const starts = run.visited.length || run.current.length ? nodesOnCanvas.filter((n) => n.type === 'start').map((n) => n.id) : [];
  const visited = new Set([...starts, ...run.visited]);
  const nodes = new Map<string, TMark>([...visited].map((id) => [id, 'path']));
  for (const id of run.current) nodes.set(id, 'current');
  const marks = new Map<string, TMark>();
  for (const e of edges) {
    if (!visited.has(e.source) || !visited.has(e.target)) continue;
    const ports = run.ports.get(e.source);
    if (!ports || ports.includes(e.sourceHandle ?? 'next')) marks.set(e.id, 'path');
  }
  return { title: 'run', nodes, edges: marks };
}
