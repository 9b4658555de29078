/** The editor's header and its floating canvas tools (undo/redo, auto-layout, fit, note, import/export, search). */
import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore } from './store/context.tsx';
import { addNote } from './store/edits.ts';
import { useAutoLayout } from './canvas/use-auto-layout.ts';
import { useShortcuts } from './canvas/use-shortcuts.ts';
import { SearchBox } from './canvas/SearchBox.tsx';
import { ImportExport } from './io/ImportExport.tsx';

/** The page header: where we are, and the server actions (save state, versions, test run, publish). */
export function EditorHeader({ title, actions }: { title: ReactNode; actions?: ReactNode }) {
  return (
    <div className="sb-toolbar">
      <div className="sb-toolbar-title">{title}</div>
      <div className="sb-toolbar-actions">{actions}</div>
    </div>
  );
}

/** Floating canvas tools, top-left over the canvas. */
export function CanvasTools({ knownFlows }: { knownFlows: Record<string, unknown> }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const flow = useReactFlow();
  const canUndo = useEditor((s) => s.history.past.length > 0 && !s.readOnly);
  const canRedo = useEditor((s) => s.history.future.length > 0 && !s.readOnly);
  const readOnly = useEditor((s) => s.readOnly);
  const layout = useAutoLayout();
  const search = useRef<HTMLInputElement>(null);
  const runLayout = layout.run;
  const handlers = useMemo(() => ({ search: () => search.current?.focus(), layout: () => void runLayout() }), [runLayout]);
  useShortcuts(handlers);
  const note = useCallback(() => {
    const box = document.querySelector('.sb-canvas')?.getBoundingClientRect();
    const at = flow.screenToFlowPosition({ x: (box?.left ?? 0) + 80, y: (box?.top ?? 0) + 60 });
    store.getState().edit((g) => addNote(g, at));
  }, [flow, store]);
  return (
    <div className="sb-canvas-tools" role="toolbar" aria-label={t('editor.toolbar')}>
      <div className="sb-toolbar-group">
        <button type="button" className="sb-btn sb-btn-ghost" disabled={!canUndo} onClick={() => store.getState().undo()} title="Ctrl+Z">{t('editor.action.undo')}</button>
        <button type="button" className="sb-btn sb-btn-ghost" disabled={!canRedo} onClick={() => store.getState().redo()} title="Ctrl+Shift+Z">{t('editor.action.redo')}</button>
        <span className="sb-sep" />
        <button type="button" className="sb-btn sb-btn-ghost" disabled={readOnly || layout.busy} onClick={() => void layout.run()} data-testid="auto-layout" title="Shift+Alt+L">
          {layout.busy ? t('editor.action.layingOut') : t('editor.action.autoLayout')}
        </button>
        <button type="button" className="sb-btn sb-btn-ghost" onClick={() => void flow.fitView({ padding: 0.15, duration: 250, maxZoom: 1.1 })} data-testid="fit-view">{t('editor.action.fit')}</button>
        <button type="button" className="sb-btn sb-btn-ghost" disabled={readOnly} onClick={note}>{t('editor.action.note')}</button>
        <span className="sb-sep" />
        <ImportExport knownFlows={knownFlows} />
        <span className="sb-sep" />
        <SearchBox ref={search} />
      </div>
    </div>
  );
}
