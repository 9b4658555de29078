import { describe, expect, it } from 'vitest';
import { sampleComplaintFlow } from '../../../bench/harness/sample-flow.ts';
import { importDocument } from './import-document.ts';

describe('importing a file', () => {
  it('refuses text that is not JSON, naming the problem', () => {
    const r = importDocument('{"nodes": [', [], {}, 'mine');
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]?.message).toMatch(/^not JSON/);
  });

  it('refuses a document outside the format, with the compiler\'s FORMAT_INVALID paths', () => {
    const r = importDocument(JSON.stringify({ format: 'switchboard.flow/v1', key: 'mine', name: 'x', nodes: [{ id: 's', kind: 'start', config: { evil: 1 } }], edges: [] }), [], {}, 'mine');
    expect(r.ok).toBe(false);
    expect(r.diagnostics.some((d) => d.code === 'FORMAT_INVALID' && d.path?.startsWith('nodes[0].config'))).toBe(true);
  });

  it('loads a valid flow under the key of the flow being edited', () => {
    const r = importDocument(JSON.stringify(sampleComplaintFlow), [], {}, 'mine');
    expect(r.ok && r.graph.meta.key).toBe('mine');
    expect(r.ok && r.graph.nodes.length).toBe(9);
  });
});
