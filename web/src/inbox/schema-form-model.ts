/**
 * The subset of JSON Schema a review form uses, read defensively (the schema comes from a flow document, so it is
 * outside data): object properties of type string / number / integer / boolean, with enum, required, bounds,
 * lengths and pattern. Anything else is shown as a JSON text field rather than silently dropped.
 */
import { humanize } from '../lib/humanize.ts';

export type TFieldKind = 'string' | 'textarea' | 'number' | 'integer' | 'boolean' | 'enum' | 'json';

export type TFieldSpec = {
  name: string;
  kind: TFieldKind;
  title: string;
  description?: string;
  required: boolean;
  options: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  default?: unknown;
};

/** Error codes rather than sentences, so the form translates them. */
export type TFieldError = { code: 'required' | 'number' | 'integer' | 'min' | 'max' | 'minLength' | 'maxLength' | 'pattern' | 'json'; limit?: number | string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function kindOf(prop: Record<string, unknown>): TFieldKind {
  if (Array.isArray(prop.enum)) return 'enum';
  switch (prop.type) {
    case 'string':
      return prop.format === 'textarea' || prop['x-widget'] === 'textarea' || (num(prop.maxLength) ?? 0) > 200 ? 'textarea' : 'string';
    case 'number':
      return 'number';
    case 'integer':
      return 'integer';
    case 'boolean':
      return 'boolean';
    default:
      return 'json';
  }
}

/**
 * The form's fields, required ones first: property order is not reliable once a schema has been stored as jsonb
 * (Postgres reorders object keys), and what must be filled belongs at the top.
 */
export function fieldsOf(schema: unknown): TFieldSpec[] {
  if (!isRecord(schema) || !isRecord(schema.properties)) return [];
  const required = Array.isArray(schema.required) ? schema.required.filter((r) => typeof r === 'string') : [];
  const entries = Object.entries(schema.properties);
  const ordered = [...entries.filter(([n]) => required.includes(n)), ...entries.filter(([n]) => !required.includes(n))];
  return ordered.flatMap(([name, raw]) => {
    if (!isRecord(raw)) return [];
    return [{
      name,
      kind: kindOf(raw),
      title: str(raw.title) ?? humanize(name),
      description: str(raw.description),
      required: required.includes(name),
      options: Array.isArray(raw.enum) ? raw.enum : [],
      minimum: num(raw.minimum),
      maximum: num(raw.maximum),
      minLength: num(raw.minLength),
      maxLength: num(raw.maxLength),
      pattern: str(raw.pattern),
      default: raw.default,
    }];
  });
}

/** Raw input state per field: text as typed (numbers too, so "1." can be typed), booleans as booleans. */
export type TDraft = Record<string, string | boolean>;

export function initialDraft(fields: TFieldSpec[]): TDraft {
  const draft: TDraft = {};
  for (const f of fields) {
    if (f.kind === 'boolean') draft[f.name] = f.default === true;
    else if (f.kind === 'json') draft[f.name] = f.default === undefined ? '' : JSON.stringify(f.default);
    else draft[f.name] = f.default === undefined ? '' : String(f.default);
  }
  return draft;
}

function checkField(f: TFieldSpec, raw: string | boolean | undefined): { value?: unknown; error?: TFieldError } {
  if (f.kind === 'boolean') return { value: raw === true };
  const text = typeof raw === 'string' ? raw : '';
  if (text.trim() === '') return f.required ? { error: { code: 'required' } } : {};
  switch (f.kind) {
    case 'number':
    case 'integer': {
      const n = Number(text);
      if (!Number.isFinite(n)) return { error: { code: 'number' } };
      if (f.kind === 'integer' && !Number.isInteger(n)) return { error: { code: 'integer' } };
      if (f.minimum !== undefined && n < f.minimum) return { error: { code: 'min', limit: f.minimum } };
      if (f.maximum !== undefined && n > f.maximum) return { error: { code: 'max', limit: f.maximum } };
      return { value: n };
    }
    case 'enum':
      // Options may be numbers; map the chosen label back to the option itself.
      return { value: f.options.find((o) => String(o) === text) ?? text };
    case 'json':
      try {
        return { value: JSON.parse(text) };
      } catch {
        return { error: { code: 'json' } };
      }
    case 'string':
    case 'textarea':
      if (f.minLength !== undefined && text.length < f.minLength) return { error: { code: 'minLength', limit: f.minLength } };
      if (f.maxLength !== undefined && text.length > f.maxLength) return { error: { code: 'maxLength', limit: f.maxLength } };
      if (f.pattern !== undefined && !safeRegex(f.pattern)?.test(text)) return { error: { code: 'pattern', limit: f.pattern } };
      return { value: text };
    default: {
      const never: never = f.kind;
      return never;
    }
  }
}

function safeRegex(pattern: string) {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return null;
  }
}

/** Converts the draft into the form value and per-field errors; the value is only usable when errors is empty. */
export function validateDraft(fields: TFieldSpec[], draft: TDraft) {
  const value: Record<string, unknown> = {};
  const errors: Record<string, TFieldError> = {};
  for (const f of fields) {
    const r = checkField(f, draft[f.name]);
    if (r.error) errors[f.name] = r.error;
    else if (r.value !== undefined) value[f.name] = r.value;
  }
  return { value, errors };
}
