/**
 * Auto-layout with elkjs's layered algorithm, run in a web worker (elk's own worker script) so laying out a
 * 1,000-node flow never freezes the page. Ports keep their on-card order so edges leave where the labels are.
 */
import ELK, { type ElkExtendedEdge, type ElkNode } from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { XYPosition } from '@xyflow/react';
import type { TEditorEdge, TEditorNode } from '../model/types.ts';
import { isFlowNode } from '../model/types.ts';
import { portsOf } from '../model/ports.ts';

let elk: InstanceType<typeof ELK> | null = null;
const engine = () => (elk ??= new ELK({ workerFactory: () => new Worker(elkWorkerUrl) }));

const OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.spacing.nodeNodeBetweenLayers': '70',
  'elk.spacing.nodeNode': '28',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.edgeRouting': 'ORTHOGONAL',
};

export async function computeLayout(nodes: readonly TEditorNode[], edges: readonly TEditorEdge[]): Promise<Map<string, XYPosition>> {
  const flowNodes = nodes.filter(isFlowNode);
  const ids = new Set(flowNodes.map((n) => n.id));
  const children: ElkNode[] = flowNodes.map((n) => {
    const outgoing = edges.filter((e) => e.source === n.id).map((e) => e.sourceHandle ?? 'next');
    return {
      id: n.id,
      width: n.measured?.width ?? 220,
      height: n.measured?.height ?? 110,
      layoutOptions: { 'elk.portConstraints': 'FIXED_ORDER' },
      ports: [
        { id: `${n.id}::in`, layoutOptions: { 'elk.port.side': 'WEST' } },
        ...portsOf(n.type, n.data.config, outgoing).map((p, i) => ({
          id: `${n.id}::${p.name}`, layoutOptions: { 'elk.port.side': 'EAST', 'elk.port.index': String(i) },
        })),
      ],
    };
  });
  const elkEdges: ElkExtendedEdge[] = edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({ id: e.id, sources: [`${e.source}::${e.sourceHandle ?? 'next'}`], targets: [`${e.target}::in`] }));
  const result = await engine().layout({ id: 'root', layoutOptions: OPTIONS, children, edges: elkEdges });
  const out = new Map<string, XYPosition>();
  for (const c of result.children ?? []) out.set(c.id, { x: c.x ?? 0, y: c.y ?? 0 });
  return out;
}
