/** Canonical JSON (object keys sorted, no whitespace, `undefined` fields dropped), the input of the plan hash. */

// The native serialiser does the work; the replacer only hands it each object with its keys in sorted order.
function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const field: unknown = Reflect.get(value, key);
    // Plain assignment of `__proto__` would set the prototype instead of a field.
    if (key === '__proto__') Object.defineProperty(sorted, key, { value: field, enumerable: true, writable: true, configurable: true });
    else sorted[key] = field;
  }
  return sorted;
}

/** Serialises a JSON value canonically; callers bound its depth (the compiler rejects documents deeper than 100). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortKeys) ?? 'null';
}
