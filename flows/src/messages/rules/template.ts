/** Placeholders left in the text (TPL-001) and variables unbound for a preview recipient (TPL-002). */
import { finding, type TFinding } from '../finding.ts';
import type { TRuleContext } from './context.ts';

/** `{{ name }}` variables are template syntax when preview bindings are given; other placeholders never are. */
export function checkTemplate({ profile, analysis, previewBindings }: TRuleContext): TFinding[] {
  const out: TFinding[] = [];
  for (const p of analysis.markup.placeholders) {
    const isVariable = previewBindings !== undefined && p.syntax === 'mustache';
    if (!isVariable) {
      out.push(finding('TPL-001', profile, {
        span: p.span, found: p.raw,
        message: `the placeholder "${p.raw}" is left in the rendered text`,
        hint: 'render the template with the recipient\'s values, or remove the placeholder',
      }));
      continue;
    }
    const unbound = previewBindings.map((b, i) => ({ b, i })).filter(({ b }) => lookup(b, p.name) === undefined);
    if (unbound.length === 0) continue;
    out.push(finding('TPL-002', profile, {
      span: p.span, found: p.raw, expected: `a value for "${p.name}"`,
      message: `the template variable "${p.name}" is unbound for preview recipient${unbound.length > 1 ? 's' : ''} ${unbound.map(({ i }) => `#${i + 1}`).join(', ')}`,
      hint: `bind "${p.name}" for every recipient or give it a default`,
    }));
  }
  return out;
}

/** Reads `a.b.c` from bindings without evaluating anything (the library runs in the browser). */
export function lookup(bindings: Readonly<Record<string, unknown>>, path: string): unknown {
  let current: unknown = bindings;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = Object.getOwnPropertyDescriptor(current, key)?.value;
  }
  return current === null ? undefined : current;
}

/** The text for one preview recipient: bound `{{ name }}` variables replaced, unbound ones left as written. */
export function renderPreview(text: string, bindings: Readonly<Record<string, unknown>>): string {
  return text.replace(/\{\{\s*([^{}]{0,64}?)\s*\}\}/g, (raw, name: string) => {
    const v = lookup(bindings, name.trim());
    return v === undefined ? raw : String(v);
  });
}
