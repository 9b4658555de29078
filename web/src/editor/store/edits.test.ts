import { describe, expect, it } from 'vitest';
import { fromDocument, type TGraph } from '../model/convert.ts';
import { addNode, connect, copySelection, paste, renamePort } from './edits.ts';

const base = (): TGraph => fromDocument({
  nodes: [
    { id: 'start', kind: 'start', position: { x: 0, y: 0 }, config: {} },
    { id: 'd', kind: 'decision', position: { x: 200, y: 0 }, config: {} },
    { id: 'p', kind: 'parallel', position: { x: 200, y: 200 }, config: {} },
    { id: 'a', kind: 'end', position: { x: 400, y: 0 }, config: { outcome: 'completed' } },
    { id: 'b', kind: 'end', position: { x: 400, y: 200 }, config: { outcome: 'rejected' } },
  ],
  edges: [],
});
const link = (g: TGraph, source: string, sourceHandle: string, target: string) => connect(g, { source, sourceHandle, target, targetHandle: 'in' });

describe('graph edits', () => {
  it('keeps one edge per port: connecting a port again moves its edge', () => {
    const g = link(link(base(), 'start', 'next', 'a'), 'start', 'next', 'b');
    expect(g.edges.map((e) => [e.source, e.sourceHandle, e.target])).toEqual([['start', 'next', 'b']]);
  });

  it('lets a parallel fork to many targets, but not twice to the same one', () => {
    const g = link(link(link(base(), 'p', 'next', 'a'), 'p', 'next', 'b'), 'p', 'next', 'b');
    expect(g.edges.map((e) => e.target)).toEqual(['a', 'b']);
  });

  it('names new decision branches and gives them a condition to edit', () => {
    const g = link(link(base(), 'd', '+branch', 'a'), 'd', '+branch', 'b');
    expect(g.edges.map((e) => [e.sourceHandle, e.data?.when])).toEqual([['branch-1', '=true'], ['branch-2', '=true']]);
    const renamed = renamePort(g, 'd', 'branch-1', 'urgent');
    expect(renamed.edges.map((e) => e.sourceHandle)).toEqual(['urgent', 'branch-2']);
  });

  it('pastes a copy with fresh ids and its inner edges rewired', () => {
    let g = link(base(), 'start', 'next', 'a');
    g = { ...g, nodes: g.nodes.map((n) => ({ ...n, selected: n.id === 'start' || n.id === 'a' })) };
    const clip = copySelection(g);
    if (!clip) throw new Error('nothing copied');
    const pasted = paste(g, clip);
    const fresh = pasted.nodes.filter((n) => n.selected).map((n) => n.id);
    expect(fresh).toEqual(['start-1', 'end-1']);
    expect(pasted.edges.at(-1)).toMatchObject({ source: 'start-1', target: 'end-1' });
    expect(pasted.edges).toHaveLength(2);
  });

  it('adds nodes with readable unique ids and the kind\'s starting config', () => {
    const g = addNode(addNode(base(), 'review', { x: 0, y: 0 }), 'review', { x: 0, y: 0 });
    const reviews = g.nodes.filter((n) => n.type === 'review');
    expect(reviews.map((n) => n.id)).toEqual(['review-1', 'review-2']);
    expect(reviews[0]?.type === 'review' && reviews[0].data.config['outcomes']).toEqual(['approve', 'reject']);
  });
});
