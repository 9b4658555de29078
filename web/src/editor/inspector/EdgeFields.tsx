/** Editing one edge: its port (branch name) and, for decision branches, its condition. */
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore } from '../store/context.tsx';
import { updateEdge } from '../store/edits.ts';
import type { TEditorEdge } from '../model/types.ts';
import { Field } from './Field.tsx';
import { upstreamNames } from './upstream.ts';

const CodeField = lazy(() => import('../monaco/CodeField.tsx'));

export function EdgeFields({ edge, branch }: { edge: TEditorEdge; branch: boolean }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const diagnostics = useEditor((s) => s.problems.diagnostics);
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const meta = useEditor((s) => s.meta);
  const catalog = useEditor((s) => s.catalog);
  const names = useMemo(() => upstreamNames({ nodes, edges, meta }, edge.source, catalog), [nodes, edges, meta, catalog, edge.source]);
  const problems = diagnostics.filter((d) => d.edgeId === edge.id);
  const port = edge.sourceHandle ?? 'next';
  const isDefault = port === 'default';
  return (
    <div className="sb-edge-fields" data-testid={`branch-${edge.id}`}>
      {branch && (
        <Field label={t('editor.field.branchName')}>
          <input className="sb-input" defaultValue={port} key={port} disabled={isDefault}
            onBlur={(e) => e.target.value.trim() && store.getState().edit((g) => updateEdge(g, edge.id, { port: e.target.value.trim() }))} />
        </Field>
      )}
      {branch && !isDefault && (
        <Field label={t('editor.field.when')} hint={t('editor.hint.when')} problems={problems}>
          <Suspense fallback={<input className="sb-input" readOnly value={edge.data?.when ?? ''} />}>
            <CodeField value={(edge.data?.when ?? '').replace(/^=/, '')} language="sb-expr" names={names} problems={problems}
              ariaLabel={t('editor.field.when')}
              onChange={(v) => store.getState().edit((g) => updateEdge(g, edge.id, { when: `=${v}` }), `${edge.id}:when`)} />
          </Suspense>
        </Field>
      )}
      {!branch && problems.map((d, i) => <div key={i} className={`sb-field-problem ${d.severity}`}>{d.message}</div>)}
    </div>
  );
}
