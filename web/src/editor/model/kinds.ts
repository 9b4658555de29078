/**
 * One descriptor per node kind: how the palette offers it, how the canvas draws it, what a fresh node holds.
 * Everything kind-specific that is not a form lives here so the palette and canvas stay generic.
 */
import type { TNodeKind } from '@switchboard/flows/plan/types';
import type { TJsonObject } from './json.ts';

export type TKindGroup = 'flow' | 'people' | 'messages' | 'automation';

export type TKindDescriptor = {
  kind: TNodeKind;
  group: TKindGroup;
  /** Accent colour of the node header and minimap dot. */
  colour: string;
  /** SVG path data (24×24, stroked) for the node icon. */
  icon: string;
  /** The config a node dropped from the palette starts with; valid where a sensible default exists. */
  initialConfig: () => TJsonObject;
};

const d = (kind: TNodeKind, group: TKindGroup, colour: string, icon: string, initialConfig: () => TJsonObject): TKindDescriptor => ({
  kind, group, colour, icon, initialConfig,
});

export const KIND_DESCRIPTORS: Record<TNodeKind, TKindDescriptor> = {
  start: d('start', 'flow', '#16a34a', 'M8 5v14l11-7z', () => ({})),
  end: d('end', 'flow', '#475569', 'M6 6h12v12H6z', () => ({ outcome: 'completed' })),
  decision: d('decision', 'flow', '#d97706', 'M12 3l9 9-9 9-9-9z', () => ({})),
  parallel: d('parallel', 'flow', '#7c3aed', 'M4 12h5M9 12l6-6h5M9 12l6 6h5', () => ({})),
  join: d('join', 'flow', '#7c3aed', 'M4 6h5l6 6h5M4 18h5l6-6', () => ({ mode: 'all' })),
  wait: d('wait', 'flow', '#0891b2', 'M12 7v5l3 3M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z', () => ({ duration: '1h' })),
  event: d('event', 'flow', '#db2777', 'M13 2L4 14h7l-1 8 9-12h-7z', () => ({ event: 'customer.reply', timeout: '72h' })),
  review: d('review', 'people', '#2563eb', 'M16 11a4 4 0 1 0-8 0M4 21c0-4 4-6 8-6s8 2 8 6M15 4l2 2 4-4', () => ({
    title: 'Review', assignees: { groups: ['reviewers'] }, outcomes: ['approve', 'reject'],
  })),
  validate: d('validate', 'messages', '#059669', 'M9 12l2 2 4-4M12 3l8 4v5c0 5-3.5 8-8 9-4.5-1-8-4-8-9V7z', () => ({ channel: 'sms', text: '' })),
  notify: d('notify', 'messages', '#ea580c', 'M4 5h16v11H8l-4 4z', () => ({ channel: 'sms', to: '=input.phone', text: '' })),
  task: d('task', 'automation', '#4f46e5', 'M4 7h16v10H4zM8 11h8', () => ({ activity: 'noop', input: {} })),
  set: d('set', 'automation', '#64748b', 'M5 9h14M5 15h14', () => ({ assign: {} })),
  subflow: d('subflow', 'automation', '#0d9488', 'M4 4h10v10H4zM10 10h10v10H10z', () => ({ flow: '', input: {} })),
  batch: d('batch', 'automation', '#9333ea', 'M4 6h16M4 12h16M4 18h16', () => ({
    source: { activity: 'noop', input: {} }, each: { activity: 'noop', input: {} }, batchSize: 100, concurrency: 4,
  })),
};

export const NODE_KINDS: readonly TNodeKind[] = Object.values(KIND_DESCRIPTORS).map((k) => k.kind);

export function isNodeKind(value: unknown): value is TNodeKind {
  return typeof value === 'string' && Object.hasOwn(KIND_DESCRIPTORS, value);
}

export const KIND_GROUPS: readonly TKindGroup[] = ['flow', 'people', 'messages', 'automation'];
