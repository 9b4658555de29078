/**
 * Blind set: documents labelled from docs/spec flow-format.md alone, without reading the compiler. An expected file
 * is either an exact list (each entry matches one diagnostic on the fields it names; nothing else may be reported)
 * or `{ includes?, excludes?, codes? }` where the spec fixes only part of the answer (follow-on diagnostics the
 * spec is silent on are not asserted).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileFlow } from '../src/compiler/compile.ts';
import { FIXTURES_DIR, declaredCatalog, libraryFlows } from './harness.ts';

const BLIND_DIR = join(FIXTURES_DIR, 'blind');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const ZWanted = z.record(z.string(), z.string());
type TWanted = z.infer<typeof ZWanted>;
const ZExpected = z.union([
  z.array(ZWanted),
  z.strictObject({ includes: z.array(ZWanted).optional(), excludes: z.array(z.string()).optional(), codes: z.array(z.string()).optional() }),
]);
type TActual = { code: string } & Record<string, unknown>;

const matches = (want: TWanted, got: TActual) => Object.entries(want).every(([k, v]) => got[k] === v);

/** Pairs every wanted entry with a distinct actual diagnostic; returns the wanted entries left unmatched. */
function unmatched(wanted: TWanted[], actual: TActual[]): TWanted[] {
  const free = [...actual];
  return wanted.filter((w) => {
    const i = free.findIndex((a) => matches(w, a));
    if (i < 0) return true;
    free.splice(i, 1);
    return false;
  });
}

const names = readdirSync(BLIND_DIR).filter((n) => n.endsWith('.flow.json')).map((n) => n.replace(/\.flow\.json$/, ''));

describe('blind fixtures (labelled from the spec)', () => {
  it.each(names.sort())('%s', (name) => {
    const at = (suffix: string) => join(BLIND_DIR, `${name}${suffix}`);
    const known = existsSync(at('.known.json')) ? readJson(at('.known.json')) : {};
    const knownFlows = { ...libraryFlows(), ...(typeof known === 'object' && known !== null ? known : {}) };
    const result = compileFlow(readJson(at('.flow.json')), { catalog: declaredCatalog(), knownFlows });
    const actual: TActual[] = result.diagnostics.map(({ message: _m, ...rest }) => rest);
    const expected = ZExpected.parse(readJson(at('.expected.json')));
    const shown = JSON.stringify(actual);
    if (Array.isArray(expected)) {
      expect(unmatched(expected, actual), shown).toEqual([]);
      expect(actual.length, shown).toBe(expected.length);
    } else {
      const spec = expected;
      expect(unmatched(spec.includes ?? [], actual), shown).toEqual([]);
      for (const code of spec.excludes ?? []) expect(actual.map((a) => a.code), shown).not.toContain(code);
      if (spec.codes) expect(actual.map((a) => a.code).sort(), shown).toEqual([...spec.codes].sort());
    }
    expect(result.ok).toBe(!result.diagnostics.some((d) => d.severity === 'error'));
  });
});
