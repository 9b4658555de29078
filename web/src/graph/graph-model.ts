/**
 * Reads the nodes and edges a read-only graph needs out of a flow document (outside data: read defensively) and
 * places nodes without positions by longest-path layering, so a hand-written flow still draws legibly.
 */
export type TGraphNode = { id: string; kind: string; label: string; x: number; y: number };
export type TGraphEdge = { id: string; from: string; to: string; port: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const COL = 230;
const ROW = 110;

export type TGraph = { nodes: TGraphNode[]; edges: TGraphEdge[]; vertical: boolean };

export function graphOf(document: unknown): TGraph {
  if (!isRecord(document)) return { nodes: [], edges: [], vertical: false };
  const rawNodes = Array.isArray(document.nodes) ? document.nodes.filter(isRecord) : [];
  const rawEdges = Array.isArray(document.edges) ? document.edges.filter(isRecord) : [];
  const edges: TGraphEdge[] = rawEdges.flatMap((e, i) =>
    typeof e.from === 'string' && typeof e.to === 'string'
      ? [{ id: typeof e.id === 'string' ? e.id : `e${i}`, from: e.from, to: e.to, port: typeof e.port === 'string' ? e.port : 'next' }]
      : [],
  );
  const depth = layerDepths(rawNodes.flatMap((n) => (typeof n.id === 'string' ? [n.id] : [])), edges);
  const perLayer = new Map<number, number>();
  const nodes = rawNodes.flatMap((n): TGraphNode[] => {
    if (typeof n.id !== 'string') return [];
    const kind = typeof n.kind === 'string' ? n.kind : 'unknown';
    const label = typeof n.label === 'string' && n.label ? n.label : n.id;
    const pos = isRecord(n.position) && typeof n.position.x === 'number' && typeof n.position.y === 'number' ? n.position : null;
    if (pos) return [{ id: n.id, kind, label, x: Number(pos.x), y: Number(pos.y) }];
    const layer = depth.get(n.id) ?? 0;
    const row = perLayer.get(layer) ?? 0;
    perLayer.set(layer, row + 1);
    return [{ id: n.id, kind, label, x: layer * COL, y: row * ROW }];
  });
  return { nodes, edges, vertical: spread(nodes, 'y') > spread(nodes, 'x') };
}

/** Drawn top-down or left-right, whichever way the author laid the flow out. */
function spread(nodes: TGraphNode[], axis: 'x' | 'y') {
  const v = nodes.map((n) => n[axis]);
  return v.length ? Math.max(...v) - Math.min(...v) : 0;
}

/** Longest distance from a root, ignoring back edges (cycles of reopen loops) so the walk ends. */
function layerDepths(ids: string[], edges: TGraphEdge[]) {
  const out = new Map<string, string[]>();
  const indeg = new Map(ids.map((id) => [id, 0]));
  for (const e of edges) {
    out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
    indeg.set(e.to, (indeg.get(e.to) ?? 0) + 1);
  }
  const depth = new Map<string, number>();
  const visit = (id: string, d: number, path: Set<string>) => {
    if (path.has(id) || (depth.get(id) ?? -1) >= d) return;
    depth.set(id, d);
    path.add(id);
    for (const next of out.get(id) ?? []) visit(next, d + 1, path);
    path.delete(id);
  };
  const roots = ids.filter((id) => (indeg.get(id) ?? 0) === 0);
  for (const r of roots.length ? roots : ids.slice(0, 1)) visit(r, 0, new Set());
  return depth;
}
