/** Pure graph edits used by the canvas, palette, keyboard and inspector; each becomes one undo step via `edit`. */
import type { Connection, XYPosition } from '@xyflow/react';
import type { TNodeKind } from '@switchboard/flows/plan/types';
import type { TGraph } from '../model/convert.ts';
import { freshId } from '../model/ids.ts';
import type { TJsonObject } from '../model/json.ts';
import { KIND_DESCRIPTORS } from '../model/kinds.ts';
import { NEW_BRANCH, nextBranchName } from '../model/ports.ts';
import type { TEditorEdge, TEditorNode, TFlowNodeData } from '../model/types.ts';

const idsOf = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id));

export function addNode(g: TGraph, kind: TNodeKind, position: XYPosition, config?: TJsonObject, label = ''): TGraph {
  const id = freshId(kind, idsOf(g.nodes));
  const node: TEditorNode = {
    id, type: kind, position, selected: true,
    data: { label, config: config ?? KIND_DESCRIPTORS[kind].initialConfig() },
  };
  return { ...g, nodes: [...g.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), node] };
}

export function addNote(g: TGraph, position: XYPosition, text = ''): TGraph {
  const id = freshId('note', idsOf(g.nodes));
  return { ...g, nodes: [...g.nodes, { id, type: 'note', position, data: { text }, width: 220, height: 120 }] };
}

/** One edge per port (except a parallel's `next`, which forks); a new decision branch gets a fresh name. */
export function connect(g: TGraph, c: Connection): TGraph {
  const source = g.nodes.find((n) => n.id === c.source);
  if (!source || source.type === 'note' || !g.nodes.some((n) => n.id === c.target && n.type !== 'note')) return g;
  let port = c.sourceHandle ?? 'next';
  const fromSource = g.edges.filter((e) => e.source === c.source);
  if (port === NEW_BRANCH) port = nextBranchName(fromSource.map((e) => e.sourceHandle ?? 'next'));
  const forks = source.type === 'parallel';
  const kept = forks ? g.edges : g.edges.filter((e) => !(e.source === c.source && (e.sourceHandle ?? 'next') === port));
  if (forks && kept.some((e) => e.source === c.source && e.target === c.target)) return g;
  const id = freshId('e', idsOf(g.edges));
  const edge: TEditorEdge = {
    id, source: c.source, target: c.target, sourceHandle: port, targetHandle: 'in',
    data: source.type === 'decision' && port !== 'default' ? { when: '=true' } : {},
  };
  return { ...g, edges: [...kept, edge] };
}

export function updateNodeData(g: TGraph, id: string, patch: Partial<TFlowNodeData>): TGraph {
  return { ...g, nodes: g.nodes.map((n) => (n.id === id && n.type !== 'note' ? { ...n, data: { ...n.data, ...patch } } : n)) };
}

export function updateNote(g: TGraph, id: string, text: string): TGraph {
  return { ...g, nodes: g.nodes.map((n) => (n.id === id && n.type === 'note' ? { ...n, data: { text } } : n)) };
}

export function updateEdge(g: TGraph, id: string, patch: { port?: string; when?: string }): TGraph {
  return {
    ...g,
    edges: g.edges.map((e) => {
      if (e.id !== id) return e;
      const data = { ...e.data };
      if (patch.when !== undefined) data.when = patch.when;
      return { ...e, ...(patch.port !== undefined ? { sourceHandle: patch.port } : {}), data };
    }),
  };
}

/** Renames review outcomes together with the edges that leave through them. */
export function renamePort(g: TGraph, nodeId: string, from: string, to: string): TGraph {
  return { ...g, edges: g.edges.map((e) => (e.source === nodeId && e.sourceHandle === from ? { ...e, sourceHandle: to } : e)) };
}

export function deleteElements(g: TGraph, nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): TGraph {
  return {
    ...g,
    nodes: g.nodes.filter((n) => !nodeIds.has(n.id)),
    edges: g.edges.filter((e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target)),
  };
}

export function copySelection(g: TGraph): TGraph | null {
  const nodes = g.nodes.filter((n) => n.selected);
  if (!nodes.length) return null;
  const ids = idsOf(nodes);
  return { nodes, edges: g.edges.filter((e) => ids.has(e.source) && ids.has(e.target)), meta: g.meta };
}

/** Pastes with fresh ids, offset so the copy is visible, and selects what was pasted. */
export function paste(g: TGraph, clip: TGraph, offset = 40): TGraph {
  const taken = idsOf(g.nodes);
  const rename = new Map<string, string>();
  const pasted = clip.nodes.map((n) => {
    const id = freshId(n.type === 'note' ? 'note' : n.type, taken);
    taken.add(id);
    rename.set(n.id, id);
    return { ...n, id, selected: true, position: { x: n.position.x + offset, y: n.position.y + offset } };
  });
  const takenEdges = idsOf(g.edges);
  const edges = clip.edges.map((e) => {
    const id = freshId('e', takenEdges);
    takenEdges.add(id);
    return { ...e, id, source: rename.get(e.source) ?? e.source, target: rename.get(e.target) ?? e.target, selected: false };
  });
  return { ...g, nodes: [...g.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), ...pasted], edges: [...g.edges, ...edges] };
}
