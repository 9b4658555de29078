/** Runs elk layout off the main thread, then applies all positions as one undo step and fits the view. */
import { useCallback, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditorStore } from '../store/context.tsx';
import { computeLayout } from '../layout/auto-layout.ts';

export function useAutoLayout() {
  const store = useEditorStore();
  const flow = useReactFlow();
  const [busy, setBusy] = useState(false);
  const run = useCallback(async () => {
    setBusy(true);
    try {
      const s = store.getState();
      const positions = await computeLayout(s.nodes, s.edges);
      store.getState().edit((g) => ({ ...g, nodes: g.nodes.map((n) => {
        const p = positions.get(n.id);
        return p ? { ...n, position: p } : n;
      }) }));
      requestAnimationFrame(() => void flow.fitView({ padding: 0.15, duration: 250, maxZoom: 1.1 }));
    } finally {
      setBusy(false);
    }
  }, [store, flow]);
  return { run, busy };
}
