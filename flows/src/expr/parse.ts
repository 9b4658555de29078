/** JSONata parsing with a bounded cache; the parser is the syntax check behind EXPR_SYNTAX. */
import jsonata from 'jsonata';

/** Longest expression the compiler accepts; longer ones are reported rather than parsed. */
export const MAX_EXPRESSION_LENGTH = 20_000;
const CACHE_LIMIT = 5_000;

/** The outcome of parsing one expression. */
export type TParsedExpression =
  | { ok: true; expression: jsonata.Expression }
  | { ok: false; message: string; position?: number };

const cache = new Map<string, TParsedExpression>();

/** Parses a JSONata expression (without the leading `=`); never throws. */
export function parseExpression(src: string): TParsedExpression {
  const hit = cache.get(src);
  if (hit) return hit;
  const parsed = parseUncached(src);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(src, parsed);
  return parsed;
}

function parseUncached(src: string): TParsedExpression {
  if (src.length > MAX_EXPRESSION_LENGTH) {
    return { ok: false, message: `expression is longer than ${MAX_EXPRESSION_LENGTH} characters` };
  }
  if (src.trim() === '') return { ok: false, message: 'expression is empty' };
  try {
    return { ok: true, expression: jsonata(src) };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, message: 'expression is nested too deeply' };
    const message = readField(error, 'message');
    const position = readField(error, 'position');
    return {
      ok: false,
      message: typeof message === 'string' ? message : 'expression does not parse',
      ...(typeof position === 'number' ? { position } : {}),
    };
  }
}

function readField(error: unknown, field: string): unknown {
  return typeof error === 'object' && error !== null && field in error ? Reflect.get(error, field) : undefined;
}

/** Splits a written value into expression source, or null when it is a literal (`==x` escapes a literal `=x`). */
export function expressionSource(text: string): string | null {
  return text.startsWith('=') && !text.startsWith('==') ? text.slice(1) : null;
}

/** The literal a written string stands for (`==x` → `=x`). */
export function literalText(text: string): string {
  return text.startsWith('==') ? text.slice(1) : text;
}
