/**
 * The review form check, shared by the server (fast 400 before Temporal) and the workflow's Update validator
 * (the authority). @cfworker/json-schema interprets the schema without generating code, so it is deterministic and
 * safe inside the workflow sandbox.
 */
import { Validator, type Schema } from '@cfworker/json-schema';

// Wrapper keywords repeat what their nested errors already say ("property x does not match").
const WRAPPERS = new Set(['properties', 'items', 'prefixItems', 'allOf', '$ref', 'additionalItems', 'dependentSchemas']);

function isSchemaObject(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Readable problems of `form` against `schema` (`/field: reason`); empty when valid or when there is no schema. */
export function formProblems(schema: unknown, form: unknown): string[] {
  if (!isSchemaObject(schema)) return [];
  const result = new Validator(schema, '2020-12', false).validate(form ?? {});
  if (result.valid) return [];
  const leaves = result.errors.filter((e) => !WRAPPERS.has(e.keyword));
  const shown = leaves.length > 0 ? leaves : result.errors;
  return [...new Set(shown.map((e) => `${e.instanceLocation.replace(/^#/, '') || '/'}: ${e.error}`))];
}
