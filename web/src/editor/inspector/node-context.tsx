/**
 * The inspector's view of the selected node: its config, a setter by config path (one undo step per field while
 * typing), the diagnostics under a path, and the names known upstream for expression completion.
 */
import { createContext, useContext, useMemo } from 'react';
import type { TDiagnostic } from '@switchboard/flows/catalog/types';
import { useEditor, useEditorStore } from '../store/context.tsx';
import { updateNodeData } from '../store/edits.ts';
import { setIn, type TJson, type TJsonObject } from '../model/json.ts';
import { isFlowNode, type TFlowNode } from '../model/types.ts';
import { nodeFieldPath, problemsAt } from './field-problems.ts';

export type TNodeEditing = {
  node: TFlowNode;
  config: TJsonObject;
  set(path: readonly string[], value: TJson | undefined): void;
  problems(path: readonly string[]): TDiagnostic[];
};

const NodeEditingContext = createContext<TNodeEditing | null>(null);
export const NodeEditingProvider = NodeEditingContext.Provider;

export function useNodeEditing(): TNodeEditing {
  const v = useContext(NodeEditingContext);
  if (!v) throw new Error('useNodeEditing must be used inside the node inspector');
  return v;
}

export function useNodeEditingValue(node: TFlowNode): TNodeEditing {
  const store = useEditorStore();
  const diagnostics = useEditor((s) => s.problems.diagnostics);
  const nodeIndex = useEditor((s) => s.nodes.filter(isFlowNode).findIndex((n) => n.id === node.id));
  return useMemo(() => ({
    node,
    config: node.data.config,
    set: (path, value) =>
      store.getState().edit((g) => {
        const current = g.nodes.find((n) => n.id === node.id);
        if (!current || !isFlowNode(current)) return g;
        return updateNodeData(g, node.id, { config: setIn(current.data.config, path, value) });
      }, `${node.id}:${path.join('.')}`),
    problems: (path) => problemsAt(diagnostics.filter((d) => d.nodeId === node.id || d.nodeId === undefined), nodeFieldPath(nodeIndex, path)),
  }), [node, store, diagnostics, nodeIndex]);
}
