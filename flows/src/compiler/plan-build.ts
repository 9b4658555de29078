/** Assembles the plan from lowered nodes, ports and the parallel/join pairing, and hashes it. */
import type { TFlowDocument } from '../format/schema.ts';
import { canonicalJson } from '../hash/canonical-json.ts';
import { sha256Hex } from '../hash/sha256.ts';
import { IR_VERSION, type TPlan, type TPlanNode } from '../plan/types.ts';
import type { TGraph } from './graph.ts';
import type { TLoweredNode } from './lower.ts';
import type { TPairing } from './parallel-join.ts';

/** The plan's shape is guaranteed by its types (tests also parse every golden plan with ZPlan). */
export function buildPlan(doc: TFlowDocument, graph: TGraph, lowered: TLoweredNode[], pairing: TPairing, start: number): TPlan {
  const id = (pos: number | undefined): string | null => (pos === undefined ? null : graph.nodes[pos]?.node.id ?? null);
  const nodes = graph.nodes.map(({ node }, pos): [string, TPlanNode] => {
    const ports: Record<string, string[]> = {};
    const byPort = new Map<string, string[]>();
    for (const ei of graph.out[pos] ?? []) {
      const e = graph.edges[ei];
      if (e === undefined || e.to < 0) continue;
      byPort.set(e.port, [...(byPort.get(e.port) ?? []), e.edge.to]);
    }
    for (const [port, targets] of byPort) Object.defineProperty(ports, port, { value: targets, enumerable: true, writable: true, configurable: true });
    const base = { id: node.id, ...(node.label !== undefined ? { label: node.label } : {}), ports };
    const body = lowered[pos] ?? { kind: 'start' as const };
    if (body.kind === 'parallel') return [node.id, { ...base, ...body, joinId: id(pairing.joinOf.get(pos)) }];
    if (body.kind === 'join') {
      return [node.id, { ...base, ...body, parallelId: id(pairing.parallelOf.get(pos)), branchCount: pairing.branchCount.get(pos) ?? 0 }];
    }
    return [node.id, { ...base, ...body }];
  });
  const parameters = Object.entries(doc.parameters ?? {}).map(([name, p]) => [name, {
    ...(p.schema !== undefined ? { schema: p.schema } : {}),
    ...(p.default !== undefined ? { default: p.default } : {}),
  }] as const);
  const subflows = [...new Set(doc.nodes.flatMap((n) => (n.kind === 'subflow' ? [n.config.flow] : [])))].sort();
  const unhashed = {
    irVersion: IR_VERSION,
    flowKey: doc.key,
    name: doc.name,
    inputSchema: doc.inputSchema ?? {},
    parameters: Object.fromEntries(parameters),
    startNodeId: id(start) ?? '',
    nodes: Object.fromEntries(nodes),
    subflows,
  };
  const { irVersion, flowKey, name, ...rest } = unhashed;
  return { irVersion, flowKey, name, hash: sha256Hex(canonicalJson(unhashed)), ...rest };
}
