/** The library flows compile cleanly against the offline catalog, and their plans match the reviewed golden plans. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFlow } from '../src/compiler/compile.ts';
import { ZPlan } from '../src/plan/types.ts';
import { FIXTURES_DIR, declaredCatalog, libraryFlows } from './harness.ts';

const library = libraryFlows();

describe('library flows', () => {
  it('holds the three service flows and the walking-skeleton flow', () => {
    expect(Object.keys(library).sort()).toEqual(['broadband-disconnection', 'campaign-approval', 'complaint-follow-up', 'hello-review']);
  });

  it.each(Object.keys(library))('%s compiles with no diagnostics to its golden plan', (key) => {
    const result = compileFlow(library[key], { catalog: declaredCatalog(), knownFlows: library });
    expect(result.diagnostics).toEqual([]);
    expect(ZPlan.parse(result.plan)).toEqual(result.plan);
    const golden: unknown = JSON.parse(readFileSync(join(FIXTURES_DIR, 'library-plans', `${key}.plan.json`), 'utf8'));
    expect(result.plan).toEqual(golden);
  });

  it('takes every duration a test needs short from params', () => {
    const text = JSON.stringify(library);
    // Literal durations in the library would make integration tests wait hours.
    for (const field of ['"timeout":"', '"due":"', '"remindEvery":"', '"after":"', '"expireAfter":"', '"duration":"']) {
      for (const match of text.split(field).slice(1)) expect(match.startsWith('=')).toBe(true);
    }
  });

  it('pairs the parallel reviews with their joins', () => {
    const result = compileFlow(library['complaint-follow-up'], { catalog: declaredCatalog(), knownFlows: library });
    const fork = result.plan?.nodes['consult_fork'];
    const join = result.plan?.nodes['consult_join'];
    expect(fork?.kind === 'parallel' && fork.joinId).toBe('consult_join');
    expect(join?.kind === 'join' && [join.parallelId, join.branchCount]).toEqual(['consult_fork', 3]);
  });
});
