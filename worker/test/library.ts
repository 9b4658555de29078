/** Library flows compiled against this worker's own catalog, with durations set to seconds for tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileFlow } from '@switchboard/flows/compiler/compile';
import type { TPlan } from '@switchboard/flows/plan/types';
import { defaultActivityDefinitions } from '../src/activities/index.ts';
import { catalogEntry } from '../src/sdk/catalog.ts';

/** `taskQueue` is where the test's worker runs the catalog activities (the compiler copies it into task nodes). */
export function compileLibraryFlow(key: string, taskQueue: string): TPlan {
  const doc: unknown = JSON.parse(readFileSync(fileURLToPath(new URL(`../../flows/library/${key}.flow.json`, import.meta.url)), 'utf8'));
  const catalog = defaultActivityDefinitions.map((d) => catalogEntry(d, taskQueue));
  // The complaint follow-up flow is resolved at run time (subflow); the compiler only needs to know it exists.
  const compiled = compileFlow(doc, { catalog, knownFlows: { 'complaint-follow-up': { subflows: [] } } });
  if (!compiled.plan) throw new Error(`library flow ${key} does not compile: ${JSON.stringify(compiled.diagnostics)}`);
  return compiled.plan;
}

/** Broadband parameters in seconds: short enough for tests, long enough to act before a timeout fires. */
export const fastBroadbandParams = {
  paymentTimeout: '20s',
  pickupTimeout: '20s',
  reviewSla: '1h',
  remindEvery: '1h',
  escalateAfter: '2h',
  statusPageUrl: 'https://switchboard.test/status/',
};
