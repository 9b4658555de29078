/** The start payload against the version's `inputSchema` (JSON Schema 2020-12); each problem names its field. */
import { Validator } from '@cfworker/json-schema';
import type { TFieldIssue } from '../../errors.ts';

export function inputProblems(schema: Record<string, unknown>, input: unknown): TFieldIssue[] {
  if (Object.keys(schema).length === 0) return [];
  const result = new Validator(schema, '2020-12', false).validate(input);
  // cfworker reports a summary error per failing keyword plus the leaf errors; the leaves name the fields.
  const leaves = result.errors.filter((e) => e.keyword !== 'properties' && e.keyword !== 'allOf' && e.keyword !== '$ref');
  return leaves.slice(0, 20).map((error) => {
    const at = error.instanceLocation.replace(/^#\/?/, '').replaceAll('/', '.');
    return { path: at ? `input.${at}` : 'input', message: error.error };
  });
}
