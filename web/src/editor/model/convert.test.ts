import { describe, expect, it } from 'vitest';
import { compileFlow } from '@switchboard/flows/compiler/compile';
import { sampleComplaintFlow } from '../../../bench/harness/sample-flow.ts';
import { fromDocument, toDocument } from './convert.ts';
import { portsOf } from './ports.ts';

describe('flow document ⇄ editor state', () => {
  it('round-trips a document: same nodes, edges, ports, conditions and notes, and it still compiles clean', () => {
    const back = toDocument(fromDocument(sampleComplaintFlow));
    expect(back['nodes']).toEqual(sampleComplaintFlow['nodes']);
    expect(back['edges']).toEqual(sampleComplaintFlow['edges']);
    expect(back['ui']).toEqual(sampleComplaintFlow['ui']);
    expect(back['parameters']).toEqual(sampleComplaintFlow['parameters']);
    expect(compileFlow(back).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('keeps hostile keys as plain data and drops what cannot be drawn', () => {
    const raw = JSON.parse('{"nodes":[{"id":"a","kind":"start","config":{"__proto__":{"polluted":true}}},{"id":"b","kind":"nope"},"junk"],"edges":{"not":"an array"}}');
    const g = fromDocument(raw);
    expect(g.nodes.map((n) => n.id)).toEqual(['a']);
    expect(g.edges).toEqual([]);
    const config = g.nodes[0]?.type === 'start' ? g.nodes[0].data.config : {};
    expect(Object.hasOwn(config, '__proto__')).toBe(true);
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
    expect(fromDocument('not a flow').nodes).toEqual([]);
  });
});

describe('ports per kind', () => {
  it('adds `expired` to a review only when it can expire, and `timeout` to an event only with a timeout', () => {
    const names = (...a: Parameters<typeof portsOf>) => portsOf(...a).map((p) => p.name);
    expect(names('review', { outcomes: ['approve', 'reject'] }, [])).toEqual(['approve', 'reject']);
    expect(names('review', { outcomes: ['ok'], sla: { expireAfter: '72h' } }, [])).toEqual(['ok', 'expired']);
    expect(names('event', { event: 'x' }, [])).toEqual(['received']);
    expect(names('event', { event: 'x', timeout: '1h' }, [])).toEqual(['received', 'timeout']);
    expect(names('decision', {}, ['urgent', 'default', 'urgent'])).toEqual(['urgent', 'default', '+branch']);
    expect(names('end', { outcome: 'completed' }, [])).toEqual([]);
  });
});
