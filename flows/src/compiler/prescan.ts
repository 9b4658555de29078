/**
 * A cheap iterative pass over the raw JSON before zod sees it: documents nested deeper than MAX_DEPTH and
 * `__proto__` keys are refused here, so that no later (recursive) step can overflow the stack or touch a prototype.
 */
import { formatPath } from '../format/path.ts';
import { RESERVED_KEYS } from '../format/values.ts';
import type { DiagnosticSink } from './diagnostics.ts';

/** Deepest nesting of objects and arrays a flow document may have. */
export const MAX_DEPTH = 100;

type TFrame = { value: unknown; depth: number; parent: TFrame | null; key: string | number };

function pathOf(frame: TFrame): string {
  const segments: Array<string | number> = [];
  for (let f: TFrame | null = frame; f !== null && f.parent !== null; f = f.parent) segments.push(f.key);
  return formatPath(segments.reverse());
}

/** Reports structural hazards; returns false when the document must not be analysed further. */
export function prescan(raw: unknown, sink: DiagnosticSink): boolean {
  let ok = true;
  const stack: TFrame[] = [{ value: raw, depth: 0, parent: null, key: '' }];
  while (stack.length > 0) {
    const frame = stack.pop();
    if (frame === undefined || typeof frame.value !== 'object' || frame.value === null) continue;
    if (frame.depth >= MAX_DEPTH) {
      sink.add('FORMAT_INVALID', `nested deeper than ${MAX_DEPTH} levels`, { path: pathOf(frame) });
      return false;
    }
    if (Array.isArray(frame.value)) {
      frame.value.forEach((item, index) => stack.push({ value: item, depth: frame.depth + 1, parent: frame, key: index }));
      continue;
    }
    for (const key of Object.keys(frame.value)) {
      const child: TFrame = { value: Reflect.get(frame.value, key), depth: frame.depth + 1, parent: frame, key };
      if (RESERVED_KEYS.has(key)) {
        sink.add('FORMAT_INVALID', `"${key}" is not allowed as a key`, { path: pathOf(child) });
        ok = false;
        continue;
      }
      stack.push(child);
    }
  }
  return ok;
}
