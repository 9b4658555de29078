/**
 * One store per open editor (created in EditorProvider), so two editors on a page never share state.
 * React Flow nodes/edges are the editing state; `docVersion` bumps on every document change and drives live
 * compile and autosave, while selection and measuring never do.
 */
import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { createStore } from 'zustand/vanilla';
import type { TActivityType, TDiagnostic } from '@switchboard/flows/catalog/types';
import type { TGraph } from '../model/convert.ts';
import type { TEditorEdge, TEditorNode, TFlowMeta } from '../model/types.ts';
import { emptyHistory, record, redo, undo, type THistory } from './history.ts';

export type TMark = 'added' | 'removed' | 'changed' | 'path' | 'current';
export type THighlight = { title: string; nodes: ReadonlyMap<string, TMark>; edges: ReadonlyMap<string, TMark> };
export type TProblems = { diagnostics: readonly TDiagnostic[]; byElement: ReadonlyMap<string, 'error' | 'warning'>; ms: number };

export type TEditorState = TGraph & {
  history: THistory;
  docVersion: number;
  catalog: readonly TActivityType[];
  problems: TProblems;
  highlight: THighlight | null;
  /** Set by the problems panel and search; the canvas centres on it. `n` makes repeated requests distinct. */
  focus: { id: string; n: number } | null;
  clipboard: TGraph | null;
  readOnly: boolean;
};

export type TEditorActions = {
  load(graph: TGraph, opts?: { keepHistory?: boolean }): void;
  /** Applies an edit as one undoable step; edits with the same `coalesce` key in quick succession (typing) share one. */
  edit(change: (g: TGraph) => TGraph, coalesce?: string): void;
  setMeta(patch: Partial<TFlowMeta>): void;
  onNodesChange(changes: NodeChange<TEditorNode>[]): void;
  onEdgesChange(changes: EdgeChange<TEditorEdge>[]): void;
  undo(): void;
  redo(): void;
  setCatalog(catalog: readonly TActivityType[]): void;
  setProblems(problems: TProblems): void;
  setHighlight(h: THighlight | null): void;
  focusOn(id: string): void;
  setClipboard(g: TGraph | null): void;
  setReadOnly(readOnly: boolean): void;
};

export type TEditorStore = ReturnType<typeof createEditorStore>;

const graphOf = (s: TGraph): TGraph => ({ nodes: s.nodes, edges: s.edges, meta: s.meta });

export function createEditorStore(initial: TGraph) {
  let dragging = false;
  let lastCoalesce: { key: string; at: number } | null = null;
  return createStore<TEditorState & TEditorActions>()((set, get) => ({
    ...initial,
    history: emptyHistory(),
    docVersion: 0,
    catalog: [],
    problems: { diagnostics: [], byElement: new Map(), ms: 0 },
    highlight: null,
    focus: null,
    clipboard: null,
    readOnly: false,
    load: (graph, opts) =>
      set((s) => ({ ...graph, history: opts?.keepHistory ? record(s.history, graphOf(s)) : emptyHistory(), docVersion: s.docVersion + 1 })),
    edit: (change, coalesce) => {
      const s = get();
      if (s.readOnly) return;
      const next = change(graphOf(s));
      const now = Date.now();
      const joins = coalesce !== undefined && lastCoalesce?.key === coalesce && now - lastCoalesce.at < 1500;
      lastCoalesce = coalesce === undefined ? null : { key: coalesce, at: now };
      set({ ...next, ...(joins ? {} : { history: record(s.history, graphOf(s)) }), docVersion: s.docVersion + 1 });
    },
    setMeta: (patch) => get().edit((g) => ({ ...g, meta: { ...g.meta, ...patch } })),
    onNodesChange: (changes) => {
      const s = get();
      let documentChanged = false;
      let startsStep = false;
      for (const c of changes) {
        if (c.type === 'remove' || c.type === 'add' || c.type === 'replace') documentChanged = startsStep = true;
        if (c.type === 'position') {
          if (c.dragging && !dragging) startsStep = true;
          if (c.dragging !== undefined) dragging = c.dragging;
          documentChanged = true;
        }
      }
      if (s.readOnly && documentChanged) return;
      const nodes = applyNodeChanges(changes, s.nodes);
      set({
        nodes,
        ...(startsStep ? { history: record(s.history, graphOf(s)) } : {}),
        ...(documentChanged && !dragging ? { docVersion: s.docVersion + 1 } : {}),
      });
    },
    onEdgesChange: (changes) => {
      const s = get();
      const removes = changes.some((c) => c.type === 'remove' || c.type === 'add' || c.type === 'replace');
      if (s.readOnly && removes) return;
      set({
        edges: applyEdgeChanges(changes, s.edges),
        ...(removes ? { history: record(s.history, graphOf(s)), docVersion: s.docVersion + 1 } : {}),
      });
    },
    undo: () => {
      const s = get();
      const r = undo(s.history, graphOf(s));
      if (r && !s.readOnly) set({ ...r.graph, history: r.history, docVersion: s.docVersion + 1 });
    },
    redo: () => {
      const s = get();
      const r = redo(s.history, graphOf(s));
      if (r && !s.readOnly) set({ ...r.graph, history: r.history, docVersion: s.docVersion + 1 });
    },
    setCatalog: (catalog) => set({ catalog }),
    setProblems: (problems) => set({ problems }),
    setHighlight: (highlight) => set({ highlight }),
    focusOn: (id) => set((s) => ({ focus: { id, n: (s.focus?.n ?? 0) + 1 } })),
    setClipboard: (clipboard) => set({ clipboard }),
    setReadOnly: (readOnly) => set({ readOnly }),
  }));
}
