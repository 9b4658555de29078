/**
 * Structural checks on ids, starts, edges and ports. Precedence (spec): an edge leaving an `end` gets only
 * END_HAS_OUTGOING; a decision without `default` gets only DECISION_DEFAULT_MISSING; a node with no outgoing
 * edge at all gets only NODE_DEAD_END (its unrouted ports are the same defect), and a node with an edge on an
 * unknown port gets PORT_UNKNOWN but not PORT_UNROUTED (the edge is the missing port, misspelt).
 */
import { joinPath } from '../format/path.ts';
import type { DiagnosticSink } from './diagnostics.ts';
import type { TGraph, TGraphEdge } from './graph.ts';
import { portsOf } from './ports.ts';

const nodePath = (docIndex: number): string => joinPath('nodes', docIndex);
const edgePath = (docIndex: number, field: string): string => joinPath('edges', docIndex, field);

/** Runs the structural checks; returns the positions of the start nodes. */
export function checkStructure(graph: TGraph, sink: DiagnosticSink): number[] {
  for (const { docIndex, node } of graph.duplicateNodes) {
    sink.add('ID_DUPLICATE', `node id "${node.id}" is used by more than one node`, { nodeId: node.id, path: joinPath(nodePath(docIndex), 'id') });
  }
  const starts = graph.nodes.flatMap((n, pos) => (n.node.kind === 'start' ? [pos] : []));
  if (starts.length === 0) sink.add('START_MISSING', 'the flow has no start node', { path: 'nodes' });
  for (const pos of starts.slice(1)) {
    const n = graph.nodes[pos];
    sink.add('START_MULTIPLE', 'the flow has more than one start node', { nodeId: n?.node.id, path: nodePath(n?.docIndex ?? 0) });
  }
  const edgeIds = new Set<string>();
  const repeated = new Set<TGraphEdge>();
  for (const e of graph.edges) {
    if (edgeIds.has(e.edge.id)) {
      repeated.add(e);
      sink.add('ID_DUPLICATE', `edge id "${e.edge.id}" is used by more than one edge`, { ...edgeWhere(graph, e), path: edgePath(e.docIndex, 'id') });
    }
    edgeIds.add(e.edge.id);
    checkEdge(graph, e, sink);
  }
  graph.nodes.forEach((_, pos) => checkPorts(graph, pos, repeated, sink));
  return starts;
}

function edgeWhere(graph: TGraph, e: TGraphEdge): { edgeId: string; nodeId?: string } {
  return e.from >= 0 ? { edgeId: e.edge.id, nodeId: graph.nodes[e.from]?.node.id } : { edgeId: e.edge.id };
}

function checkEdge(graph: TGraph, e: TGraphEdge, sink: DiagnosticSink): void {
  const where = edgeWhere(graph, e);
  if (e.from < 0 || e.to < 0) {
    const field = e.from < 0 ? 'from' : 'to';
    sink.add('EDGE_DANGLING', `edge "${e.edge.id}" ${field} "${e.edge[field]}" names no node`, { ...where, path: edgePath(e.docIndex, field) });
    // Leaving an end is a second, independent defect: pointing the edge at a real node would not cure it.
    if (e.from >= 0 && graph.nodes[e.from]?.node.kind === 'end') endHasOutgoing(e, where, sink);
    return;
  }
  const source = graph.nodes[e.from]?.node;
  if (source === undefined) return;
  if (source.kind === 'end') {
    endHasOutgoing(e, where, sink);
    return;
  }
  if (source.kind === 'decision') {
    const hasDefault = (graph.out[e.from] ?? []).some((i) => graph.edges[i]?.port === 'default');
    checkDecisionEdge(e, where, hasDefault, sink);
    return;
  }
  if (e.edge.when !== undefined) {
    sink.add('FORMAT_INVALID', `edge "${e.edge.id}": "when" is allowed only on edges leaving a decision`, { ...where, path: edgePath(e.docIndex, 'when') });
  }
  const allowed = portsOf(source).allowed;
  if (allowed !== null && !allowed.has(e.port)) {
    const known = [...allowed].map((p) => `"${p}"`).join(', ');
    sink.add('PORT_UNKNOWN', `node "${source.id}" (${source.kind}) has no port "${e.port}"; its ports: ${known}`, { ...where, path: edgePath(e.docIndex, 'port') });
  }
}

