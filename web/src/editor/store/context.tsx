/** The editor store behind a context: components select narrow slices so one node's change re-renders one node. */
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { TGraph } from '../model/convert.ts';
import { createEditorStore, type TEditorActions, type TEditorState, type TEditorStore } from './store.ts';

const EditorStoreContext = createContext<TEditorStore | null>(null);

export function EditorProvider({ initial, children }: { initial: () => TGraph; children: ReactNode }) {
  const [store] = useState(() => createEditorStore(initial()));
  return <EditorStoreContext.Provider value={store}>{children}</EditorStoreContext.Provider>;
}

export function useEditorStore(): TEditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditorStore must be used inside <EditorProvider>');
  return store;
}

export function useEditor<T>(selector: (s: TEditorState & TEditorActions) => T): T {
  return useStore(useEditorStore(), selector);
}
