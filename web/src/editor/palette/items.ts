/**
 * Palette entries are descriptors: the built-in kinds plus one `task` entry per catalog activity type, so an
 * activity a worker registered appears without a web redeploy. Dragging carries the item as JSON.
 */
import type { TActivityType } from '@switchboard/flows/catalog/types';
import type { TNodeKind } from '@switchboard/flows/plan/types';
import { isRecord, str, toJsonObject, type TJsonObject } from '../model/json.ts';
import { isNodeKind, KIND_DESCRIPTORS, NODE_KINDS } from '../model/kinds.ts';

export type TPaletteItem = { id: string; kind: TNodeKind; group: string; title: string; description: string; config: TJsonObject; label: string };

export const DRAG_MIME = 'application/x-switchboard-node';

export function paletteItems(catalog: readonly TActivityType[], t: (k: string) => string): TPaletteItem[] {
  const builtins = NODE_KINDS.filter((k) => k !== 'task').map((kind) => ({
    id: `kind:${kind}`, kind, group: t(`editor.group.${KIND_DESCRIPTORS[kind].group}`),
    title: t(`editor.kind.${kind}`), description: t(`editor.kindHelp.${kind}`), config: KIND_DESCRIPTORS[kind].initialConfig(), label: '',
  }));
  const activities = catalog.map((a) => ({
    id: `activity:${a.type}`, kind: 'task' as const, group: a.category ?? t('editor.group.activities'),
    title: a.title, description: a.description ?? a.type, config: { activity: a.type, input: {} }, label: a.title,
  }));
  return [...builtins, ...activities];
}

export function matches(item: TPaletteItem, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [item.title, item.description, item.kind, item.group, str(item.config['activity']) ?? ''].some((s) => s.toLowerCase().includes(q));
}

/** Reads a dropped payload; anything not shaped like a palette item (e.g. dragged from another site) is ignored. */
export function parseDropped(raw: string): Pick<TPaletteItem, 'kind' | 'config' | 'label'> | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value) || !isNodeKind(value['kind'])) return null;
  return { kind: value['kind'], config: toJsonObject(value['config']), label: str(value['label']) ?? '' };
}
