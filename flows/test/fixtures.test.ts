/** Golden fixtures: every diagnostic code has documents that must raise it and near-misses that must not. */
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../src/compiler/diagnostics.ts';
import { comparable, compileFixture, listFixtures, readExpected } from './harness.ts';

const fixtures = listFixtures().filter((f) => f.code !== 'messages');
// Codes for faults of the compiler or of sheer size, exercised by hostile.test.ts instead of fixtures.
const NOT_FIXTURED = new Set(['COMPILER_INTERNAL', 'DIAGNOSTICS_TRUNCATED', 'FLOW_TOO_COMPLEX']);

describe('compiler fixtures', () => {
  it.each(fixtures.map((f) => [`${f.code}/${f.name}`, f] as const))('%s', (_, fixture) => {
    const result = compileFixture(fixture);
    expect(comparable(result)).toEqual(readExpected(fixture));
    const codes = result.diagnostics.map((d) => d.code);
    if (fixture.name.startsWith('near-miss')) expect(codes).not.toContain(fixture.code);
    else expect(codes).toContain(fixture.code);
    for (const d of result.diagnostics) {
      expect(d.message.length).toBeGreaterThan(10);
      expect(d.severity).toBe(DIAGNOSTIC_CODES[d.code as keyof typeof DIAGNOSTIC_CODES]);
    }
    expect(result.ok).toBe(!result.diagnostics.some((d) => d.severity === 'error'));
    expect(result.plan !== undefined).toBe(result.ok);
  });

  it('covers every code with a document that raises it and a near-miss that does not', () => {
    for (const code of Object.keys(DIAGNOSTIC_CODES).filter((c) => !NOT_FIXTURED.has(c))) {
      const mine = fixtures.filter((f) => f.code === code);
      expect(mine.some((f) => !f.name.startsWith('near-miss')), `${code} raising fixture`).toBe(true);
      expect(mine.some((f) => f.name.startsWith('near-miss')), `${code} near-miss fixture`).toBe(true);
    }
  });
});
