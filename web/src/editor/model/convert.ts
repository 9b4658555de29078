/**
 * Between the flow document (spec/flow-format.md) and the editor's React Flow state. Reading is lenient on purpose:
 * the compiler, not this file, judges a document; here we only keep what can be drawn and never trust a value.
 */
import { isNodeKind } from './kinds.ts';
import { isRecord, num, str, toJsonObject, type TJsonObject } from './json.ts';
import type { TEditorEdge, TEditorNode, TFlowMeta, TFlowNode, TNoteNode } from './types.ts';
import { isFlowNode } from './types.ts';

export const FLOW_FORMAT = 'switchboard.flow/v1';

export type TGraph = { nodes: TEditorNode[]; edges: TEditorEdge[]; meta: TFlowMeta };

function position(value: unknown, index: number) {
  const x = num(isRecord(value) ? value['x'] : undefined);
  const y = num(isRecord(value) ? value['y'] : undefined);
  // Nodes without a position are placed on a grid; auto-layout tidies them on request.
  return { x: x ?? (index % 8) * 260, y: y ?? Math.floor(index / 8) * 160 };
}

export function fromDocument(doc: unknown): TGraph {
  const d = isRecord(doc) ? doc : {};
  const ui = isRecord(d['ui']) ? toJsonObject(d['ui']) : undefined;
  const nodes: TEditorNode[] = [];
  (Array.isArray(d['nodes']) ? d['nodes'] : []).forEach((raw, i) => {
    if (!isRecord(raw) || typeof raw['id'] !== 'string' || !isNodeKind(raw['kind'])) return;
    const ui = isRecord(raw['ui']) ? toJsonObject(raw['ui']) : undefined;
    nodes.push({
      id: raw['id'], type: raw['kind'], position: position(raw['position'], i),
      data: { label: str(raw['label']) ?? '', config: toJsonObject(raw['config']), ...(ui ? { ui } : {}) },
    });
  });
  const notes = ui && Array.isArray(ui['notes']) ? ui['notes'] : [];
  notes.forEach((raw, i) => {
    if (!isRecord(raw) || typeof raw['id'] !== 'string') return;
    nodes.push({ id: raw['id'], type: 'note', position: position(raw['position'], i), data: { text: str(raw['text']) ?? '' } });
  });
  const edges: TEditorEdge[] = [];
  for (const raw of Array.isArray(d['edges']) ? d['edges'] : []) {
    if (!isRecord(raw) || typeof raw['id'] !== 'string' || typeof raw['from'] !== 'string' || typeof raw['to'] !== 'string') continue;
    const when = str(raw['when']);
    const eui = isRecord(raw['ui']) ? toJsonObject(raw['ui']) : undefined;
    edges.push({
      id: raw['id'], source: raw['from'], target: raw['to'], sourceHandle: str(raw['port']) ?? 'next', targetHandle: 'in',
      data: { ...(when !== undefined ? { when } : {}), ...(eui ? { ui: eui } : {}) },
    });
  }
  const { notes: _notes, ...restUi } = ui ?? {};
  const meta: TFlowMeta = {
    key: str(d['key']) ?? '', name: str(d['name']) ?? '',
    ...(str(d['description']) !== undefined ? { description: str(d['description']) } : {}),
    ...(isRecord(d['inputSchema']) ? { inputSchema: toJsonObject(d['inputSchema']) } : {}),
    ...(isRecord(d['parameters']) ? { parameters: toJsonObject(d['parameters']) } : {}),
    ...(Object.keys(restUi).length ? { ui: restUi } : {}),
  };
  return { nodes, edges, meta };
}

const round = (n: number) => Math.round(n);

export function toDocument({ nodes, edges, meta }: TGraph): TJsonObject {
  const flowNodes = nodes.filter(isFlowNode);
  const notes = nodes.filter((n): n is TNoteNode => n.type === 'note');
  const ui: TJsonObject = { ...(meta.ui ?? {}) };
  if (notes.length) ui['notes'] = notes.map((n) => ({ id: n.id, text: n.data.text, position: { x: round(n.position.x), y: round(n.position.y) } }));
  return {
    format: FLOW_FORMAT,
    key: meta.key,
    name: meta.name,
    ...(meta.description ? { description: meta.description } : {}),
    ...(meta.inputSchema ? { inputSchema: meta.inputSchema } : {}),
    ...(meta.parameters ? { parameters: meta.parameters } : {}),
    nodes: flowNodes.map((n: TFlowNode) => ({
      id: n.id, kind: n.type, ...(n.data.label ? { label: n.data.label } : {}),
      position: { x: round(n.position.x), y: round(n.position.y) }, config: n.data.config,
      ...(n.data.ui ? { ui: n.data.ui } : {}),
    })),
    edges: edges.map((e) => ({
      id: e.id, from: e.source, to: e.target,
      ...(e.sourceHandle && e.sourceHandle !== 'next' ? { port: e.sourceHandle } : {}),
      ...(e.data?.when !== undefined ? { when: e.data.when } : {}),
      ...(e.data?.ui ? { ui: e.data.ui } : {}),
    })),
    ...(Object.keys(ui).length ? { ui } : {}),
  };
}
