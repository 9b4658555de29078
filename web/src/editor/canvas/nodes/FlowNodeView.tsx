/**
 * The node card: icon, kind, label, summary, and one labelled source handle per port. Memoised and reading only
 * its own slice of the store, so a change to one node re-renders one node even on a 1,000-node canvas.
 */
import { memo, useEffect, useRef } from 'react';
import { Handle, Position, useUpdateNodeInternals, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { TNodeKind } from '@switchboard/flows/plan/types';
import { useEditor } from '../../store/context.tsx';
import { KIND_DESCRIPTORS } from '../../model/kinds.ts';
import { NEW_BRANCH, portsOf } from '../../model/ports.ts';
import type { TFlowNode } from '../../model/types.ts';
import { KindIcon } from './KindIcon.tsx';
import { summarize } from './summary.ts';
import { PortLabel } from './PortLabel.tsx';

function FlowNodeView({ id, type, data, selected }: NodeProps<TFlowNode>) {
  const { t } = useTranslation();
  const kind: TNodeKind = type;
  const problem = useEditor((s) => s.problems.byElement.get(id));
  const mark = useEditor((s) => s.highlight?.nodes.get(id));
  // Only decisions take their ports from their edges; other kinds return a constant and never re-render on edges.
  const branchKey = useEditor((s) => (kind === 'decision' ? s.edges.filter((e) => e.source === id).map((e) => e.sourceHandle ?? 'next').join('\n') : ''));
  const ports = portsOf(kind, data.config, branchKey ? branchKey.split('\n') : []);
  const portKey = ports.map((p) => p.name).join('\n');
  const updateNodeInternals = useUpdateNodeInternals();
  // React Flow measures handles once; when ports appear, vanish or are renamed it must measure again, or edges
  // attached to a renamed port would not be drawn. Not on mount: React Flow measures new nodes itself, and a
  // re-measure per node on a 1,000-node load would cost a store update each.
  const measuredPorts = useRef(portKey);
  useEffect(() => {
    if (measuredPorts.current === portKey) return;
    measuredPorts.current = portKey;
    updateNodeInternals(id);
  }, [portKey, id, updateNodeInternals]);
  const d = KIND_DESCRIPTORS[kind];
  const summary = summarize(kind, data.config, t);
  const cls = ['sb-node', selected ? 'is-selected' : '', problem ? `has-${problem}` : '', mark ? `mark-${mark}` : ''].join(' ');
  return (
    <div className={cls} style={{ ['--accent' as string]: d.colour }} data-testid={`node-${id}`} data-kind={kind}>
      {kind !== 'start' && <Handle type="target" position={Position.Left} id="in" className="sb-handle-in" />}
      <div className="sb-node-head">
        <span className="sb-node-icon"><KindIcon kind={kind} /></span>
        <span className="sb-node-kind">{t(`editor.kind.${kind}`)}</span>
        {problem && <span className={`sb-node-badge ${problem}`} title={t(`editor.problems.${problem}`)}>{problem === 'error' ? '!' : '?'}</span>}
      </div>
      <div className="sb-node-label">{data.label || t(`editor.kind.${kind}`)}</div>
      {summary && <div className="sb-node-summary">{summary}</div>}
      {ports.length > 0 && (
        <ul className="sb-ports">
          {ports.map((p) => (
            <li key={p.name} className={`sb-port tone-${p.tone}`} data-port={p.name}>
              <PortLabel name={p.name} />
              <Handle type="source" position={Position.Right} id={p.name} className="sb-handle-out"
                title={p.name === NEW_BRANCH ? t('editor.port.addBranch') : p.name} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export default memo(FlowNodeView);
