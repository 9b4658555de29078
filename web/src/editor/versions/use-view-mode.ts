/**
 * Looking at something other than the draft (a published version, a diff, a run's path) without losing the draft:
 * the draft and its undo history are set aside, the view is read-only, and leaving restores both untouched.
 */
import { useCallback, useState } from 'react';
import { useEditorStore } from '../store/context.tsx';
import type { TGraph } from '../model/convert.ts';
import type { THighlight } from '../store/store.ts';
import type { THistory } from '../store/history.ts';

export type TView = { title: string; legend: 'diff' | 'version' | 'run' };

export function useViewMode() {
  const store = useEditorStore();
  const [view, setView] = useState<TView | null>(null);
  const [saved, setSaved] = useState<{ graph: TGraph; history: THistory } | null>(null);

  const enter = useCallback((next: TView, graph: TGraph | null, highlight: THighlight | null) => {
    const s = store.getState();
    if (!saved) setSaved({ graph: { nodes: s.nodes, edges: s.edges, meta: s.meta }, history: s.history });
    if (graph) store.setState({ nodes: graph.nodes, edges: graph.edges, meta: graph.meta });
    store.setState({ readOnly: graph !== null, highlight });
    setView(next);
  }, [store, saved]);

  const exit = useCallback(() => {
    const s = store.getState();
    if (saved && s.readOnly) store.setState({ ...saved.graph, history: saved.history, docVersion: s.docVersion + 1 });
    store.setState({ readOnly: false, highlight: null });
    setSaved(null);
    setView(null);
  }, [store, saved]);

  return { view, enter, exit };
}
