/** Which context paths an expression reads (`vars.x`, `input.customer.id`, `params.sla`), from its JSONata AST. */
import { parseExpression } from './parse.ts';

const ROOTS: ReadonlySet<string> = new Set(['vars', 'input', 'params', 'run']);

/**
 * The dotted context paths an expression reads, e.g. `["vars.arrears.amountCny", "input.channel"]`; each path
 * stops at the first step that is not a plain name. Empty when the expression does not parse.
 */
export function listReadPaths(src: string): string[] {
  const hit = cache.get(src);
  if (hit) return [...hit];
  const paths = collectReadPaths(src);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(src, paths);
  return [...paths];
}

const CACHE_LIMIT = 5_000;
const cache = new Map<string, readonly string[]>();

function collectReadPaths(src: string): string[] {
  const parsed = parseExpression(src);
  if (!parsed.ok) return [];
  const found = new Set<string>();
  const seen = new Set<object>();
  // Iterative walk: the AST of a long expression can be deeper than the call stack allows.
  const stack: unknown[] = [parsed.expression.ast()];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    if (Reflect.get(node, 'type') === 'path') collectPath(Reflect.get(node, 'steps'), found);
    for (const value of Object.values(node)) if (typeof value === 'object' && value !== null) stack.push(value);
  }
  return [...found].sort();
}

function collectPath(steps: unknown, found: Set<string>): void {
  if (!Array.isArray(steps)) return;
  const names: string[] = [];
  // `$.vars.x` and `$$.vars.x` read the same root as `vars.x`.
  const first = 0 < steps.length && isStep(steps[0], 'variable') && ['', '$'].includes(stepValue(steps[0])) ? 1 : 0;
  for (let i = first; i < steps.length; i += 1) {
    const step: unknown = steps[i];
    if (!isStep(step, 'name')) break;
    names.push(stepValue(step));
    if (Reflect.get(step as object, 'stages') !== undefined) break;
  }
  const root = names[0];
  if (root !== undefined && ROOTS.has(root) && names.length > 1) found.add(names.join('.'));
}

function isStep(step: unknown, type: string): boolean {
  return typeof step === 'object' && step !== null && Reflect.get(step, 'type') === type;
}

function stepValue(step: unknown): string {
  const value = typeof step === 'object' && step !== null ? Reflect.get(step, 'value') : undefined;
  return typeof value === 'string' ? value : '';
}

/** The variable names (`x` of `vars.x`) an expression reads. */
export function readVarNames(src: string): string[] {
  const names = new Set<string>();
  for (const path of listReadPaths(src)) if (path.startsWith('vars.')) names.add(path.split('.')[1] ?? '');
  names.delete('');
  return [...names].sort();
}
