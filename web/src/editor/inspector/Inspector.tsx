/**
 * The right-hand inspector: the selected node's label and config form, the selected edge, a note's text, or —
 * with nothing selected — the flow's own settings and parameters.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore } from '../store/context.tsx';
import { updateNodeData, updateNote } from '../store/edits.ts';
import { KIND_DESCRIPTORS } from '../model/kinds.ts';
import { isFlowNode, type TFlowNode } from '../model/types.ts';
import { KindIcon } from '../canvas/nodes/KindIcon.tsx';
import { Field } from './Field.tsx';
import { KindForm } from './forms/index.tsx';
import { NodeEditingProvider, useNodeEditingValue } from './node-context.tsx';
import { EdgeFields } from './EdgeFields.tsx';
import { FlowSettings } from './FlowSettings.tsx';

function NodeInspector({ node }: { node: TFlowNode }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const editing = useNodeEditingValue(node);
  const readOnly = useEditor((s) => s.readOnly);
  return (
    <NodeEditingProvider value={editing}>
      <header className="sb-inspector-head" style={{ ['--accent' as string]: KIND_DESCRIPTORS[node.type].colour }}>
        <span className="sb-node-icon"><KindIcon kind={node.type} /></span>
        <div>
          <div className="sb-inspector-kind">{t(`editor.kind.${node.type}`)}</div>
          <code className="sb-muted sb-small">{node.id}</code>
        </div>
      </header>
      <fieldset disabled={readOnly} className="sb-inspector-body" key={node.id}>
        <Field label={t('editor.field.label')}>
          <input className="sb-input" value={node.data.label} data-testid="inspector-label"
            onChange={(e) => store.getState().edit((g) => updateNodeData(g, node.id, { label: e.target.value }), `${node.id}:label`)} />
        </Field>
        <p className="sb-muted sb-small">{t(`editor.kindHelp.${node.type}`)}</p>
        <KindForm kind={node.type} />
      </fieldset>
    </NodeEditingProvider>
  );
}

export const Inspector = memo(function Inspector() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const selectedNodes = useEditor((s) => s.nodes.filter((n) => n.selected).map((n) => n.id).join('\n'));
  const selectedEdges = useEditor((s) => s.edges.filter((e) => e.selected).map((e) => e.id).join('\n'));
  const node = useEditor((s) => (selectedNodes && !selectedNodes.includes('\n') ? s.nodes.find((n) => n.id === selectedNodes) : undefined));
  const edge = useEditor((s) => (!selectedNodes && selectedEdges && !selectedEdges.includes('\n') ? s.edges.find((e) => e.id === selectedEdges) : undefined));
  const edgeFromDecision = useEditor((s) => (edge ? s.nodes.find((n) => n.id === edge.source)?.type === 'decision' : false));
  let body;
  if (node && isFlowNode(node)) body = <NodeInspector node={node} />;
  else if (node) {
    body = (
      <div className="sb-inspector-body">
        <Field label={t('editor.note.text')}>
          <textarea className="sb-input" rows={8} value={node.type === 'note' ? node.data.text : ''} data-testid="note-text"
            onChange={(e) => store.getState().edit((g) => updateNote(g, node.id, e.target.value), `${node.id}:text`)} />
        </Field>
      </div>
    );
  } else if (edge) {
    body = (
      <div className="sb-inspector-body">
        <h3>{t('editor.inspector.edge')}</h3>
        <p className="sb-muted sb-small">{edge.source} → {edge.target} · {edge.sourceHandle ?? 'next'}</p>
        <EdgeFields edge={edge} branch={edgeFromDecision} />
      </div>
    );
  } else if (selectedNodes || selectedEdges) {
    body = <p className="sb-inspector-body sb-muted">{t('editor.inspector.multi')}</p>;
  } else body = <FlowSettings />;
  return <aside className="sb-inspector" aria-label={t('editor.inspector.title')}>{body}</aside>;
});
