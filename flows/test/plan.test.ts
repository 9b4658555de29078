/** Plans as the interpreter receives them: through JSON, then parsed with ZPlan. */
import { describe, expect, it } from 'vitest';
import { compileFlow } from '../src/compiler/compile.ts';
import { ZPlan } from '../src/plan/types.ts';
import { declaredCatalog, libraryFlows } from './harness.ts';

const roundTrip = (plan: unknown) => ZPlan.parse(JSON.parse(JSON.stringify(plan)));

describe('compiled plans', () => {
  it('survive JSON and ZPlan, including a parameter without a default', () => {
    const result = compileFlow({
      format: 'switchboard.flow/v1', key: 'params-flow', name: 'Params',
      parameters: { bare: { schema: { type: 'string' } }, withDefault: { default: '4h' } },
      nodes: [{ id: 's', kind: 'start' }, { id: 'w', kind: 'wait', config: { duration: '=params.withDefault' } }, { id: 'e', kind: 'end', config: { outcome: 'completed' } }],
      edges: [{ id: 'e1', from: 's', to: 'w' }, { id: 'e2', from: 'w', to: 'e' }],
    });
    expect(result.diagnostics).toEqual([]);
    const plan = roundTrip(result.plan);
    expect(plan.parameters).toEqual({ bare: { schema: { type: 'string' } }, withDefault: { default: '4h' } });
    expect(plan.nodes['w']).toMatchObject({ kind: 'wait', duration: { expr: 'params.withDefault' } });
  });

  it('hash the same document to the same hash, and a changed document to another', () => {
    const library = libraryFlows();
    const doc = library['hello-review'];
    const a = compileFlow(doc, { catalog: declaredCatalog(), knownFlows: library }).plan;
    const b = compileFlow(structuredClone(doc), { catalog: declaredCatalog(), knownFlows: library }).plan;
    expect(a?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(b?.hash).toBe(a?.hash);
    const changed = compileFlow({ ...(doc as object), name: 'Hello again' }, { catalog: declaredCatalog(), knownFlows: library }).plan;
    expect(changed?.hash).not.toBe(a?.hash);
    for (const key of Object.keys(library)) roundTrip(compileFlow(library[key], { catalog: declaredCatalog(), knownFlows: library }).plan);
  });
});
