/** Editor keyboard shortcuts; ignored while typing in a field or in Monaco so text editing keeps its own undo. */
import { useEffect } from 'react';
import { useEditorStore } from '../store/context.tsx';
import { copySelection, paste } from '../store/edits.ts';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || !!target.closest('.monaco-editor');
}

export function useShortcuts(handlers: { search(): void; layout(): void }) {
  const store = useEditorStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const s = store.getState();
      const key = e.key.toLowerCase();
      if (mod && key === 'z' && !e.shiftKey) s.undo();
      else if (mod && (key === 'y' || (key === 'z' && e.shiftKey))) s.redo();
      else if (mod && key === 'c') s.setClipboard(copySelection(s));
      else if (mod && key === 'x') {
        const clip = copySelection(s);
        if (!clip) return;
        s.setClipboard(clip);
        const ids = new Set(clip.nodes.map((n) => n.id));
        s.edit((g) => ({ ...g, nodes: g.nodes.filter((n) => !ids.has(n.id)), edges: g.edges.filter((x) => !ids.has(x.source) && !ids.has(x.target)) }));
      } else if (mod && key === 'v') {
        const clip = s.clipboard;
        if (clip) s.edit((g) => paste(g, clip));
      } else if (mod && key === 'f') handlers.search();
      else if (e.shiftKey && e.altKey && key === 'l') handlers.layout();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, handlers]);
}
