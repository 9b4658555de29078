/** The editor's typed node and edge unions (React Flow nodes are the editing state; the document is derived). */
import type { Edge, Node } from '@xyflow/react';
import type { TNodeKind } from '@switchboard/flows/plan/types';
import type { TJsonObject } from './json.ts';

export type TFlowNodeData = { label: string; config: TJsonObject; ui?: TJsonObject };
export type TFlowNode = Node<TFlowNodeData, TNodeKind>;
/** Sticky notes live in the document's `ui.notes`; the compiler never sees them. */
export type TNoteNode = Node<{ text: string }, 'note'>;
export type TEditorNode = TFlowNode | TNoteNode;

/** An edge's `sourceHandle` is the port name; `when` only on edges leaving a decision. */
export type TEdgeData = { when?: string; ui?: TJsonObject };
export type TEditorEdge = Edge<TEdgeData>;

/** The document fields that are not the graph: key, name, description, inputSchema, parameters, ui. */
export type TFlowMeta = {
  key: string;
  name: string;
  description?: string;
  inputSchema?: TJsonObject;
  parameters?: TJsonObject;
  ui?: TJsonObject;
};

export function isFlowNode(node: TEditorNode): node is TFlowNode {
  return node.type !== 'note';
}
