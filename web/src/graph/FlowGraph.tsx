/**
 * A read-only drawing of a flow version with where the run is now (and where it has been). Used in the inbox
 * detail and the run page; loaded lazily because React Flow is the biggest dependency outside the editor.
 */
import { Background, Controls, Handle, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { graphOf } from './graph-model.ts';
import '../styles/graph.css';

type TData = { label: string; kind: string; state: 'current' | 'visited' | 'idle'; vertical: boolean };
type TFlowNode = Node<TData, 'step'>;

const StepNode = memo(function StepNode({ data }: NodeProps<TFlowNode>) {
  const { t } = useTranslation();
  return (
    <div className={`gnode gnode-${data.kind} is-${data.state}`} data-state={data.state}>
      <Handle type="target" position={data.vertical ? Position.Top : Position.Left} isConnectable={false} />
      <span className="gnode-kind">{t(`nodeKind.${data.kind}`, { defaultValue: data.kind })}</span>
      <span className="gnode-label">{data.label}</span>
      <Handle type="source" position={data.vertical ? Position.Bottom : Position.Right} isConnectable={false} />
    </div>
  );
});
const nodeTypes = { step: StepNode };

type TProps = { document: unknown; position: string[]; visited?: string[]; height?: number };

const NONE: string[] = [];

export default function FlowGraph({ document, position, visited = NONE, height = 260 }: TProps) {
  const { t } = useTranslation();
  const { nodes, edges, focus } = useMemo(() => {
    const g = graphOf(document);
    // Runs record no event for the start node; once a run has moved at all, it has been through start.
    const moved = visited.length > 0 || position.length > 0;
    const starts = moved ? g.nodes.filter((n) => n.kind === 'start').map((n) => n.id) : [];
    const seen = [...visited, ...starts];
    const nodes: TFlowNode[] = g.nodes.map((n) => ({
      id: n.id,
      type: 'step',
      position: { x: n.x, y: n.y },
      data: {
        label: n.label,
        kind: n.kind,
        vertical: g.vertical,
        state: position.includes(n.id) ? 'current' : seen.includes(n.id) ? 'visited' : 'idle',
      },
    }));
    const edges: Edge[] = g.edges.map((e) => ({
      id: e.id,
      source: e.from,
      target: e.to,
      label: e.port === 'next' ? undefined : t(`outcome.${e.port}`, { defaultValue: e.port }),
      className: seen.includes(e.from) && (seen.includes(e.to) || position.includes(e.to)) ? 'is-walked' : '',
    }));
    // A big flow fitted whole makes every label unreadable: centre on where the run is now at reading size, with
    // its neighbours around it; the controls zoom out to the whole flow.
    // A finished run has no position: frame the last step it went through instead.
    const last = visited.at(-1);
    const anchor = position.length > 0 ? position : last ? [last] : [];
    const focus = g.nodes.length > 8 && anchor.length > 0 ? anchor.map((id) => ({ id })) : undefined;
    return { nodes, edges, focus };
  }, [document, position, visited, t]);

  if (nodes.length === 0) return <div className="empty small">{t('graph.none')}</div>;
  return (
    <div className="graph-frame" style={{ height }} data-testid="flow-graph">
      <ReactFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} fitView fitViewOptions={focus ? { nodes: focus, maxZoom: 0.9, padding: 0.8 } : { padding: 0.2 }}
        nodesDraggable={false} nodesConnectable={false} elementsSelectable={false} edgesFocusable={false}
        zoomOnScroll={false} panOnScroll proOptions={{ hideAttribution: true }} minZoom={0.3} maxZoom={1.2}>
        <Background gap={18} size={1} color="#e3e6ec" />
        <Controls showInteractive={false} position="bottom-right" />
      </ReactFlow>
    </div>
  );
}
