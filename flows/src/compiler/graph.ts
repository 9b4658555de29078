/** The node/edge index every analysis works on: unique nodes in document order and resolved edges. */
import type { TFlowDocument, TFlowEdge, TFlowNode } from '../format/schema.ts';

/** An edge with its endpoints resolved to node positions (-1 when dangling) and its effective port. */
export type TGraphEdge = { docIndex: number; edge: TFlowEdge; from: number; to: number; port: string };

/** A node and where it sits in the document. */
export type TGraphNode = { docIndex: number; node: TFlowNode };

export type TGraph = {
  nodes: TGraphNode[];
  byId: Map<string, number>;
  edges: TGraphEdge[];
  /** Per node position: indices into `edges` leaving / entering it. */
  out: number[][];
  into: number[][];
  /** Per node position: positions of successors over resolved edges (duplicates removed). */
  succ: number[][];
  /** Nodes whose id an earlier node already has; they take no part in the graph. */
  duplicateNodes: TGraphNode[];
};

/** Builds the graph; duplicate node ids keep the first node, duplicate edge ids keep every edge. */
export function buildGraph(doc: TFlowDocument): TGraph {
  const nodes: TGraphNode[] = [];
  const byId = new Map<string, number>();
  const duplicateNodes: TGraphNode[] = [];
  doc.nodes.forEach((node, docIndex) => {
    if (byId.has(node.id)) duplicateNodes.push({ docIndex, node });
    else {
      byId.set(node.id, nodes.length);
      nodes.push({ docIndex, node });
    }
  });
  const out: number[][] = nodes.map(() => []);
  const into: number[][] = nodes.map(() => []);
  const succSets: Array<Set<number>> = nodes.map(() => new Set());
  const edges: TGraphEdge[] = doc.edges.map((edge, docIndex) => {
    const from = byId.get(edge.from) ?? -1;
    const to = byId.get(edge.to) ?? -1;
    return { docIndex, edge, from, to, port: edge.port ?? 'next' };
  });
  edges.forEach((e, i) => {
    if (e.from >= 0) out[e.from]?.push(i);
    if (e.to >= 0) into[e.to]?.push(i);
    if (e.from >= 0 && e.to >= 0) succSets[e.from]?.add(e.to);
  });
  return { nodes, byId, edges, out, into, succ: succSets.map((s) => [...s]), duplicateNodes };
}
