/** JSON helpers for reading a flow document whose `config` objects the editor treats as data, not as types. */
export type TJson = null | boolean | number | string | TJson[] | { [key: string]: TJson };
export type TJsonObject = { [key: string]: TJson };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Copies an unknown value into JSON, dropping what JSON cannot hold (functions, undefined, cycles via depth). */
export function toJson(value: unknown, depth = 0): TJson {
  if (depth > 64) return null;
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map((v) => toJson(v, depth + 1));
  if (isRecord(value)) {
    const out: TJsonObject = {};
    for (const [k, v] of Object.entries(value)) {
      // A `__proto__` key in a hostile import must stay a plain key, never become the prototype.
      if (v !== undefined && typeof v !== 'function') Object.defineProperty(out, k, { value: toJson(v, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return null;
}

export function toJsonObject(value: unknown): TJsonObject {
  const json = toJson(value);
  return isRecord(json) ? (json as TJsonObject) : {};
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
export const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Sets `value` at `path` in a copy of `obj`; `undefined` removes the key (empty parents are pruned). */
export function setIn(obj: TJsonObject, path: readonly string[], value: TJson | undefined): TJsonObject {
  const [head, ...rest] = path;
  if (head === undefined) return obj;
  const copy: TJsonObject = { ...obj };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const child = copy[head];
  const next = setIn(isRecord(child) ? (child as TJsonObject) : {}, rest, value);
  if (Object.keys(next).length === 0) delete copy[head];
  else copy[head] = next;
  return copy;
}

export function getIn(obj: unknown, path: readonly string[]): unknown {
  let cur: unknown = obj;
  for (const key of path) {
    if (!isRecord(cur)) return undefined;
    cur = Object.hasOwn(cur, key) ? cur[key] : undefined;
  }
  return cur;
}
