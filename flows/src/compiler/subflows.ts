/** SUBFLOW_UNKNOWN and SUBFLOW_RECURSIVE: subflow keys against the known flows, and call cycles through them. */

/** A known flow: a whole document, or a summary listing the subflow keys it calls. */
export type TKnownFlow = unknown;

/** The subflow keys a known flow calls, read leniently (a known flow may itself be invalid). */
export function subflowKeysOf(flow: TKnownFlow): string[] {
  if (typeof flow !== 'object' || flow === null) return [];
  const summary: unknown = Reflect.get(flow, 'subflows');
  if (Array.isArray(summary)) return summary.filter((k): k is string => typeof k === 'string');
  const nodes: unknown = Reflect.get(flow, 'nodes');
  if (!Array.isArray(nodes)) return [];
  const keys: string[] = [];
  for (const node of nodes) {
    if (typeof node !== 'object' || node === null || Reflect.get(node, 'kind') !== 'subflow') continue;
    const config: unknown = Reflect.get(node, 'config');
    const key = typeof config === 'object' && config !== null ? Reflect.get(config, 'flow') : undefined;
    if (typeof key === 'string') keys.push(key);
  }
  return keys;
}

/** Answers, for the flow being compiled, whether a subflow key exists and whether calling it recurses. */
export class SubflowResolver {
  private readonly calls = new Map<string, string[]>();
  private readonly recursive = new Map<string, boolean>();

  constructor(private readonly selfKey: string, selfCalls: string[], knownFlows: Record<string, TKnownFlow>) {
    for (const key of Object.keys(knownFlows)) this.calls.set(key, subflowKeysOf(knownFlows[key]));
    // The document being compiled replaces any stored version of itself.
    this.calls.set(selfKey, selfCalls);
  }

  exists(key: string): boolean {
    return this.calls.has(key);
  }

  /** True when calling `key` can lead back to the flow being compiled. Iterative search over known flows. */
  recurses(key: string): boolean {
    const cached = this.recursive.get(key);
    if (cached !== undefined) return cached;
    const seen = new Set<string>([key]);
    const stack = [key];
    let found = false;
    while (stack.length > 0 && !found) {
      const current = stack.pop() ?? '';
      if (current === this.selfKey) found = true;
      for (const next of this.calls.get(current) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    this.recursive.set(key, found);
    return found;
  }
}
