/** `{{ expr }}` templates: splitting into literal text and JSONata segments, and a synchronous preview renderer. */
import { parseExpression } from './parse.ts';

/** A template split into literal text and expression segments. */
export type TTemplateParts = Array<string | { src: string }>;

/** Splits a template; returns the first problem (unclosed or empty segment, segment syntax) instead of throwing. */
export function parseTemplate(text: string): { ok: true; parts: TTemplateParts } | { ok: false; message: string } {
  const parts: TTemplateParts = [];
  let cursor = 0;
  while (cursor < text.length) {
    const open = text.indexOf('{{', cursor);
    if (open < 0) break;
    const close = text.indexOf('}}', open + 2);
    if (close < 0) return { ok: false, message: `"{{" at ${open} is never closed with "}}"` };
    if (open > cursor) parts.push(text.slice(cursor, open));
    const src = text.slice(open + 2, close).trim();
    const parsed = parseExpression(src);
    if (!parsed.ok) return { ok: false, message: `segment "{{${text.slice(open + 2, close)}}}": ${parsed.message}` };
    parts.push({ src });
    cursor = close + 2;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return { ok: true, parts };
}

/** What `renderTemplate` produced, with the segments it could not fill. */
export type TRenderedTemplate = {
  text: string;
  /** Segments whose path has no value in the bindings (e.g. `recipient.name`). */
  unbound: string[];
  /** Segments that are not plain paths (`a.b[0].c`) and so cannot be rendered without the async evaluator. */
  unsupported: string[];
};

const PATH = /^[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*|\[\d+\])*$/;
const STEP = /[A-Za-z_$][A-Za-z0-9_$]*|\d+/g;

/**
 * Renders a template synchronously against plain bindings, for message previews. Each segment must be a plain
 * path; nothing is evaluated. With `strict`, unbound and unsupported segments stay in the text as written (so a
 * placeholder never silently disappears); otherwise they render as the empty string.
 */
export function renderTemplate(template: string, bindings: unknown, options: { strict?: boolean } = {}): TRenderedTemplate {
  const unbound: string[] = [];
  const unsupported: string[] = [];
  let text = '';
  let cursor = 0;
  while (cursor < template.length) {
    const open = template.indexOf('{{', cursor);
    const close = open < 0 ? -1 : template.indexOf('}}', open + 2);
    if (open < 0 || close < 0) break;
    text += template.slice(cursor, open);
    const written = template.slice(open, close + 2);
    const src = template.slice(open + 2, close).trim();
    const value = PATH.test(src) ? lookup(bindings, src) : undefined;
    if (!PATH.test(src)) unsupported.push(src);
    else if (value === undefined || value === null) unbound.push(src);
    if (value !== undefined && value !== null) text += stringify(value);
    else if (options.strict) text += written;
    cursor = close + 2;
  }
  return { text: text + template.slice(cursor), unbound, unsupported };
}

function lookup(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const step of path.match(STEP) ?? []) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, step)) return undefined;
    current = Reflect.get(current, step);
  }
  return current;
}

/** How a template segment's value appears in text. */
export function stringify(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '';
}
