import { describe, expect, it } from 'vitest';
import { pathHighlight } from '../run/path.ts';
import { fromDocument } from '../model/convert.ts';
import { diffDocuments } from './diff.ts';

const v1 = {
  nodes: [
    { id: 's', kind: 'start', config: {} },
    { id: 'w', kind: 'wait', label: 'Wait', config: { duration: '1h' } },
    { id: 'e', kind: 'end', config: { outcome: 'completed' } },
  ],
  edges: [{ id: 'e1', from: 's', to: 'w' }, { id: 'e2', from: 'w', to: 'e' }],
};

describe('visual diff', () => {
  it('marks added, removed and changed nodes and edges, keeping removed ones visible as ghosts', () => {
    const v2 = {
      nodes: [v1.nodes[0], { ...v1.nodes[1], config: { duration: '2h' } }, { id: 'x', kind: 'end', config: { outcome: 'failed' } }],
      edges: [v1.edges[0], { id: 'e3', from: 'w', to: 'x' }],
    };
    const d = diffDocuments(v1, v2);
    expect(Object.fromEntries(d.nodes)).toEqual({ w: 'changed', x: 'added', e: 'removed' });
    expect(Object.fromEntries(d.edges)).toEqual({ e3: 'added', e2: 'removed' });
    expect(d.graph.nodes.map((n) => n.id).sort()).toEqual(['e', 's', 'w', 'x']);
    expect(d.counts).toEqual({ added: 2, removed: 2, changed: 1 });
  });

  it('finds nothing between a document and itself', () => {
    expect(diffDocuments(v1, v1).counts).toEqual({ added: 0, removed: 0, changed: 0 });
  });
});

describe('run path on the canvas', () => {
  it('marks visited nodes, the start, the edges taken by port, and where the run waits', () => {
    const g = fromDocument({
      nodes: [...v1.nodes, { id: 'r', kind: 'review', config: { outcomes: ['ok', 'no'] } }],
      edges: [...v1.edges, { id: 'e4', from: 'w', to: 'r' }, { id: 'e5', from: 'r', to: 'e', port: 'ok' }, { id: 'e6', from: 'r', to: 'e', port: 'no' }],
    });
    const h = pathHighlight({ status: 'completed', visited: ['w', 'r', 'e'], current: [], ports: new Map([['r', ['ok']]]) }, g.nodes, g.edges);
    expect(Object.fromEntries(h.nodes)).toEqual({ s: 'path', w: 'path', r: 'path', e: 'path' });
    expect([...h.edges.keys()].sort()).toEqual(['e1', 'e2', 'e4', 'e5']);
    const waiting = pathHighlight({ status: 'running', visited: ['w'], current: ['w'], ports: new Map() }, g.nodes, g.edges);
    expect(waiting.nodes.get('w')).toBe('current');
  });
});
