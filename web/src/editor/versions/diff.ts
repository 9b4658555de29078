/**
 * A visual diff of two flow documents: the newer graph, plus the older one's removed nodes and edges as ghosts,
 * each marked added / removed / changed (label, config or wiring), ready to show on the canvas.
 */
import { fromDocument, type TGraph } from '../model/convert.ts';
import { isFlowNode } from '../model/types.ts';
import type { TMark } from '../store/store.ts';

export type TDiff = { graph: TGraph; nodes: Map<string, TMark>; edges: Map<string, TMark>; counts: Record<'added' | 'removed' | 'changed', number> };

const nodeSig = (g: TGraph, id: string) => {
  const n = g.nodes.find((x) => x.id === id);
  return n && isFlowNode(n) ? JSON.stringify([n.type, n.data.label, n.data.config]) : '';
};
const edgeSig = (e: TGraph['edges'][number]) => JSON.stringify([e.source, e.target, e.sourceHandle ?? 'next', e.data?.when ?? null]);

export function diffDocuments(older: unknown, newer: unknown): TDiff {
  const a = fromDocument(older);
  const b = fromDocument(newer);
  const nodes = new Map<string, TMark>();
  const edges = new Map<string, TMark>();
  const aNodes = new Set(a.nodes.filter(isFlowNode).map((n) => n.id));
  const bNodes = new Set(b.nodes.filter(isFlowNode).map((n) => n.id));
  for (const id of bNodes) {
    if (!aNodes.has(id)) nodes.set(id, 'added');
    else if (nodeSig(a, id) !== nodeSig(b, id)) nodes.set(id, 'changed');
  }
  const ghosts = a.nodes.filter((n) => isFlowNode(n) && !bNodes.has(n.id));
  for (const n of ghosts) nodes.set(n.id, 'removed');
  const aEdges = new Map(a.edges.map((e) => [e.id, e]));
  const bEdgeIds = new Set(b.edges.map((e) => e.id));
  for (const e of b.edges) {
    const old = aEdges.get(e.id);
    if (!old) edges.set(e.id, 'added');
    else if (edgeSig(old) !== edgeSig(e)) edges.set(e.id, 'changed');
  }
  const ghostEdges = a.edges.filter((e) => !bEdgeIds.has(e.id));
  for (const e of ghostEdges) edges.set(e.id, 'removed');
  const count = (m: TMark) => [...nodes.values(), ...edges.values()].filter((x) => x === m).length;
  return {
    graph: { ...b, nodes: [...b.nodes, ...ghosts], edges: [...b.edges, ...ghostEdges] },
    nodes, edges, counts: { added: count('added'), removed: count('removed'), changed: count('changed') },
  };
}
