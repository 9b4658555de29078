/**
 * Diagnostic paths. A path names one place in a flow document with JavaScript-like accessors from the
 * document root: `.name` for a key that is an identifier, `[3]` for an array index and `["odd key"]` (JSON string
 * quoting) for any other key — e.g. `nodes[3].config.activity`, `parameters["review-sla"].default`.
 * The root itself is the empty string.
 */
export type TPathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Renders path segments in the syntax above. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'symbol') out += `[${JSON.stringify(String(segment))}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Appends segments to an already formatted path. */
export function joinPath(base: string, ...segments: readonly TPathSegment[]): string {
  const tail = formatPath(segments);
  if (base === '' || tail.startsWith('[')) return base + tail;
  return `${base}.${tail}`;
}
