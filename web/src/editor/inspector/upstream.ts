/**
 * Names an expression at a node can read: `input.*` from the flow's input schema, `params.*` from its parameters,
 * and `vars.*` assigned by nodes upstream (with their fields when an activity's output schema says what they hold).
 */
import type { TActivityType } from '@switchboard/flows/catalog/types';
import type { TGraph } from '../model/convert.ts';
import { getIn, isRecord, str } from '../model/json.ts';
import { isFlowNode, type TFlowNode } from '../model/types.ts';
import type { TCompletionNames, TNameTree } from '../monaco/completion.ts';

function treeOfSchema(schema: unknown, depth = 0): TNameTree {
  const props = getIn(schema, ['properties']);
  if (!isRecord(props) || depth > 4) return {};
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, treeOfSchema(v, depth + 1)]));
}

function assigned(n: TFlowNode, catalog: ReadonlyMap<string, TActivityType>): [string, TNameTree][] {
  const c = n.data.config;
  const out = str(c['output']);
  switch (n.type) {
    case 'task':
      return out ? [[out, treeOfSchema(catalog.get(str(c['activity']) ?? '')?.outputSchema)]] : [];
    case 'review':
      return out ? [[out, { outcome: {}, decidedBy: {}, comment: {}, form: treeOfSchema(c['form']) }]] : [];
    case 'set':
      return Object.keys(isRecord(c['assign']) ? c['assign'] : {}).map((k) => [k, {}]);
    case 'event': case 'validate': case 'subflow': case 'batch':
      return out ? [[out, {}]] : [];
    case 'start': case 'end': case 'decision': case 'parallel': case 'join': case 'wait': case 'notify':
      return [];
    default: {
      const unknownKind: never = n.type;
      return unknownKind;
    }
  }
}

export function upstreamNames(g: TGraph, nodeId: string, catalog: readonly TActivityType[]): TCompletionNames {
  const byId = new Map(g.nodes.filter(isFlowNode).map((n) => [n.id, n]));
  const incoming = new Map<string, string[]>();
  for (const e of g.edges) incoming.set(e.target, [...(incoming.get(e.target) ?? []), e.source]);
  const seen = new Set<string>();
  const queue = [...(incoming.get(nodeId) ?? [])];
  while (queue.length) {
    const id = queue.pop();
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    queue.push(...(incoming.get(id) ?? []));
  }
  const types = new Map(catalog.map((a) => [a.type, a]));
  const vars: TNameTree = {};
  for (const id of seen) {
    const n = byId.get(id);
    if (n) for (const [name, tree] of assigned(n, types)) vars[name] = { ...vars[name], ...tree };
  }
  const params = Object.fromEntries(Object.keys(g.meta.parameters ?? {}).map((k) => [k, {}]));
  return { input: treeOfSchema(g.meta.inputSchema), vars, params };
}
