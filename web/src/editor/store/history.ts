/** Undo/redo over immutable snapshots: each edit stores references, not copies, so history stays cheap at 1,000 nodes. */
import type { TGraph } from '../model/convert.ts';

const LIMIT = 200;

export type THistory = { past: TGraph[]; future: TGraph[] };

export const emptyHistory = (): THistory => ({ past: [], future: [] });

export function record(h: THistory, before: TGraph): THistory {
  const past = h.past.length >= LIMIT ? h.past.slice(1) : h.past.slice();
  past.push(before);
  return { past, future: [] };
}

export function undo(h: THistory, current: TGraph): { history: THistory; graph: TGraph } | null {
  const prev = h.past.at(-1);
  if (!prev) return null;
  return { history: { past: h.past.slice(0, -1), future: [current, ...h.future] }, graph: prev };
}

export function redo(h: THistory, current: TGraph): { history: THistory; graph: TGraph } | null {
  const next = h.future[0];
  if (!next) return null;
  return { history: { past: [...h.past, current], future: h.future.slice(1) }, graph: next };
}
