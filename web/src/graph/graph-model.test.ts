import { describe, expect, it } from 'vitest';
import { graphOf } from './graph-model.ts';

describe('read-only graph model', () => {
  it('keeps document positions and lays out nodes without them by depth', () => {
    const g = graphOf({
      nodes: [
        { id: 'start', kind: 'start' },
        { id: 'review', kind: 'review', label: 'Approve?' },
        { id: 'done', kind: 'end', position: { x: 900, y: 40 } },
      ],
      edges: [
        { id: 'e1', from: 'start', to: 'review' },
        { id: 'e2', from: 'review', to: 'done', port: 'approve' },
        { id: 'e3', from: 'review', to: 'start', port: 'return' },
      ],
    });
    expect(g.nodes.map((n) => [n.id, n.label, n.x, n.y])).toEqual([
      ['start', 'start', 0, 0], ['review', 'Approve?', 230, 0], ['done', 'done', 900, 40],
    ]);
    expect(g.edges.map((e) => e.port)).toEqual(['next', 'approve', 'return']);
    expect(g.vertical).toBe(false);
  });

  it('returns an empty graph for a malformed document', () => {
    expect(graphOf('nope')).toEqual({ nodes: [], edges: [], vertical: false });
    expect(graphOf({ nodes: [1, { kind: 'x' }], edges: [{ from: 1 }] })).toEqual({ nodes: [], edges: [], vertical: false });
  });

  it('draws top-down when the author laid the flow out vertically', () => {
    const g = graphOf({ nodes: [{ id: 'a', kind: 'start', position: { x: 0, y: 0 } }, { id: 'b', kind: 'end', position: { x: 50, y: 300 } }], edges: [] });
    expect(g.vertical).toBe(true);
  });
});
