/**
 * Every edge: a smooth-step path marked for problems, diffs and run paths. A decision branch shows its condition
 * as an HTML label (no SVG text measuring, which forces a layout per label and slows large diagrams).
 */
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
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
    <>
      <g className={cls} data-testid={`edge-${p.id}`}>
        <BaseEdge id={p.id} path={path} markerEnd={p.markerEnd} interactionWidth={16} />
      </g>
      {when && when !== '=true' && (
        <EdgeLabelRenderer>
          <div className="sb-edge-label nodrag nopan" style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            {short(when.replace(/^=/, ''))}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export default memo(PortEdge);
