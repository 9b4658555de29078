import { describe, expect, it } from 'vitest';
import { collapseVisits } from './timeline-model.ts';

const ev = (id: string, nodeId: string | null, type: string, port: string | null = null) => ({ id, nodeId, type, port, at: '2026-01-01T00:00:00Z', durationMs: null });

describe('run timeline', () => {
  it('shows one line per finished step and keeps the step under way', () => {
    const out = collapseVisits([
      ev('1', null, 'run.started'),
      ev('2', 'prepare', 'node.entered'),
      ev('3', 'prepare', 'node.left', 'next'),
      ev('4', 'review', 'node.entered'),
      ev('5', 'review', 'node.left', 'return'),
      ev('6', 'review', 'node.entered'),
    ]);
    expect(out.map((e) => e.id)).toEqual(['1', '3', '5', '6']);
  });
});
