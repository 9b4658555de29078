/**
 * Shared by the fixture tests and `update-fixtures.ts`: how a fixture is compiled (the offline catalog, the library
 * flows and an optional `<name>.known.json` as known flows) and how its diagnostics are compared (without messages,
 * which may be reworded; code, severity, nodeId, edgeId and path are the contract).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFlow, type TCompileResult } from '../src/compiler/compile.ts';

export const FLOWS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES_DIR = join(FLOWS_DIR, 'fixtures');
export const LIBRARY_DIR = join(FLOWS_DIR, 'library');

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

export const declaredCatalog = (): unknown[] => {
  const value = readJson(join(FLOWS_DIR, 'catalog', 'declared.json'));
  return Array.isArray(value) ? value : [];
};

export function libraryFlows(): Record<string, unknown> {
  const flows: Record<string, unknown> = {};
  for (const name of readdirSync(LIBRARY_DIR).filter((n) => n.endsWith('.flow.json')).sort()) {
    flows[name.replace(/\.flow\.json$/, '')] = readJson(join(LIBRARY_DIR, name));
  }
  return flows;
}

export type TFixture = { code: string; name: string; file: string; expectedFile: string; knownFile: string };

/** Every `flows/fixtures/<CODE>/<name>.flow.json`, sorted. */
export function listFixtures(): TFixture[] {
  // `messages/` and `library-plans/` hold other fixtures; diagnostic fixtures live in folders named by code.
  return readdirSync(FIXTURES_DIR).filter((code) => /^[A-Z_]+$/.test(code)).sort().flatMap((code) =>
    readdirSync(join(FIXTURES_DIR, code)).filter((n) => n.endsWith('.flow.json')).sort().map((file) => {
      const name = file.replace(/\.flow\.json$/, '');
      const at = (suffix: string) => join(FIXTURES_DIR, code, `${name}${suffix}`);
      return { code, name, file: at('.flow.json'), expectedFile: at('.expected.json'), knownFile: at('.known.json') };
    }));
}

export function compileFixture(fixture: TFixture): TCompileResult {
  const known = existsSync(fixture.knownFile) ? readJson(fixture.knownFile) : {};
  const knownFlows = { ...libraryFlows(), ...(typeof known === 'object' && known !== null ? known : {}) };
  return compileFlow(readJson(fixture.file), { catalog: declaredCatalog(), knownFlows });
}

/** Diagnostics as compared: every field but the message. */
export function comparable(result: TCompileResult): Array<Record<string, string>> {
  return result.diagnostics.map(({ message: _message, ...rest }) => rest);
}

export const readExpected = (fixture: TFixture): unknown => readJson(fixture.expectedFile);
