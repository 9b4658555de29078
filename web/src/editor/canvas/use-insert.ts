/**
 * Inserting a node from the palette by keyboard: it lands right of the selected node and is wired from that
 * node's first free port, so a flow can be built without a mouse; with nothing selected it lands mid-view.
 */
import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { TNodeKind } from '@switchboard/flows/plan/types';
import { useEditorStore } from '../store/context.tsx';
import { addNode, connect } from '../store/edits.ts';
import type { TJsonObject } from '../model/json.ts';
import { NEW_BRANCH, portsOf } from '../model/ports.ts';
import { isFlowNode } from '../model/types.ts';

export function useInsertNode() {
  const store = useEditorStore();
  const flow = useReactFlow();
  return useCallback((kind: TNodeKind, config: TJsonObject, label: string) => {
    const s = store.getState();
    const selected = s.nodes.filter((n) => n.selected);
    const anchor = selected.length === 1 && selected[0] && isFlowNode(selected[0]) ? selected[0] : null;
    s.edit((g) => {
      if (!anchor) {
        const box = document.querySelector('.sb-canvas')?.getBoundingClientRect();
        const centre = flow.screenToFlowPosition({ x: (box?.left ?? 0) + (box?.width ?? 800) / 2, y: (box?.top ?? 0) + (box?.height ?? 600) / 2 });
        return addNode(g, kind, { x: centre.x - 100, y: centre.y - 40 }, config, label);
      }
      const used = new Set(g.edges.filter((e) => e.source === anchor.id).map((e) => e.sourceHandle ?? 'next'));
      const ports = portsOf(anchor.type, anchor.data.config, [...used]);
      const free = ports.find((p) => p.name !== NEW_BRANCH && !used.has(p.name) && p.required) ?? ports.find((p) => !used.has(p.name));
      const siblings = g.edges.filter((e) => e.source === anchor.id).length;
      const next = addNode(g, kind, { x: anchor.position.x + 300, y: anchor.position.y + siblings * 140 }, config, label);
      const added = next.nodes.at(-1);
      if (!free || !added) return next;
      return connect(next, { source: anchor.id, sourceHandle: free.name, target: added.id, targetHandle: 'in' });
    });
    // The new step becomes the selection and comes into view, so pressing Enter again chains the next one.
    const added = store.getState().nodes.at(-1);
    if (added) store.getState().focusOn(added.id);
  }, [store, flow]);
}
