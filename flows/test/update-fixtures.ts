/**
 * Rewrites every fixture's `.expected.json` from the current compiler. Run it only after a deliberate change,
 * then review the diff: the expected files are the specification of each diagnostic, not a snapshot to accept.
 *   node --import tsx flows/test/update-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileFlow } from '../src/compiler/compile.ts';
import { FIXTURES_DIR, comparable, compileFixture, declaredCatalog, libraryFlows, listFixtures } from './harness.ts';

for (const fixture of listFixtures().filter((f) => f.code !== 'messages')) {
  writeFileSync(fixture.expectedFile, `${JSON.stringify(comparable(compileFixture(fixture)), null, 2)}\n`);
}

// Golden plans of the library flows.
mkdirSync(join(FIXTURES_DIR, 'library-plans'), { recursive: true });
const library = libraryFlows();
for (const [key, doc] of Object.entries(library)) {
  const result = compileFlow(doc, { catalog: declaredCatalog(), knownFlows: library });
  if (!result.plan) throw new Error(`${key} does not compile: ${JSON.stringify(result.diagnostics)}`);
  writeFileSync(join(FIXTURES_DIR, 'library-plans', `${key}.plan.json`), `${JSON.stringify(result.plan, null, 2)}\n`);
}
