/**
 * The React Flow canvas bound to the editor store. Large flows stay fast: nodes outside the view are not rendered,
 * node components are memoised, and only document edits (not selection) trigger compile and autosave.
 */
import { useCallback, useEffect, useRef } from 'react';
import {
  Background, BackgroundVariant, ConnectionLineType, Controls, MiniMap, ReactFlow, useNodesInitialized, useReactFlow, useStore, type Connection, type FinalConnectionState,
} from '@xyflow/react';
import { useEditor, useEditorStore } from '../store/context.tsx';
import { connect } from '../store/edits.ts';
import { KIND_DESCRIPTORS } from '../model/kinds.ts';
import type { TEditorNode } from '../model/types.ts';
import { nodeTypes } from './node-types.ts';
import { edgeTypes } from './edge-types.ts';
import { usePaletteDrop } from './use-palette-drop.ts';

const FIT = { padding: 0.15, maxZoom: 1.1 };
const minimapColour = (n: TEditorNode) => (n.type === 'note' ? '#facc15' : KIND_DESCRIPTORS[n.type].colour);

export function FlowCanvas() {
  const store = useEditorStore();
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const readOnly = useEditor((s) => s.readOnly);
  const focus = useEditor((s) => s.focus);
  const onNodesChange = useEditor((s) => s.onNodesChange);
  const onEdgesChange = useEditor((s) => s.onEdgesChange);
  const { onDragOver, onDrop } = usePaletteDrop();
  const flow = useReactFlow();
  // Level of detail: below this zoom the text on cards cannot be read, so it is not painted either.
  const far = useStore((s) => s.transform[2] < 0.35);
  const highlighting = useEditor((s) => s.highlight?.title);

  // The fitView prop can run while the page around the canvas is still settling (lazy route, panels); fitting
  // again once every node is measured makes a loaded flow always open fully in view.
  const initialized = useNodesInitialized();
  const fitted = useRef(false);
  useEffect(() => {
    if (!initialized || fitted.current) return;
    fitted.current = true;
    requestAnimationFrame(() => void flow.fitView(FIT));
  }, [initialized, flow]);

  const onConnect = useCallback((c: Connection) => store.getState().edit((g) => connect(g, c)), [store]);
  // Dropping a connection anywhere on a node (not only on its small input handle) connects to that node.
  const onConnectEnd = useCallback((event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (state.isValid || !state.fromNode || state.fromHandle?.type !== 'source') return;
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    if (!point) return;
    const target = document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node')?.getAttribute('data-id');
    if (!target || target === state.fromNode.id) return;
    onConnect({ source: state.fromNode.id, sourceHandle: state.fromHandle.id ?? null, target, targetHandle: 'in' });
  }, [onConnect]);

  useEffect(() => {
    if (!focus) return;
    const s = store.getState();
    const node = s.nodes.find((n) => n.id === focus.id);
    const edge = node ? undefined : s.edges.find((e) => e.id === focus.id);
    const target = node ?? s.nodes.find((n) => n.id === edge?.source);
    if (!target) return;
    const w = target.measured?.width ?? 200;
    const h = target.measured?.height ?? 90;
    // Keep the designer's zoom unless it is too small to read the node.
    const zoom = flow.getZoom() < 0.6 ? 1 : flow.getZoom();
    void flow.setCenter(target.position.x + w / 2, target.position.y + h / 2, { zoom, duration: 250 });
    s.onNodesChange(s.nodes.map((n) => ({ type: 'select' as const, id: n.id, selected: n.id === focus.id })));
    s.onEdgesChange(s.edges.map((e) => ({ type: 'select' as const, id: e.id, selected: e.id === focus.id })));
  }, [focus, flow, store]);

  return (
    <div className={`sb-canvas${far ? ' is-far' : ''}${highlighting ? ' is-highlighting' : ''}`} onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<TEditorNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        nodesConnectable={!readOnly}
        nodesDraggable={!readOnly}
        elementsSelectable
        deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        selectionKeyCode="Shift"
        connectionLineType={ConnectionLineType.SmoothStep}
        onlyRenderVisibleElements={nodes.length > 150}
        minZoom={0.05}
        maxZoom={2}
        fitView
        fitViewOptions={FIT}
      >
        <Background variant={BackgroundVariant.Dots} gap={18} size={1.2} color="#cfd5df" />
        <MiniMap pannable zoomable nodeColor={minimapColour} nodeStrokeWidth={0} maskColor="rgba(240,242,246,0.7)" />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
