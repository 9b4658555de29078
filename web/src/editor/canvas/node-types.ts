/**
 * Node components by kind, at module scope so React Flow never sees a new object and never remounts nodes.
 * Every flow kind shares the card (its differences are data: ports, icon, colour, summary); notes have their own.
 */
import type { NodeTypes } from '@xyflow/react';
import { NODE_KINDS } from '../model/kinds.ts';
import FlowNodeView from './nodes/FlowNodeView.tsx';
import NoteNode from './nodes/NoteNode.tsx';

export const nodeTypes: NodeTypes = {
  ...Object.fromEntries(NODE_KINDS.map((kind) => [kind, FlowNodeView])),
  note: NoteNode,
};
