/** Drag-and-drop from the palette onto the canvas, as the React Flow examples do it: one hook, two handlers. */
import { useCallback, type DragEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditorStore } from '../store/context.tsx';
import { addNode } from '../store/edits.ts';
import { DRAG_MIME, parseDropped } from '../palette/items.ts';

export function usePaletteDrop() {
  const store = useEditorStore();
  const { screenToFlowPosition } = useReactFlow();
  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(DRAG_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback((e: DragEvent) => {
    const item = parseDropped(e.dataTransfer.getData(DRAG_MIME));
    if (!item) return;
    e.preventDefault();
    const at = screenToFlowPosition({ x: e.clientX, y: e.clientY });
    store.getState().edit((g) => addNode(g, item.kind, { x: at.x - 100, y: at.y - 30 }, item.config, item.label));
  }, [store, screenToFlowPosition]);
  return { onDragOver, onDrop };
}