function endHasOutgoing(e: TGraphEdge, where: { edgeId: string; nodeId?: string }, sink: DiagnosticSink): void {
  sink.add('END_HAS_OUTGOING', `end node "${where.nodeId ?? ''}" has an outgoing edge "${e.edge.id}"`, { ...where, path: edgePath(e.docIndex, 'from') });
}

/** Without any default edge, an edge lacking `when` is most likely the default unlabelled: DECISION_DEFAULT_MISSING alone. */
function checkDecisionEdge(e: TGraphEdge, where: { edgeId: string; nodeId?: string }, hasDefault: boolean, sink: DiagnosticSink): void {
  if (e.port === 'default' && e.edge.when !== undefined) {
    sink.add('FORMAT_INVALID', `edge "${e.edge.id}": the default edge of a decision has no "when"`, { ...where, path: edgePath(e.docIndex, 'when') });
  } else if (e.port !== 'default' && e.edge.when === undefined && hasDefault) {
    sink.add('FORMAT_INVALID', `edge "${e.edge.id}": a decision edge other than "default" needs "when"`, { ...where, path: edgePath(e.docIndex, 'when') });
  }
}

/** `repeated`: edges whose id an earlier edge has (ID_DUPLICATE); a copied edge is not also a second edge on its port. */
/** Where a required port comes from: the review outcome, the event timeout, the SLA expiry, else the node. */
function portPath({ node, docIndex }: TGraph['nodes'][number], port: string): string {
  const config = joinPath(nodePath(docIndex), 'config');
  if (node.kind === 'review' && node.config.outcomes.includes(port)) return joinPath(config, 'outcomes', node.config.outcomes.indexOf(port));
  if (node.kind === 'review' && port === 'expired') return joinPath(config, 'sla', 'expireAfter');
  if (node.kind === 'event' && port === 'timeout') return joinPath(config, 'timeout');
  return nodePath(docIndex);
}

function checkPorts(graph: TGraph, pos: number, repeated: ReadonlySet<TGraphEdge>, sink: DiagnosticSink): void {
  const entry = graph.nodes[pos];
  if (entry === undefined) return;
  const { node, docIndex } = entry;
  const outgoing = (graph.out[pos] ?? []).map((i) => graph.edges[i]).filter((e): e is TGraphEdge => e !== undefined);
  if (node.kind === 'end') return;
  if (outgoing.length === 0) {
    sink.add('NODE_DEAD_END', `node "${node.id}" (${node.kind}) has no outgoing edge`, { nodeId: node.id, path: nodePath(docIndex) });
    return;
  }
  const byPort = new Map<string, TGraphEdge[]>();
  for (const e of outgoing) byPort.set(e.port, [...(byPort.get(e.port) ?? []), e]);
  if (node.kind === 'decision') {
    const defaults = byPort.get('default') ?? [];
    if (defaults.length === 0) {
      sink.add('DECISION_DEFAULT_MISSING', `decision "${node.id}" has no "default" edge`, { nodeId: node.id, path: nodePath(docIndex) });
    }
    for (const extra of defaults.slice(1)) {
      sink.add('FORMAT_INVALID', `decision "${node.id}" has more than one "default" edge`, { nodeId: node.id, edgeId: extra.edge.id, path: edgePath(extra.docIndex, 'port') });
    }
    return;
  }
  const spec = portsOf(node);
  // An edge on an unknown port is most likely a missing port misspelt: that defect is PORT_UNKNOWN alone. One
  // misspelt edge stands in for at most one missing port, so when more ports are missing than edges are misspelt
  // the typos cannot explain them all and every unrouted port is reported (we cannot tell which one was meant).
  const misspelt = spec.allowed === null ? 0 : outgoing.filter((e) => !spec.allowed?.has(e.port)).length;
  const unrouted = spec.required.filter((port) => !byPort.has(port));
  if (unrouted.length > misspelt) {
    for (const port of unrouted) {
      sink.add('PORT_UNROUTED', `port "${port}" of node "${node.id}" (${node.kind}) has no edge`, { nodeId: node.id, path: portPath(entry, port) });
    }
  }
  if (node.kind === 'parallel') return;
  for (const [port, list] of byPort) {
    if (spec.allowed !== null && !spec.allowed.has(port)) continue;
    for (const extra of list.filter((e) => !repeated.has(e)).slice(1)) {
      sink.add('PORT_MULTIPLE', `port "${port}" of node "${node.id}" has more than one edge; fork with a parallel node`, { nodeId: node.id, edgeId: extra.edge.id, path: edgePath(extra.docIndex, 'port') });
    }
  }
}
