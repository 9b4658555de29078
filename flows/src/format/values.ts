/** zod pieces shared by the node configs: names, durations, expressions, templates and mappings. */
import { z } from 'zod';

/** Names that would alter an object's prototype when used as a key at run time. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__']);

/** A node id: `[A-Za-z0-9_-]{1,64}` (spec), except the reserved `__proto__`. */
export const ZNodeId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must match [A-Za-z0-9_-]{1,64}')
  .refine((id) => !RESERVED_KEYS.has(id), 'is a reserved name');

/**
 * A variable (or parameter) name. Identifiers read as `vars.name`; other names need backticks in JSONata
 * (`vars.\`my-var\``), so only dots and whitespace, which would split the path, are refused.
 */
export const ZVarName = z
  .string()
  .regex(/^[^.\s]{1,64}$/, 'must be 1-64 characters without dots or whitespace')
  .refine((id) => !RESERVED_KEYS.has(id), 'is a reserved name');

/** A port or review outcome name (any language; whitespace would make it unreadable in ports and logs). */
export const ZPortName = z
  .string()
  .regex(/^\S{1,64}$/, 'must be 1-64 characters without whitespace')
  .refine((id) => !RESERVED_KEYS.has(id), 'is a reserved name');

/** A literal duration (`PT30M`, `90s`) or `=expression`; literals are parsed later (DURATION_INVALID). */
export const ZDurationSource = z.string();

/** A JSONata expression, with or without the leading `=`; syntax is checked later (EXPR_SYNTAX). */
export const ZExprSource = z.string();

/** A `{{ }}` template, or `=expression`. */
export const ZTemplateSource = z.string();

/** A Mapping: any JSON value whose strings starting with `=` are expressions. */
export const ZMapping = z.unknown();

/** A JSON Schema object (not validated as a schema here). */
export const ZJsonSchema = z.record(z.string(), z.unknown());

/** Free-form editor data, ignored by the compiler. */
export const ZUi = z.record(z.string(), z.unknown());
