/**
 * Property-based fuzzing: random JSON, random graphs and mutated library flows. The compiler never throws, never
 * hangs, answers the same for the same input, and when it says ok its plan is well-formed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZDiagnostic } from '../src/catalog/types.ts';
import { compileFlow, type TCompileResult } from '../src/compiler/compile.ts';
import { ZPlan } from '../src/plan/types.ts';
import { declaredCatalog, libraryFlows } from './harness.ts';

const catalog = declaredCatalog();
const library = libraryFlows();

function checkResult(result: TCompileResult): void {
  for (const d of result.diagnostics) expect(ZDiagnostic.safeParse(d).success).toBe(true);
  expect(result.ok).toBe(!result.diagnostics.some((d) => d.severity === 'error'));
  expect(result.diagnostics.map((d) => d.code)).not.toContain('COMPILER_INTERNAL');
  if (!result.ok) {
    expect(result.plan).toBeUndefined();
    return;
  }
  const plan = ZPlan.parse(result.plan);
  for (const node of Object.values(plan.nodes)) {
    for (const targets of Object.values(node.ports)) for (const target of targets) expect(plan.nodes).toHaveProperty([target]);
    if (node.kind === 'parallel') expect(node.joinId).not.toBeNull();
    if (node.kind === 'join') expect(node.branchCount).toBeGreaterThanOrEqual(2);
  }
}

function compileTwice(doc: unknown): TCompileResult {
  const first = compileFlow(doc, { catalog, knownFlows: library });
  expect(compileFlow(doc, { catalog, knownFlows: library })).toEqual(first);
  return first;
}

const ids = ['start', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'x'];
const expr = fc.constantFrom('=vars.a', '=input.x > 1', '=vars.b.c', '=(', '=params.p', 'literal', '{{vars.a}}', '{{', '=$now()');
const duration = fc.constantFrom('1s', 'PT1M', '=params.d', 'soon', '3d', '');
const config = fc.oneof(
  fc.constant({}),
  fc.record({ activity: fc.constantFrom('noop', 'http.request', 'telecom.getArrears', 'nope'), input: fc.dictionary(fc.constantFrom('lineId', 'url', 'method', 'x'), expr), output: fc.constantFrom('a', 'b') }, { requiredKeys: ['activity'] }),
  fc.record({ outcome: fc.constantFrom('completed', 'rejected', 'odd'), result: fc.dictionary(fc.string({ maxLength: 3 }), expr) }, { requiredKeys: ['outcome'] }),
  fc.record({ outcomes: fc.array(fc.constantFrom('approve', 'reject', 'next'), { maxLength: 3 }), assignees: fc.record({ groups: fc.array(fc.constantFrom('g1', 'g2'), { maxLength: 2 }) }), title: expr, sla: fc.record({ due: duration, expireAfter: duration }, { requiredKeys: [] }), output: fc.constantFrom('a', 'c') }, { requiredKeys: ['outcomes'] }),
  fc.record({ event: fc.constant('paid'), timeout: duration, output: fc.constant('b') }, { requiredKeys: ['event'] }),
  fc.record({ duration }),
  fc.record({ mode: fc.constantFrom('all', 'any', { atLeast: 2 }) }),
  fc.record({ assign: fc.dictionary(fc.constantFrom('a', 'b', 'c'), expr) }),
  fc.record({ flow: fc.constantFrom('complaint-follow-up', 'nope', 'fuzz-flow'), input: fc.constant({}) }),
);
const node = fc.record({
  id: fc.constantFrom(...ids),
  kind: fc.constantFrom('start', 'end', 'task', 'decision', 'parallel', 'join', 'review', 'wait', 'event', 'set', 'subflow', 'notify', 'bogus'),
  config,
});
const edge = fc.record({
  id: fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9', 'e10', 'e11', 'e12'),
  from: fc.constantFrom(...ids),
  to: fc.constantFrom(...ids, 'ghost'),
  port: fc.constantFrom(undefined, 'next', 'error', 'approve', 'reject', 'default', 'timeout', 'received', 'expired', 'yes'),
  when: fc.constantFrom(undefined, '=vars.a > 1', '=input.x', '=('),
}, { requiredKeys: ['id', 'from', 'to'] });
const graph = fc.record({ nodes: fc.array(node, { maxLength: 12 }), edges: fc.array(edge, { maxLength: 20 }) })
  .map(({ nodes, edges }) => ({ format: 'switchboard.flow/v1', key: 'fuzz-flow', name: 'Fuzz', nodes, edges: edges.map((e) => JSON.parse(JSON.stringify(e))) }));

describe('compiler fuzzing', () => {
  it('never throws on arbitrary values', () => {
    fc.assert(fc.property(fc.anything(), (value) => { checkResult(compileTwice(value)); }), { numRuns: 300 });
  });

  it('never throws on random graphs and is deterministic', () => {
    fc.assert(fc.property(graph, (doc) => { checkResult(compileTwice(doc)); }), { numRuns: 600 });
  });

  it('never throws on mutated library flows', () => {
    const docs = Object.values(library);
    const mutation = fc.record({
      doc: fc.nat({ max: docs.length - 1 }),
      dropNodes: fc.array(fc.nat(), { maxLength: 3 }),
      dropEdges: fc.array(fc.nat(), { maxLength: 5 }),
      rewire: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
      ports: fc.array(fc.tuple(fc.nat(), fc.constantFrom('next', 'error', 'timeout', 'bogus', 'default')), { maxLength: 3 }),
    });
    fc.assert(fc.property(mutation, (m) => {
      const doc = structuredClone(docs[m.doc]) as { nodes: Array<{ id: string }>; edges: Array<{ to: string; port?: string }> };
      for (const i of m.dropNodes) doc.nodes.splice(i % doc.nodes.length, 1);
      for (const i of m.dropEdges) doc.edges.splice(i % Math.max(1, doc.edges.length), 1);
      for (const [e, n] of m.rewire) {
        const target = doc.edges[e % Math.max(1, doc.edges.length)];
        if (target && doc.nodes.length > 0) target.to = doc.nodes[n % doc.nodes.length]?.id ?? 'x';
      }
      for (const [e, port] of m.ports) {
        const target = doc.edges[e % Math.max(1, doc.edges.length)];
        if (target) target.port = port;
      }
      checkResult(compileTwice(doc));
    }), { numRuns: 200 });
  });
});
