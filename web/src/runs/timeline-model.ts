/**
 * Folds each node visit's `node.entered` into its `node.left` (which carries the port and duration), so the
 * timeline reads one line per step; a visit still under way keeps its `entered` line.
 */
export type TTimelineEvent = { id: string; nodeId: string | null; type: string; port: string | null; at: string; durationMs: number | null };

export function collapseVisits<T extends TTimelineEvent>(events: T[]): T[] {
  const open = new Map<string, number[]>();
  const drop = new Set<number>();
  events.forEach((e, i) => {
    if (!e.nodeId) return;
    if (e.type === 'node.entered') open.set(e.nodeId, [...(open.get(e.nodeId) ?? []), i]);
    if (e.type === 'node.left') {
      const pending = open.get(e.nodeId);
      const entered = pending?.shift();
      if (entered !== undefined) drop.add(entered);
    }
  });
  return events.filter((_, i) => !drop.has(i));
}
