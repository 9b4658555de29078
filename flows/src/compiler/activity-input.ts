/**
 * ACTIVITY_UNKNOWN and ACTIVITY_INPUT_INVALID: the literal parts of an activity input are validated against the
 * activity's input JSON Schema with @cfworker/json-schema, which interprets schemas (no code generation, so it
 * runs in the browser and the workflow sandbox). Expression-valued fields count as present, with any value.
 */
import { Validator } from '@cfworker/json-schema';
import type { TActivityType } from '../catalog/types.ts';
import { joinPath } from '../format/path.ts';
import type { TValue } from '../plan/types.ts';
import type { DiagnosticSink, TWhere } from './diagnostics.ts';
import type { TCompiledMapping } from './values.ts';

// Keywords whose failure only summarises failures of subschemas, which are reported themselves.
const SUMMARY_KEYWORDS = new Set([
  'properties', 'items', 'prefixItems', 'additionalProperties', 'patternProperties', 'unevaluatedProperties',
  'unevaluatedItems', 'allOf', '$ref', '$dynamicRef', 'dependentSchemas', 'if', 'then', 'else', 'contains',
]);

const validators = new WeakMap<TActivityType, Validator>();

function validatorOf(activity: TActivityType): Validator | null {
  const cached = validators.get(activity);
  if (cached) return cached;
  try {
    const validator = new Validator(activity.inputSchema, '2020-12', false);
    validators.set(activity, validator);
    return validator;
  } catch {
    return null;
  }
}

/** Looks up an activity type; reports ACTIVITY_UNKNOWN (at `path`) when the catalog lacks it. */
export function resolveActivity(
  catalog: ReadonlyMap<string, TActivityType>, type: string, sink: DiagnosticSink, where: TWhere, path: string,
): TActivityType | undefined {
  const activity = catalog.get(type);
  if (activity === undefined) sink.add('ACTIVITY_UNKNOWN', `activity type "${type}" is not in the catalog`, { ...where, path });
  return activity;
}

/** Validates a compiled input mapping; `path` points at the input field of the document. */
export function checkActivityInput(
  activity: TActivityType, input: TCompiledMapping, sink: DiagnosticSink, where: TWhere, path: string,
): void {
  if (input.value.t === 'expr') return;
  const validator = validatorOf(activity);
  if (validator === null) return;
  const exprs = input.expressionPointers;
  let result;
  try {
    result = validator.validate(probe(input.value));
  } catch {
    return;
  }
  const seen = new Set<string>();
  for (const error of result.errors) {
    const at = error.instanceLocation;
    if (SUMMARY_KEYWORDS.has(error.keyword) || exprs.some((p) => at === p || at.startsWith(`${p}/`))) continue;
    const fieldPath = pointerToPath(path, at);
    const message = error.keyword === 'false'
      ? `${activity.type}: field is not allowed by the input schema`
      : `${activity.type}: ${error.error}`;
    const key = `${fieldPath}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sink.add('ACTIVITY_INPUT_INVALID', message, { ...where, path: fieldPath });
  }
}

/** The instance the schema sees: literals as written, expressions as `null` placeholders (errors there are dropped). */
function probe(value: TValue): unknown {
  switch (value.t) {
    case 'lit': return value.v;
    case 'expr': case 'tpl': return null;
    case 'arr': return value.items.map(probe);
    case 'obj': return Object.fromEntries(Object.entries(value.fields).map(([k, v]) => [k, probe(v)]));
    default: {
      const unreachable: never = value;
      return unreachable;
    }
  }
}

function pointerToPath(base: string, pointer: string): string {
  const segments = pointer.split('/').slice(1).map((s) => decodeURIComponent(s).replaceAll('~1', '/').replaceAll('~0', '~'));
  return segments.reduce<string>((p, s) => joinPath(p, /^\d+$/.test(s) ? Number(s) : s), base);
}
