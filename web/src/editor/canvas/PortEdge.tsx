/** Every edge: a smooth-step path marked for problems, diffs and run paths; decision branches show their condition. */
import { memo } from 'react';
import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { useEditor } from '../store/context.tsx';
import type { TEditorEdge } from '../model/types.ts';

const short = (s: string) => (s.length > 28 ? `${s.slice(0, 27)}…` : s);

function PortEdge(p: EdgeProps<TEditorEdge>) {
  const problem = useEditor((s) => s.problems.byElement.get(p.id));
  const mark = useEditor((s) => s.highlight?.edges.get(p.id));
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX: p.sourceX, sourceY: p.sourceY, targetX: p.targetX, targetY: p.targetY,
    sourcePosition: p.sourcePosition, targetPosition: p.targetPosition, borderRadius: 10,
  });
  const when = p.data?.when;
  const cls = ['sb-edge', p.selected ? 'is-selected' : '', problem ? `has-${problem}` : '', mark ? `mark-${mark}` : ''].join(' ');
  return (
    <g className={cls} data-testid={`edge-${p.id}`}>
      <BaseEdge id={p.id} path={path} markerEnd={p.markerEnd} interactionWidth={16}
        {...(when && when !== '=true' ? { label: short(when.replace(/^=/, '')), labelX, labelY, labelBgPadding: [4, 2] as [number, number], labelBgBorderRadius: 4 } : {})} />
    </g>
  );
}

export default memo(PortEdge);
